# The traceback module's fine-grained locations (PEP 657): FrameSummary columns from
# tb_lasti and code.co_positions(), the caret lines traceback.format_exc() draws, and
# inspect.getframeinfo()'s positions.
import inspect
import traceback


def add(a, b):
    return a + b


def subscript():
    x = {"a": [1, 2]}
    return x["a"][5]


def multi_line():
    return (1 +
            None)


def comprehension():
    return [row[9] for row in [[1]]]


def method():
    return "x".nope(1)


def raising():
    raise KeyError("k")  # comment


cases = [lambda: add(1, "x"), subscript, multi_line, comprehension, method, raising]
for case in cases:
    try:
        case()
    except Exception as e:
        print(traceback.format_exc(), end="")
        for fs in traceback.extract_tb(e.__traceback__):
            print(" ", fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        positions = list(tb.tb_frame.f_code.co_positions())
        print("  lasti even:", tb.tb_lasti % 2 == 0, "position:", positions[tb.tb_lasti // 2])
        info = inspect.getframeinfo(tb)
        print("  getframeinfo:", info.lineno, info.positions)

# every entry of co_positions() is a 4-tuple of ints or None
co = add.__code__
print(all(len(p) == 4 and all(v is None or isinstance(v, int) for v in p) for p in co.co_positions()))
