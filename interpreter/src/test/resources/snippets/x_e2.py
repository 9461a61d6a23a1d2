import sys
def handler():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            raise KeyError("third") from None
handler()
