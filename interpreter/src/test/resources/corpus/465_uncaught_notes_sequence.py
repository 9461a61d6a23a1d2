# Uncaught exception whose notes are a tuple with a multi-line note and a non-str note.

class Reading:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return "Reading(%s)" % self.value


def check(values):
    for v in values:
        if v < 0:
            err = ValueError("negative reading: %d" % v)
            err.__notes__ = ("first line\nsecond line", Reading(v), 42)
            raise err
    return sum(values)


print(check([1, 2, 3]))
print(check([4, -5, 6]))
