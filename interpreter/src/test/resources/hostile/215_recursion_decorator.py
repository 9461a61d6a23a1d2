def d(fn):
    def w():
        return w()
    return w
@d
def f():
    pass
f()
