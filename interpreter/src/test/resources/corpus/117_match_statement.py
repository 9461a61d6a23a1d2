# match statements (PEP 634): every pattern kind, guards, soft keywords, runtime errors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    RED = "red"
    GREEN = "green"


def describe(subject):
    match subject:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 | 2:
            return "small int %r" % (subject,)
        case -3:
            return "minus three"
        case 1 + 2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting"
        case Color.RED:
            return "red"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %r" % yy
        case Point(xx, yy) if xx == yy:
            return "diagonal %r" % xx
        case Point():
            return "some point"
        case int(n) if n > 100:
            return "big int %d" % n
        case str() as s:
            return "string %s" % s
        case []:
            return "empty sequence"
        case [x]:
            return "one item %r" % (x,)
        case [first, *rest] if len(rest) > 3:
            return "long, first %r rest %r" % (first, rest)
        case [a, *_, b]:
            return "ends %r %r" % (a, b)
        case {"action": "go", "to": dest, **others}:
            return "go to %r, others %r" % (dest, others)
        case {"action": action}:
            return "action %r" % action
        case {}:
            return "some mapping"
        case ((p, q) | [p, q, _]) as whole:
            return "never here %r" % (whole,)
        case _:
            return "other %r" % (subject,)


for s in [None, True, False, 0, 2, -3, 1 + 2j, "hello", b"bytes", "red", Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), 150, 7, "text", [], (), [9], (1, 2, 3, 4, 5), [1, 2], range(3),
          {"action": "go", "to": "home", "speed": 3}, {"action": "stop"}, {"x": 1}, 2.5, {1, 2}]:
    print(describe(s))

# nested and or-patterns that bind the same names in another order
def pairs(v):
    match v:
        case [(a, b), (c, d)] | [(c, d), (a, b), _]:
            return a, b, c, d
        case [int(i) | float(i), str(s)]:
            return i, s
        case _:
            return None

print(pairs([(1, 2), (3, 4)]))
print(pairs([(1, 2), (3, 4), 0]))
print(pairs([1.5, "s"]))
print(pairs("ab"))

# names bound by a failing guard stay bound
match [1, 2]:
    case [x, y] if x > y:
        print("no")
    case _:
        print("guard failed, x =", x, "y =", y)

# soft keywords
match = 5
case = [match, 6]
print(match, case)
match(case)
print(type(match).__name__)


def err(src):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)


err("match 1:\n case x: pass\n case 2: pass")
err("match 1:\n case _: pass\n case 2: pass")
err("match 1:\n case [x, x]: pass")
err("match 1:\n case [*x, *y]: pass")
err("match 1:\n case {'a': 1, 'a': 2}: pass")
err("match 1:\n case [x] | [y]: pass")
err("match 1:\n case C(a=1, a=2): pass")
err("match 1:\n case x as _: pass")
err("match 1:\n case 1 + 1: pass")
err("class C: __match_args__ = 1\nmatch C():\n case C(1): pass")
err("class C: __match_args__ = (1,)\nmatch C():\n case C(1): pass")
err("class C: __match_args__ = ('a',)\nmatch C():\n case C(1, 2): pass")
err("match 3:\n case int(1, 2): pass")
err("class C: pass\nmatch C():\n case C(1): pass")
err("match 1:\n case len(): pass")
err("x = 1\nmatch 1:\n case x.real(): pass")


def gen(items):
    for it in items:
        match it:
            case [a, b]:
                got = yield a + b
                print("sent", got)
            case _:
                yield None

g = gen([[1, 2], 5])
print(next(g), g.send("s1"), next(g, "end"))
