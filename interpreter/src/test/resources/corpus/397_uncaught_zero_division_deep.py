def mean(values):
    return sum(values) / len(values)


def normalize(groups):
    return {name: [v / mean(vals) for v in vals] for name, vals in groups.items()}


def report(groups):
    for name, vals in normalize(groups).items():
        print(name, [round(v, 3) for v in vals])


report({'a': [1, 2, 3], 'b': [10, 30]})
report({'c': [5], 'd': [0, 0]})
