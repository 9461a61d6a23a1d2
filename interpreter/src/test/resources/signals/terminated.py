# SIGTERM with its default action: the process ends at once; no finally, no traceback.
import time


def work(n):
    return n * 2

print("ready", flush=True)
n = 0
try:
    while True:
        n = work(n) % 1000
        time.sleep(0.001)
finally:
    print("finally ran", flush=True)
