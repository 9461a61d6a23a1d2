def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"


print(finally_overrides())


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


print(finally_swallows())


def finally_order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


print(finally_order())


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, i = %d" % i


print(break_in_finally())


def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
    return "done"


print(nested())


def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2


print(return_value_evaluated_first())


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
        out.append(-i)
    return out


print(continue_in_finally())
