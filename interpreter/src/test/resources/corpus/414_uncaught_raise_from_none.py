class LookupFailed(Exception):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupFailed(f'no entry for {key!r}') from None


table = {'a': 1}
print(lookup(table, 'a'))
print(lookup(table, 'b'))
