def ratio(a, b):
    return a / b


def average(values):
    return ratio(sum(values), len(values))


def report(groups):
    for name, values in groups:
        print(name, average(values))


report([("first", [1, 2, 3]), ("empty", []), ("never", [4])])
