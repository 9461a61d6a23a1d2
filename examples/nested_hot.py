# f calls g calls h. h is where the time goes (about 2 s of spinning); g spins a fifth of that
# itself before it calls h; f only calls.
import time


def h():
    end = time.monotonic() + 2.0
    n = 0
    while time.monotonic() < end:
        n += 1
    return n


def g():
    end = time.monotonic() + 0.4
    n = 0
    while time.monotonic() < end:
        n += 1
    return n + h()


def f():
    return g()


print(f() > 0)
