class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f'bad port {text!r}') from e


def load(cfg):
    try:
        return parse_port(cfg['port'])
    except KeyError:
        raise ConfigError('port missing')


for cfg in [{'port': '80'}, {'port': 'eighty'}, {}]:
    try:
        print('port', load(cfg))
    except ConfigError as e:
        print('ConfigError:', e)
        print('  cause:', repr(e.__cause__))
        print('  context:', repr(e.__context__))
        print('  suppress:', e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('replacement') from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise KeyError('a')
    finally:
        print('finally runs before handler')
except KeyError as e:
    print('handled', e)

err = RuntimeError('manual')
err.__cause__ = TypeError('set by hand')
print(err.__suppress_context__, repr(err.__cause__))
try:
    raise err
except RuntimeError as e:
    print(e is err, repr(e.__cause__))
try:
    raise ValueError('x') from 42
except TypeError as e:
    print('TypeError:', e)


def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__cause__ or e.__context__
    return n


try:
    try:
        try:
            raise OSError('disk')
        except OSError:
            raise LookupError('lookup')
    except LookupError as inner:
        raise ArithmeticError('math') from inner
except ArithmeticError as e:
    print('chain depth', chain_depth(e))
