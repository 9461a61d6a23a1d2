import contextlib
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('a') as n:
    print('inside', n)
with contextlib.suppress(KeyError):
    {}['x']
print('suppressed')
with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, 'cb', i)
    print('body')
class R:
    def close(self): print('closed')
with contextlib.closing(R()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')
with swallow():
    1 / 0
print('after')
cm = tag('c')
@cm
def decorated(): print('in decorated')
decorated()
