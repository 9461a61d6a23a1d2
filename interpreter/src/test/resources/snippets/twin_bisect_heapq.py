import _bisect, _heapq

a = [1, 2, 2, 2, 5, 8, 13]
for x in [0, 1, 2, 3, 13, 20]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 1, 4))
print(_bisect.bisect_left(a, 2, lo=1, hi=5), _bisect.bisect_right(a, 5, hi=None))
recs = [('a', 1), ('b', 3), ('c', 7)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_left(b, x); _bisect.insort_right(b, x)
print(b)
_bisect.insort(recs, ('d', 5), key=lambda r: r[1]) if hasattr(_bisect, 'insort') else _bisect.insort_right(recs, ('d', 5), key=lambda r: r[1])
print(recs)
for call in [lambda: _bisect.bisect_left(a, 1, -1), lambda: _bisect.bisect_right(None, 1), lambda: _bisect.bisect_left(a),
             lambda: _bisect.insort_left((1, 2), 3), lambda: _bisect.bisect_right([1, 'a'], 2)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed % 1000
g = lcg(7)
for n in [0, 1, 5, 100, 3000]:
    h = [next(g) for _ in range(n)]
    _heapq.heapify(h)
    m = [next(g) for _ in range(n)]
    _heapq._heapify_max(m)
    print(n, h[:12], m[:12], sum(i * v for i, v in enumerate(h)) % 1000003, sum(i * v for i, v in enumerate(m)) % 1000003)
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, v)
print(h, [_heapq.heappop(h) for _ in range(3)], h)
print(_heapq.heapreplace(h, 0), h, _heapq.heappushpop(h, 10), h, _heapq.heappushpop(h, -1), h, _heapq.heappushpop([], 3))
m = [9, 7, 8, 1]; print(_heapq._heappop_max(m), m, _heapq._heapreplace_max(m, 3), m)
for call in [lambda: _heapq.heappop([]), lambda: _heapq.heappush((), 1), lambda: _heapq.heapify({}), lambda: _heapq.heapreplace([], 1),
             lambda: _heapq.heappush([1], 'a'), lambda: _heapq.heappop(), lambda: _heapq._heappop_max([])]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(sorted(x for x in dir(_heapq) if not x.startswith('__')), sorted(x for x in dir(_bisect) if not x.startswith('__')))
