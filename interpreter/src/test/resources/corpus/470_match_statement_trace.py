# match statements: class, mapping, sequence, or- and guard patterns, with their line events.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at %d" % y
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point():
            return "point"
        case {"kind": "circle", "r": r}:
            return "circle r=%s" % r
        case {"kind": kind, **rest}:
            return "shape %s with %s" % (kind, sorted(rest))
        case [first, *middle, last]:
            return "sequence %r..%r (%d inside)" % (first, last, len(middle))
        case [single]:
            return "single %r" % (single,)
        case str() | bytes() as text:
            return "text %r" % (text,)
        case int(n) if n < 0:
            return "negative"
        case 0 | 1 | 2:
            return "small"
        case None:
            return "none"
        case _:
            return "other " + type(obj).__name__


for value in (Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {"kind": "circle", "r": 2},
              {"kind": "box", "w": 1, "h": 2}, [1, 2, 3, 4], ["only"], "hi", b"by", -4, 2, None, 3.5, []):
    print(describe(value))


def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", item] if item != "nothing":
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case _:
            return "unknown"


for t in ("go north", "go west", "take lamp", "take nothing", "drop a b", "drop"):
    print(t, "->", command(t))
