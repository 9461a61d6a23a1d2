# async def coroutines driven without an event loop: send(None), custom awaitables, throw, close.

class Ticket:
    """An awaitable that suspends once and hands a request to the driver."""

    def __init__(self, request):
        self.request = request

    def __await__(self):
        reply = yield self.request
        return reply


async def fetch(name):
    print("  fetch", name, "start")
    data = await Ticket(("get", name))
    print("  fetch", name, "got", data)
    return data.upper()


async def combine():
    a = await fetch("alpha")
    b = await fetch("beta")
    return a + "+" + b


def drive(coro, replies):
    request = coro.send(None)
    while True:
        print("driver saw", request)
        try:
            request = coro.send(replies.pop(0))
        except StopIteration as stop:
            return stop.value


print(drive(combine(), ["one", "two"]))

# a coroutine that never awaits finishes on the first send
async def immediate():
    return 42

try:
    immediate().send(None)
except StopIteration as e:
    print("immediate", e.value)

# throw into a suspended coroutine
async def guarded():
    try:
        await Ticket("wait")
    except KeyError as e:
        return "handled " + repr(e)

co = guarded()
print(co.send(None))
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# close runs finally blocks
async def with_cleanup():
    try:
        await Ticket("pending")
    finally:
        print("  cleanup ran")

co = with_cleanup()
co.send(None)
co.close()
print(co.cr_frame is None)

# reusing a finished coroutine
co = immediate()
try:
    co.send(None)
except StopIteration:
    pass
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# awaiting something that is not awaitable
async def bad_await():
    await 3

try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)

# __await__ must return an iterator
class BadAwaitable:
    def __await__(self):
        return 5

async def uses_bad():
    await BadAwaitable()

try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
print(type(immediate).__name__, type(co).__name__)
