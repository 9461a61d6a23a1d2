# Asynchronous generators: __anext__, asend, athrow, aclose, aiter/anext, driven by hand.


class Suspend:
    def __await__(self):
        got = yield "suspend"
        return got


def drive(aw, sends=()):
    sends = list(sends)
    value = None
    out = []
    while True:
        try:
            y = aw.send(value)
        except StopIteration as e:
            out.append(("stop", e.value))
            return out
        except StopAsyncIteration:
            out.append("StopAsyncIteration")
            return out
        except Exception as e:
            out.append((type(e).__name__, str(e)))
            return out
        out.append(("y", y))
        value = sends.pop(0) if sends else None


async def agen(n):
    try:
        for i in range(n):
            got = await Suspend()
            x = yield i
            print("agen got", got, x)
    finally:
        print("agen finally")


g = agen(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print(drive(g.__anext__(), ["s1"]))
print(drive(g.asend("hello"), ["s2"]))
print(drive(g.athrow(KeyError("kk"))))
print(drive(g.__anext__()))
print(drive(g.aclose()))

g = agen(2)
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))


async def collect():
    out = []
    async for v in agen(3):
        out.append(v)
    it = aiter(agen(1))
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    out.append(await anext(it, "again"))
    out.append([x async for x in agen(2)])
    return out

print(drive(collect()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))


async def bad():
    yield 1
    raise StopAsyncIteration

g = bad()
print(drive(g.__anext__()))
print(drive(g.__anext__()))

a = bad().__anext__()
print(drive(a))
print(drive(a))
keep = []   # async generators dropped while suspended are finalized by CPython's refcounting: keep them
try:
    keep.append(bad())
    iter(keep[-1])
except TypeError as e:
    print("TypeError:", e)
try:
    aiter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    anext(1)
except TypeError as e:
    print("TypeError:", e)
keep.append(agen(1))
keep.append(agen(1))
print(agen.__code__.co_flags, type(keep[-2].asend(None)).__name__, type(keep[-1].athrow(ValueError)).__name__)
