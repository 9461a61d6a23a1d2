def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
        return -1
    return i


print(find([5, 6, 7], 6), find([5, 6, 7], 9), find([], 1))


def retry(attempts, fail_until):
    n = 0
    while n < attempts:
        n += 1
        try:
            if n < fail_until:
                raise ConnectionError(f'attempt {n} failed')
        except ConnectionError as e:
            print(' ', e)
            continue
        else:
            print('  succeeded on attempt', n)
            break
        finally:
            print('  attempt', n, 'finished')
    else:
        print('  gave up after', n)
        return False
    return True


print(retry(3, 2))
print(retry(2, 5))


def parse_all(values):
    out = []
    for v in values:
        try:
            num = int(v)
        except ValueError:
            out.append(None)
        else:
            out.append(num * 2)
    return out


print(parse_all(['1', 'x', '30', '']))
