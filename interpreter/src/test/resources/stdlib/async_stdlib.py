# types.coroutine, inspect's flags and contextlib's async context managers on a hand-driven loop.
import types
import inspect
import contextlib


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def co():
    return await suspend("t")


def run(c):
    out = []
    v = None
    while True:
        try:
            out.append(c.send(v))
        except StopIteration as e:
            out.append(("done", e.value))
            return out
        v = "sent"


print(run(co()))
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(suspend), inspect.isgeneratorfunction(suspend))
print(inspect.isawaitable(suspend("x")), inspect.isawaitable(co.__code__))
print(suspend.__code__.co_flags & 0x100, co.__code__.co_flags & 0x80)
print(types.CoroutineType, types.AsyncGeneratorType)


@contextlib.asynccontextmanager
async def managed(name):
    print("enter", name)
    await suspend("in " + name)
    try:
        yield name.upper()
    finally:
        print("exit", name)


async def use():
    async with managed("a") as a:
        print("body", a)
    async with contextlib.AsyncExitStack() as stack:
        b = await stack.enter_async_context(managed("b"))
        print("stack body", b)
    return "ok"

print(run(use()))
