# assignments to yield expressions worded as CPython 3.11's invalid_named_expression/invalid_assignment;
# slot wrapper docstrings
for s in ('def f(): (yield bar) = yield x','def f(): (yield bar) = y, z', 'def f(): (yield bar) = (y)', 'def f(): (yield) = y',
          'def f(): x.y, (yield) = y', 'def f(): f() = y if 1 else 2', 'def f(): f() = yield', 'def f(): x = (yield bar) = y',
          'def f(): [(yield y)] = z', 'def f(): for (yield x) in y: pass', 'def f(): (yield bar) += y', '(yield bar) = y'):
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(s, '->', e.msg, e.lineno, e.offset)
for s in ('def g(): x = (yield) = 3', 'def g(): x = yield = 3', 'def g(): x = yield from a = 3'):
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(s, '->', e.msg, e.lineno, e.offset)
def g(): yield 1
i = g()
print(i.__next__.__doc__)
print(type(i).__iter__.__doc__)
print(iter([]).__next__.__doc__)
print(type(i).__repr__.__doc__)
