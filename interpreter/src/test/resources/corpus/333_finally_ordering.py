log = []


def f(mode):
    log.clear()
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError(mode)
        if mode == 'return':
            return 'from try'
        log.append('try end')
    except ValueError:
        log.append('except')
        return 'from except'
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return 'normal'


for m in ['ok', 'raise', 'return']:
    r = f(m)
    print(m, r, log)


def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'


print(finally_overrides())


def finally_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 3:
                continue
    return 'swallowed'


print(finally_swallows())


def nested():
    out = []
    try:
        try:
            out.append(1)
            raise TypeError('inner')
        finally:
            out.append(2)
    except TypeError:
        out.append(3)
    finally:
        out.append(4)
    return out


print(nested())


def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out


print(loop_break())
x = 0
while True:
    try:
        x += 1
        if x > 3:
            break
    finally:
        print('iteration', x)
