def read(records):
    return iter(records)


def parse(lines):
    for ln in lines:
        key, value = ln.split('=')
        yield key.strip(), int(value)


def total(pairs):
    s = 0
    for k, v in pairs:
        print('adding', k, v)
        s += v
    return s


print(total(parse(read(['a = 1', 'b = 2', 'c = three', 'd = 4']))))
