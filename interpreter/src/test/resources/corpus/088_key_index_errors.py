d = {"a": 1}
for key in ["missing", 42, ("t", 1), None]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
containers = [[1, 2], (1, 2), "ab", range(2)]
for c in containers:
    try:
        c[5]
    except IndexError as e:
        print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1][-2]
except IndexError as e:
    print("IndexError:", e)
try:
    lst = [0]
    lst[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(isinstance(KeyError(), LookupError), issubclass(IndexError, LookupError))
