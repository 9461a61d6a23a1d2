# Runs until a signal ends it; the --jfr recording must still be written.
import sys


def tick(n):
    return n + 1


print("spinning")
sys.stdout.flush()
count = 0
while True:
    count = tick(count)
