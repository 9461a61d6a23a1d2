# an exception thrown into a generator suspended in its own except block gets that block's exception
# as __context__ (not the caller's)
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f(); gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def f2():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(type(exc).__name__, repr(exc.__context__))
            yield 'b'
gen = f2(); gen.send(None)
print(gen.throw(ValueError))
def f3():
    yield
def g3():
    try:
        raise KeyError('a')
    except Exception:
        yield from f3()
gen = g3(); gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def plain():
    yield
gen = plain(); next(gen)
try:
    raise KeyError("outer")
except KeyError:
    try:
        gen.throw(ValueError)
    except ValueError as e:
        print(repr(e.__context__))
