def f():
    try:
        pass
    finally:
        f()
f()
