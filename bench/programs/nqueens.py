"""N-queens: every placement of n queens, by a generator of permutations filtered with sets."""
import sys
import time


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def solutions(n):
    cols = range(n)
    for vec in permutations(list(cols)):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def main(n):
    found = list(solutions(n))
    return "%d solutions; first %s; last %s" % (len(found), found[0], found[-1])


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
