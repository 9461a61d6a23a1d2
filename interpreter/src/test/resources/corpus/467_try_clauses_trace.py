# Line events through try/except/else/finally in loops, with break and continue, and nested handlers.

def classify(values):
    kinds = []
    for v in values:
        try:
            number = int(v)
        except ValueError:
            kinds.append("word")
            continue
        except TypeError as e:
            kinds.append("type:" + type(v).__name__)
            if v is None:
                break
        else:
            if number < 0:
                kinds.append("negative")
            else:
                kinds.append("number")
        finally:
            kinds.append("|")
    else:
        kinds.append("done")
    return kinds


print(classify(["1", "x", "-3", [1]]))
print(classify(["2", None, "3"]))


def nested(n):
    try:
        try:
            if n == 0:
                raise KeyError("zero")
            return 10 // (n - 1)
        except KeyError as e:
            print("inner", repr(e))
            raise LookupError("from inner") from e
        finally:
            print("inner finally", n)
    except ZeroDivisionError:
        print("outer zero")
        return -1
    except LookupError as e:
        print("outer lookup", e, "cause", repr(e.__cause__))
        return -2
    finally:
        print("outer finally", n)


for n in (0, 1, 3):
    print("result", nested(n))


def while_else(limit):
    i = 0
    while i < limit:
        i += 1
        try:
            if i == 2:
                continue
            if i == 4:
                break
        finally:
            print("  step", i)
    else:
        print("  no break")
    return i


print(while_else(3), while_else(6))
