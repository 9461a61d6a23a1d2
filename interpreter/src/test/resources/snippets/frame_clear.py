import sys, traceback
def f():
    x = [1, 2]
    1/0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
fr = tb.tb_next.tb_frame
print(sorted(fr.f_locals))
fr.clear()
print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as x:
    print("RuntimeError", x)
def g():
    try:
        yield 1
    finally:
        print("closed")
it = g(); next(it)
it.gi_frame.clear()
traceback.clear_frames(tb)
print("done")
