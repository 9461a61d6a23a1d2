# Async generators without an event loop: __anext__, asend, athrow, aclose driven with send(None).

def run(awaitable):
    """Drive an awaitable that never really suspends; return its result."""
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as stop:
        return stop.value


async def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received is not None:
                print("  countdown received", received)
                n = received
            n -= 1
    except ValueError as e:
        print("  countdown caught", e)
        yield -1
    finally:
        print("  countdown finally")


agen = countdown(3)
print(type(agen).__name__)
print(run(agen.__anext__()))
print(run(agen.asend(None)))
print(run(agen.asend(5)))
print(run(agen.athrow(ValueError("stop now"))))
try:
    run(agen.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

# aclose runs the finally block
agen = countdown(10)
print(run(agen.__anext__()))
run(agen.aclose())
print("closed; ag_frame is None:", agen.ag_frame is None)
try:
    run(agen.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")

# async for inside a coroutine
async def total(gen):
    acc = []
    async for value in gen:
        acc.append(value)
    return acc

print(run(total(countdown(4))))

# async comprehension
async def squares():
    return [v * v async for v in countdown(3) if v != 2]

print(run(squares()))

# athrow of an exception the generator does not handle
async def simple():
    yield "a"
    yield "b"

g = simple()
print(run(g.__anext__()))
try:
    run(g.athrow(KeyError("boom")))
except KeyError as e:
    print("propagated", repr(e))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("finished")

# a sync yield in an async generator returning a value is a syntax error, so test asend
# on a fresh generator with a non-None value
g = simple()
try:
    run(g.asend("x"))
except TypeError as e:
    print("TypeError:", e)
run(g.aclose())
print("done")
