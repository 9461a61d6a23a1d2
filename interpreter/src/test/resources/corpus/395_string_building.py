def table(rows, headers):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out = [line, '| ' + ' | '.join(h.center(w) for h, w in zip(headers, widths)) + ' |', line]
    for r in rows:
        cells = []
        for v, w in zip(r, widths):
            cells.append(str(v).rjust(w) if isinstance(v, (int, float)) else str(v).ljust(w))
        out.append('| ' + ' | '.join(cells) + ' |')
    out.append(line)
    return '\n'.join(out)


print(table([['Oslo', 709000, 4.5], ['Lima', 10000000, 19.2], ['Bern', 134000, 9.0]],
            ['city', 'population', 'temp']))


def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f'{cur} {word}' if cur else word
    if cur:
        lines.append(cur)
    return lines


text = 'The quick brown fox jumps over the lazy dog and keeps running far away'
for w in (16, 25):
    print('\n'.join(f'|{l:<{w}}|' for l in wrap(text, w)))
parts = []
for i in range(5):
    parts.append(f'{i}:{chr(97 + i) * i}')
print(','.join(parts))
print(''.join(reversed('stressed')), 'abc'.join(['<', '>']), ' '.join('spaced'))
print('x'.join([]), repr(''.join([])), '-'.join(map(str, range(3))))
