# Works until the file named by the first argument exists, then prints what it computed. The
# output does not depend on how long it ran, so a recorded run prints what an unrecorded one does.
import os
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    return [fib(14), sorted(str(i) for i in range(30))[:5]]


stop = sys.argv[1]
first = work()
print("working", flush=True)
while not os.path.exists(stop):
    if work() != first:
        print("results differ")
        break
print("result", first)
