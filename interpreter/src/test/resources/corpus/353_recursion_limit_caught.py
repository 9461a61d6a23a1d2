import sys

sys.setrecursionlimit(60)


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion also limited')


def safe(n):
    if n == 0:
        return 0
    return 1 + safe(n - 1)


print(safe(30))
print(sys.getrecursionlimit())
