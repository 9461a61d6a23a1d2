def inner():
    try:
        return int("not a number")
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    finally:
        print("outer finally")


try:
    outer()
finally:
    print("module finally")
