"""Helper module whose functions raise."""


class ThrowerError(Exception):
    pass


def level_one(x):
    return level_two(x) + 1


def level_two(x):
    if x > 2:
        raise ThrowerError("x too big: %d" % x)
    return x


def lookup(d, key):
    return d[key]
