class Retry(Exception):
    pass


def worker():
    attempts = 0
    while True:
        try:
            job = yield attempts
            print('got job', job)
        except Retry as r:
            attempts += 1
            print('retrying because', r)
        except GeneratorExit:
            print('worker exit')
            raise


w = worker()
next(w)
w.send('j1')
print(w.throw(Retry('flaky')))
print(w.throw(Retry('again')))
try:
    w.throw(ValueError('fatal'))
except ValueError as e:
    print('propagated', e)
print(w.gi_frame is None)


def guarded():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 'handled'
    yield 'end'


g = guarded()
print(next(g), g.throw(KeyError('k')), next(g))
try:
    next(g)
except StopIteration:
    print('done')
g3 = guarded()
try:
    g3.throw(KeyError('before start'))
except KeyError as e:
    print('unstarted generator raised', repr(e))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
