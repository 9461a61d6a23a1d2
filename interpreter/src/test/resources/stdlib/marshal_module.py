# marshal: CPython 3.11's format byte for byte (for the usual literals), round trips, the
# errors of bad data, files read one value after another, the audit events, and pstats files.
import io
import marshal
import sys

print(marshal.version)
values = [None, True, False, ..., StopIteration, 0, 1, -5, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -(2**64),
          1.5, -0.0, float("inf"), 1e300, 2j, 1.5 - 2.5j, "", "abc", "a b", "é", "日本", "x" * 300, "y z" * 100,
          b"", b"bytes", (), (1, 2), ("a", (None, 2.5)), [], [1, [2, 3]], {}, {"k": [1, 2], 3: (4,)},
          {1, 2, 3}, frozenset({"b", "a", "ccc"}), set(), frozenset()]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:40], data[:40], back == v or (v != v), type(back).__name__)

for version in range(5):
    for v in [1.5, 0.1, -0.0, 1e300, 2**-1070, 3 - 4j, "abc", "é", (1, 2), [1.25]]:
        data = marshal.dumps(v, version)
        print(version, repr(v), data, marshal.loads(data) == v)

# Shared and cyclic containers are written once and referred to. (CPython flags an object whose
# reference count is above one: these values are held by a name, as values given to dumps usually are.)
shared = [1]
twice = [shared, shared]
print(marshal.dumps(twice))
nested = {"a": [shared, shared]}
print(marshal.dumps(nested))
pair = marshal.loads(marshal.dumps([shared, shared]))
print(pair, pair[0] is pair[1])
cycle = []
cycle.append(cycle)
print(marshal.dumps(cycle), marshal.loads(marshal.dumps(cycle)))
print(marshal.loads(b"\xa8\x01\x00\x00\x00r\x00\x00\x00\x00"))
try:
    marshal.dumps(cycle, 2)
except ValueError as e:
    print("ValueError", e)

# Other buffers are written as bytes; sets in a fixed order whatever the hash seed.
import array
buffers = [bytearray(b"ab"), memoryview(b"cd"), array.array("h", [1, 2])]
print(marshal.dumps(buffers), [marshal.dumps(b) for b in buffers])
letters = {"bb", "a", "dd", "ccc"}
print(marshal.dumps(letters))
print(marshal.loads(marshal.dumps({"bb", "a", "dd", "ccc"})) == {"bb", "a", "dd", "ccc"})

# Bad data and unmarshallable values.
bad = [b"", b"i\x01", b"Q", b"r\x05\x00\x00\x00", b"(\x02\x00\x00\x00N", b"l\x01\x00\x00\x00\x00\x00",
       b"l\x01\x00\x00\x00\x00\x80", b"0", b"(\x01\x00\x00\x000", b"[\xff\xff\xff\xff", b"u\x02\x00\x00\x00\xff\xfe",
       b"\x80", b"s\x10\x00\x00\x00abc", b"z", b"[\x01\x00\x00\x00", b"{N", b"{NN0", b"<\x01\x00\x00\x00[\x00\x00\x00\x00",
       b"I\x01\x00\x00\x00\x00\x00\x00\x00", b"f\x031.5", b"x\x010\x011", b"A\x01\x00\x00\x00\xe9", b"S", b".",
       b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00", b"(\xff\xff\x00\x00", b"i\x01\x00\x00\x00extra"]
for data in bad:
    try:
        print(data, repr(marshal.loads(data)))
    except (EOFError, ValueError, TypeError, UnicodeDecodeError) as e:
        print(data, type(e).__name__, e)


class MyInt(int):
    pass


for v in [object(), MyInt(3), print, [1, object()]]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(v).__name__, "ValueError", e)
deep = []
for _ in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print("ValueError", e)
nested = b"[\x01\x00\x00\x00" * 3000 + b"N"
try:
    marshal.loads(nested)
except ValueError as e:
    print("ValueError", e)

# Argument errors.
for call in [lambda: marshal.dumps(), lambda: marshal.dumps(1, 2, 3), lambda: marshal.dumps(1, version=2),
             lambda: marshal.loads(), lambda: marshal.loads("x"), lambda: marshal.load(io.StringIO("x")),
             lambda: marshal.load(1), lambda: marshal.dump(1), lambda: marshal.dumps(1, "a"),
             lambda: marshal.dumps(1, 2**40), lambda: marshal.load(io.BytesIO(b"i\x01")),
             lambda: marshal.load(io.BytesIO(b"")), lambda: marshal.dump(1, 2)]:
    try:
        print(repr(call()))
    except (TypeError, ValueError, EOFError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)

# Files: several values one after another, the file left just after each; the audit events.
events = []
sys.addaudithook(lambda e, a: events.append((e, a)) if e.startswith("marshal.") else None)
f = io.BytesIO()
marshal.dump({"a": 1}, f)
marshal.dump([1.5, "x"], f, 2)
marshal.dump(2**70, f)
f.write(b"tail")
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f), f.read())
for e, a in events:
    print(e, a)
print(sorted({e for e, a in events}))

# pstats reads what profile writes (through marshal).
import os
import profile
import pstats
import tempfile


def work(n):
    return sum(i * i for i in range(n))


prof = profile.Profile()
prof.runcall(work, 1000)
path = os.path.join(tempfile.mkdtemp(), "prof.out")
prof.dump_stats(path)
stats = pstats.Stats(path)
names = sorted(func[2] for func in stats.stats)
print([n for n in names if n in ("work", "<genexpr>")])
print(stats.total_calls >= 1002)
os.remove(path)
os.rmdir(os.path.dirname(path))
