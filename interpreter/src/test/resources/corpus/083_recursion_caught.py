import sys

sys.setrecursionlimit(100)
depth = 0


def dive():
    global depth
    depth += 1
    dive()


try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
    print("depth reached is positive:", depth > 10)


def countdown(n):
    if n == 0:
        return "bottom"
    return countdown(n - 1)


print(countdown(20))
print(sys.getrecursionlimit())
