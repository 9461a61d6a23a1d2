print(True, False, None)
print(True + True, True * 10, False - 1, True / 2, -True)
print(True == 1, False == 0, True is True, None is None)
print(type(True).__name__, type(None).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("x"))
print(bool([]), bool([0]), bool({}), bool(()), bool(None))
print(not None, not 0, not "", not [1])
print(isinstance(True, int), issubclass(bool, int))
print(str(True), repr(False), str(None), repr(None))
print(int(True), float(False), sum([True, True, False]))
print(True & False, True | False, True ^ True, ~True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x")
print([] or {} or 0 or "last")


def returns_nothing():
    pass


print(returns_nothing() is None, returns_nothing())
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
print(None == False, None == 0, None != None)
print(max(True, 2), min(False, -1))
