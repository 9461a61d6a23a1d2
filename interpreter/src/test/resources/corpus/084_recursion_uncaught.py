import sys

sys.setrecursionlimit(100)


def forever(n):
    return forever(n + 1) + 1


print("starting")
forever(0)
