LOG = """\
INFO start server
WARN disk 81%
INFO request /a 200
ERROR request /b 500
INFO request /c 200
WARN memory 90%
ERROR db timeout
INFO stop
"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for ln in lines:
        level, _, msg = ln.partition(' ')
        yield level, msg


def only(levels, records):
    for lv, msg in records:
        if lv in levels:
            yield lv, msg


def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1


pipe = numbered(only({'WARN', 'ERROR'}, parse(lines(LOG))))
for n, (lv, msg) in pipe:
    print(f'{n:>2}. [{lv:<5}] {msg}')

counts = {}
for lv, _ in parse(lines(LOG)):
    counts[lv] = counts.get(lv, 0) + 1
print(sorted(counts.items()))


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def naturals():
    k = 0
    while True:
        yield k
        k += 1


nat = naturals()
print(list(take(5, nat)))
print(list(take(3, nat)))
nat.close()
print(list(take(10, 'abc')))


def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(window(range(6), 3)))
