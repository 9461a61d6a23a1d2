def risky(n):
    if n == 0:
        raise ZeroDivisionError('zero')
    if n < 0:
        raise ValueError('negative')
    return 10 / n


def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print('logging and re-raising')
        raise


for n in (5, 0, -1):
    try:
        print(wrapper(n))
    except ZeroDivisionError as e:
        print('outer got', type(e).__name__, e)
    except ValueError as e:
        print('value error', e)


def reraise_other():
    try:
        raise KeyError('first')
    except KeyError as e:
        saved = e
    try:
        raise saved
    except KeyError as e:
        return e is saved


print(reraise_other())
try:
    try:
        raise TypeError('t')
    except TypeError as e:
        raise e.with_traceback(None)
except TypeError as e:
    print('with_traceback', e)

def handler_var_deleted():
    try:
        raise IndexError('idx')
    except IndexError as err:
        pass
    try:
        return err
    except NameError as ne:
        return 'NameError: ' + str(ne)


print(handler_var_deleted())
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
excs = (KeyError, IndexError)
for exc in [KeyError('k'), IndexError('i'), LookupError('l')]:
    try:
        raise exc
    except excs as e:
        print('tuple caught', repr(e))
    except LookupError as e:
        print('base caught', repr(e))
print(issubclass(KeyError, LookupError), KeyError.__mro__[1].__name__)
