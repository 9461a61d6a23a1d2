# f calls g calls h, which spins until the test ends the process (jstack looks at it meanwhile).
import sys


def h():
    print("spinning")
    sys.stdout.flush()
    count = 0
    while True:
        count += 1


def g():
    h()


def f():
    g()


f()
