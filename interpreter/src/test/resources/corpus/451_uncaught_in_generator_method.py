# Uncaught error raised inside a generator method, seen through a for loop in another function.

class Reader:
    def __init__(self, lines):
        self.lines = lines

    def records(self):
        for number, line in enumerate(self.lines, 1):
            key, sep, value = line.partition("=")
            if not sep:
                raise ValueError("line %d: missing '=' in %r" % (number, line))
            yield key.strip(), value.strip()


def load(reader):
    config = {}
    for key, value in reader.records():
        print("  read", key)
        config[key] = value
    return config


print(load(Reader(["a = 1", "b=2"])))
print(load(Reader(["name = x", "broken line", "c = 3"])))
