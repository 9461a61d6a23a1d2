import sys
def f(): 1/0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
for v in (1, "x"):
    try: tb.tb_next = v
    except TypeError as x: print("TypeError", x)
try: tb.tb_next = tb
except ValueError as x: print("ValueError", x)
try: del tb.tb_next
except TypeError as x: print("TypeError", x)
try: tb.tb_lineno = 3
except AttributeError as x: print("AttributeError", x)
n = tb.tb_next
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = n
print(tb.tb_next is n, n.tb_frame.f_code.co_name)
