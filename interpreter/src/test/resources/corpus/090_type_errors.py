five = 5
nothing = None
three = 3
pair = (1, 2)
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: five(),
    lambda: nothing(),
    lambda: three[0],
    lambda: len(5),
    lambda: iter(5),
    lambda: [x for x in None],
    lambda: {[1]: 2},
    lambda: 1 < "a",
    lambda: [] > 0,
    lambda: -"a",
    lambda: "a" * "b",
    lambda: "a" * 2.5,
    lambda: int([1]),
    lambda: sum(["a", "b"]),
    lambda: "x".join([1, 2]),
    lambda: abs("s"),
    lambda: pair[0.5],
    lambda: {"a": 1}["a"]["b"],
    lambda: object().x(),
    lambda: hash([]),
    lambda: ord("ab"),
    lambda: "%d" % "s",
    lambda: isinstance(1, 1),
    lambda: 2 ** "x",
    lambda: (lambda a: a)(),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
