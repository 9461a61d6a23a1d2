"""Steady-state cost of a Herthon call: fib(N) REPS times in one process (bench/jfr_recordings.sh).

    ./herthon bench/fib_calls.py [N [REPS]]      (defaults 27 and 12)

Prints the median time per call, in ns, of the later half of the repetitions (the JIT has warmed
up by then), so start-up and a recording's fixed costs are not in it.
"""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls(n):
    """How many calls fib(n) makes: 2 * fib(n + 1) - 1."""
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def main(n, reps):
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fib(n)
        times.append(time.perf_counter() - start)
    later = sorted(times[reps // 2:])
    mid = len(later) // 2
    median = later[mid] if len(later) % 2 else (later[mid - 1] + later[mid]) / 2
    print("%.1f ns per call" % (median / calls(n) * 1e9))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 27, int(sys.argv[2]) if len(sys.argv) > 2 else 12)
