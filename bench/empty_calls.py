"""CPython half of bench/usdt_vs_cpython.sh: times N calls of an empty function.

    python3.11 -I bench/empty_calls.py N

Prints one line, ``elapsed_ns=T calls=N``. The loop is timed inside the process with
time.perf_counter_ns(), so interpreter start-up is not in T. Each call of f fires CPython's
python:function__return marker once when a tracer listens; start-up and main() itself fire a
fixed number more (the script measures that number with N=0).
"""
import sys
import time


def f():
    pass


def main(n):
    start = time.perf_counter_ns()
    for _ in range(n):
        f()
    return time.perf_counter_ns() - start


if __name__ == "__main__":
    calls = int(sys.argv[1])
    print(f"elapsed_ns={main(calls)} calls={calls}")
