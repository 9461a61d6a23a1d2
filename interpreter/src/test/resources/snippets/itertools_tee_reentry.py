import threading
from itertools import tee
start = threading.Event()
finish = threading.Event()
class I:
    def __iter__(self): return self
    def __next__(self):
        start.set()
        finish.wait()
        return 1
a, b = tee(I())
thread = threading.Thread(target=next, args=[a])
thread.start()
try:
    start.wait()
    try:
        next(b)
    except RuntimeError as e:
        print("RuntimeError", e)
finally:
    finish.set()
    thread.join()
# re-entry from the source itself
def gen():
    yield next(t)
t, u = tee(gen())
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError", e)
