PAIRS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
         (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'out of range: {n}')
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return ''.join(out)


def from_roman(s):
    values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


for n in [4, 9, 14, 1994, 3999]:
    r = to_roman(n)
    print(f'{n:>5} {r:<12} {from_roman(r)}')
print(all([from_roman(to_roman(n)) == n for n in range(1, 400, 97)]))
for bad in (0, 4000):
    try:
        to_roman(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    from_roman('XQ')
except KeyError as e:
    print('KeyError:', e)
