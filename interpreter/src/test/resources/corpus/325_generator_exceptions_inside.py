def risky(items):
    for i, x in enumerate(items):
        try:
            yield 10 // x
        except ZeroDivisionError:
            print('skip zero at', i)
            yield None


print(list(risky([5, 0, 2])))


def failing():
    yield 1
    raise ValueError('generator broke')


g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('exhausted after error')


def stop_inside():
    yield 1
    raise StopIteration('bad')


try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))


def cleanup():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('cleanup ran')


for v in cleanup():
    print(v)

c = cleanup()
print(next(c))
c.close()


def running():
    yield gen_self.gi_running
    try:
        next(gen_self)
    except ValueError as e:
        yield 'ValueError: ' + str(e)


gen_self = running()
print(list(gen_self))


def ctx_in_gen():
    try:
        yield
    except Exception as e:
        print('inner sees context', repr(e.__context__))
        raise


g = ctx_in_gen()
next(g)
try:
    try:
        raise KeyError('outer')
    except KeyError:
        g.throw(TypeError('thrown'))
except TypeError as e:
    print('TypeError context:', repr(e.__context__))
