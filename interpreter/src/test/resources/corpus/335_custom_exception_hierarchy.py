class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f'[{self.code}] {base}' + (f' ({self.detail})' if self.detail else '')


class NotFound(AppError):
    code = 404


class Forbidden(AppError):
    code = 403


class Teapot(AppError, ValueError):
    code = 418


def handle(kind):
    if kind == 'missing':
        raise NotFound('no such page', detail='/x')
    if kind == 'secret':
        raise Forbidden('go away')
    if kind == 'tea':
        raise Teapot('short and stout')
    if kind == 'plain':
        raise AppError('generic')
    return 'ok'


for k in ['missing', 'secret', 'tea', 'plain', 'fine']:
    try:
        print(handle(k))
    except (NotFound, Forbidden) as e:
        print('client error', e.code, e, e.args)
    except ValueError as e:
        print('value-ish', e, isinstance(e, AppError))
    except AppError as e:
        print('app error', str(e), repr(e))

e = NotFound('x')
print(e.args, e.detail, [c.__name__ for c in Teapot.__mro__])


class WithArgs(Exception):
    pass


print(repr(WithArgs()), repr(WithArgs(1, 2)), str(WithArgs(1, 2)), str(WithArgs('one')))
print(str(KeyError('k')), str(KeyError()), repr(KeyError('k', 'v')))
b = BaseException('base')
print(isinstance(b, Exception), issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
x = OSError(2, 'No such file')
print(x.errno, x.strerror, str(x))
