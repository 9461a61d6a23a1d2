# The scenario of native/scripts/latency.*: slow() sleeps 80 ms, so its one call lands in the
# [64K, 128K) microsecond bucket; fast() is called five times.
import time


def slow():
    time.sleep(0.08)


def fast(n):
    return n * 2


for i in range(5):
    fast(i)
slow()
