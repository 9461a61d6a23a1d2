"""Fannkuch-redux: flips of pancake stacks over all permutations; list slicing and reversal."""
import sys
import time


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutations = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutations % 2 == 0 else -flips
        # the next permutation, in the order the benchmark game uses
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutations += 1


def main(n):
    for _ in range(3):
        checksum, flips = fannkuch(n)
    return "%d\nPfannkuchen(%d) = %d" % (checksum, n, flips)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
