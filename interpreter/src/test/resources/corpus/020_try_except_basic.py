def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    else:
        print("division ok")
        return result
    finally:
        print("finally runs")


print(divide(6, 3))
print(divide(1, 0))

try:
    int("x")
except ValueError as e:
    print("ValueError:", e)

try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)

try:
    {}["k"]
except IndexError:
    print("not here")
except LookupError as e:
    print("LookupError base caught", type(e).__name__)

try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally without exception")

try:
    raise ValueError("boom")
except Exception as e:
    print(type(e).__name__, e.args)
try:
    print("e is deleted after except:", e)
except NameError as ne:
    print("NameError:", ne)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
