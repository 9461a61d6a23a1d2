# Runs until a signal ends it; the --jfr recording must still be written. tick has run once
# before "spinning" is printed, so a test that has read that line knows the recording has a
# tick in it, however slowly the machine runs.
import sys


def tick(n):
    return n + 1


count = tick(0)
print("spinning")
sys.stdout.flush()
while True:
    count = tick(count)
