# Line events of conditions spread over lines: and/or chains, not, comparisons, in while loops,
# comprehension filters and assert statements, taking both outcomes.

def check(a, b, c):
    if (a > 0 and
            b):
        result = "first"
    elif (not a or
          c < 0):
        result = "second"
    elif (a
          and c):
        result = "third"
    else:
        result = "none"
    return result


for args in ((1, 1, 0), (1, 0, 0), (0, 1, 5), (-1, 0, -1), (-2, 0, 3), (-2, 0, 0)):
    print(args, check(*args))


def countdown(n, stop):
    steps = []
    while (n > 0
           and n != stop):
        steps.append(n)
        n -= 1
    return steps


print(countdown(5, 2), countdown(3, 0))


def picks(values, low, high):
    return [
        v
        for v in values
        if (v > low and
            v < high)
        if v % 2 == 0
        or v == low + 1
    ]


print(picks(range(10), 2, 9))


def validate(x):
    assert (isinstance(x, int)
            and x >= 0), (
        "bad value %r" % (x,))
    return x * 2


print(validate(4))
try:
    validate(-1)
except AssertionError as e:
    print("AssertionError:", e)

flags = [True, False, True]
positions = [i for i, f in enumerate(flags)
             if not
             f]
print(positions)
