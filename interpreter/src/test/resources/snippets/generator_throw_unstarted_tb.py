# throw() into a generator that has not started: its frame gets a traceback entry at its first line
import traceback
def f():
    try:
        yield
    except:
        raise
g = f()
# not started
try:
    1/0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        tb = w.__traceback__
levels = 0
while tb:
    levels += 1
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    tb = tb.tb_next
print(levels)
