def fail():
    raise ValueError("on purpose")


fail()
