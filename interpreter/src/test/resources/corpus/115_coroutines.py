# Coroutines driven by a small hand-written event loop (send(None) until StopIteration).


class Suspend:
    """An awaitable that suspends once, handing a value to the loop."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


def run(coro, sends=()):
    sends = list(sends)
    log = []
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            log.append(("done", e.value))
            return log
        log.append(("yielded", out))
        value = sends.pop(0) if sends else None


async def leaf(n):
    r = await Suspend("leaf%d" % n)
    return r[0] + "!"


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


async def with_try():
    try:
        await Suspend("t1")
        raise ValueError("boom")
    except ValueError as e:
        r = await Suspend("in-except")
        return str(e), r
    finally:
        await Suspend("in-finally")


print(run(middle()))
print(run(with_try(), sends=["x", "y", "z"]))


async def loops(n):
    total = 0
    i = 0
    while i < n:
        got = await Suspend(i)
        total += i
        i += 1
    for k in range(2):
        if await Suspend("k%d" % k):
            total += 100
    return total

print(run(loops(3), sends=[None, None, None, 1, 0]))


class AsyncIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend("next%d" % self.i)
        return self.i * 10


class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Suspend("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        await Suspend("exit " + self.name)
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


async def use_async_for():
    out = []
    async for v in AsyncIter(3):
        out.append(v)
    else:
        out.append("else")
    async for v in AsyncIter(5):
        if v == 20:
            continue
        if v == 40:
            break
        out.append(v)
    return out

print(run(use_async_for()))


async def use_async_with():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("c", swallow=True):
        raise KeyError("k")
    try:
        async with ACM("d"):
            raise KeyError("k2")
    except KeyError as e:
        print("caught", e)
    return "ok"

print(run(use_async_with()))


async def comps():
    a = [x async for x in AsyncIter(3)]
    b = {x: await leaf(x) async for x in AsyncIter(2) if x > 10}
    c = [await leaf(i) for i in range(2)]
    g = (x * 2 async for x in AsyncIter(2))
    d = [y async for y in g]
    return a, b, c, d

print(run(comps()))

# coroutine objects
c = middle()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
c.close()
print(c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def catcher():
    try:
        await Suspend("wait")
    except ValueError as e:
        return "caught " + str(e)

c = catcher()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("result:", e.value)

w = catcher().__await__()
print(type(w).__name__, next(w))
try:
    w.send(None)
except StopIteration as e:
    print("wrapper done", e.value)

async def nothing():
    return 5
c = nothing()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

def check(f):
    try:
        return run(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

async def bad1():
    await 1
async def bad2():
    async with 1:
        pass
async def bad3():
    async for x in 1:
        pass
async def bad4():
    raise StopIteration
async def inner():
    await Suspend(1)
leftover = []
async def bad5():
    c = inner()
    leftover.append(c)
    c.send(None)
    await c
for f in (bad1, bad2, bad3, bad4):
    print(check(f))
print(check(bad5))
leftover.pop().close()
print(nothing.__code__.co_flags, middle.__code__.co_flags & 0x80)
