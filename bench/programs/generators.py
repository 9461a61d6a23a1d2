"""A generator pipeline: numbers flow through chained generators (filter, map, windowing,
grouping) and generator expressions into a reduction; frames suspended and resumed constantly."""
import sys
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def squares(source):
    for x in source:
        yield x * x % 10007


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def grouped(source, size):
    group = []
    for item in source:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def main(n):
    pipeline = windows(squares(only_odd(numbers(n))), 3)
    total = 0
    groups = 0
    for group in grouped((sum(w) for w in pipeline), 50):
        groups += 1
        total += max(group) - min(group) + sum(x % 7 for x in group)
    return "%d groups, checksum %d" % (groups, total)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
