# Tracebacks drawn by the default excepthook (sys.excepthook) with CPython 3.11's position carets
# (PEP 657): binary operators and subscripts anchored with ~ and ^, calls, attributes, names,
# stores, multi-line expressions, wide characters, tabs, comprehensions, lambdas, generators,
# re-raised exceptions and raise statements.
import sys


def show(fn):
    try:
        fn()
    except BaseException as e:
        sys.stdout.flush()
        sys.excepthook(type(e), e, e.__traceback__)
        sys.stderr.flush()


def add(a, b):
    return a + b


def binop():
    return add(1, "x")


def subscript():
    x = {"a": [1, 2]}
    return x["a"][5]


def spaced_subscript():
    x = [1]
    return x [ 3 ]


def parenthesized():
    return (1) + "x"


def attribute():
    return None.foo


def method():
    return [].nope(1)


def name():
    return undefined_name_q


def multi_line():
    return (1 +
            None)


def multi_line_method():
    x = 5
    return (x
            .bit_length()
            .nope)


def wide():
    s = "日本語テキスト"; return s[1] + s[99]


def accents():
    s = "héllo wörld"; return s + 1


def tabs():
	d = {}
	return	d["k"]


def comprehension():
    return [1/0 for i in range(3)]


def lambda_():
    f = lambda q: q.z
    return f(1)


def generator():
    g = (i // 0 for i in range(2))
    return list(g)


def thrown_in():
    def gen():
        x = yield 1
        yield x
    g = gen()
    next(g)
    g.throw(ValueError("t"))


def reraise():
    try:
        1/0
    except ZeroDivisionError:
        raise


def raise_from():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("v") from e


def raise_commented():
    raise ValueError("x")  # a comment after the statement


def assert_compare():
    assert 1 == 2, "bad"


def store_subscript():
    l = [1]
    l[1] = 3


def store_attribute():
    x = 1
    x.y = 2


def unpack():
    p, q = [1, 2, 3]


def nested_calls():
    return len(str(int("z")))


def with_exit():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): raise RuntimeError("exit")
    with CM():
        pass


def delete_name():
    del never_bound_name


def unary():
    return -"s"


def compare():
    return None < 1


def fstring():
    x = "s"
    return f"{x:d}" + "tail"


def display():
    return {[1]: 2}


def star_display():
    return [*5]


def augmented_attribute():
    x = 1
    x.y += 1


def augmented_operation():
    d = {"k": None}
    d["k"] += 1  # the operation's range is the whole statement


for f in [fstring, display, star_display, augmented_attribute, augmented_operation, binop, subscript, spaced_subscript, parenthesized, attribute, method, name, multi_line,
          multi_line_method, wide, accents, tabs, comprehension, lambda_, generator, thrown_in,
          reraise, raise_from, raise_commented, assert_compare, store_subscript, store_attribute,
          unpack, nested_calls, with_exit, delete_name, unary, compare]:
    show(f)
print("done")
