# The scenario of native/scripts/top.*: hot() is entered 1000 times, warm() 10 times.
def hot(n):
    return n + 1


def warm():
    total = 0
    for _ in range(100):
        total = hot(total)
    return total


def main():
    for _ in range(10):
        warm()


main()
