# Works until the file named by the first argument exists, then prints what it computed. The
# output does not depend on how long it ran, so a recorded run prints what an unrecorded one does.
import sys
import time

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    # Few calls a second: a full trace of a few seconds stays small.
    time.sleep(0.02)
    return [fib(10), sorted(str(i) for i in range(30))[:5]]

stop = sys.argv[1]

def stopped():
    try:
        open(stop).close()
        return True
    except OSError:
        return False

first = work()
print("working", flush=True)
while not stopped():
    if work() != first:
        print("results differ")
        break
print("result", first)
