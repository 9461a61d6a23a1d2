# try/finally with return, break and continue: which value wins, which exception is lost.

def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def return_value_evaluated_first(log):
    try:
        return log.append("try-return") or len(log)
    finally:
        log.append("finally")


def nested():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")


def loop_break_in_finally():
    seen = []
    for i in range(5):
        try:
            if i == 1:
                raise RuntimeError("dropped by break")
            seen.append(i)
        finally:
            if i == 1:
                break
    return seen


def loop_continue_in_finally():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen


def while_with_return_in_try():
    n = 0
    while True:
        n += 1
        try:
            if n == 3:
                return n
        finally:
            print("  finally at n =", n)


def exception_replaced_in_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return repr(e) + " context=" + repr(e.__context__)


def finally_order_with_except():
    trail = []
    try:
        try:
            trail.append("body")
            raise TypeError
        except TypeError:
            trail.append("except")
            return trail
        else:
            trail.append("else")
        finally:
            trail.append("finally1")
    finally:
        trail.append("finally2")


print(return_in_finally())
print(finally_swallows_exception())
log = []
print(return_value_evaluated_first(log), log)
print(nested())
print(loop_break_in_finally())
print(loop_continue_in_finally())
print(while_with_return_in_try())
print(exception_replaced_in_finally())
print(finally_order_with_except())
