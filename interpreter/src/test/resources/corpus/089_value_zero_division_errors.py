def attempt(label, func):
    try:
        func()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("int/0", lambda: 1 / 0)
attempt("int//0", lambda: 1 // 0)
attempt("int%0", lambda: 1 % 0)
attempt("float/0", lambda: 1.5 / 0)
attempt("float//0", lambda: 1.5 // 0.0)
attempt("divmod", lambda: divmod(1, 0))
attempt("int()", lambda: int("abc"))
attempt("int(base)", lambda: int("12", 2))
attempt("float()", lambda: float("1.2.3"))
attempt("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
attempt("unpack few", lambda: [a for a, b, c in [(1, 2)]])
attempt("remove", lambda: [1].remove(2))
attempt("index", lambda: "abc".index("z"))
attempt("tuple index", lambda: (1,).index(9))
attempt("chr", lambda: chr(-1))
attempt("neg shift", lambda: 1 << -1)
attempt("big float", lambda: float(10 ** 400))
attempt("pow 0 neg", lambda: 0 ** -1)
attempt("range step", lambda: range(1, 2, 0))
attempt("split empty", lambda: "a".split(""))


def unpack():
    a, b = [1, 2, 3]


attempt("unpack stmt", unpack)
