"""Spectral norm: the largest singular value of an infinite matrix by power iteration; calls and float division."""
import sys
import time


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_transposed(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
