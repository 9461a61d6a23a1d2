# asyncio without a network: tasks, gather, sleep, Queue, Event, Lock, wait_for/timeout, contextvars in tasks.
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='-')


async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return
        await asyncio.sleep(0.001)
        out.append((name, item * item))
        q.task_done()


async def tagged(tag):
    request.set(tag)
    await asyncio.sleep(0.001)
    return f'{tag}:{request.get()}'


async def main():
    print(await asyncio.gather(tagged('a'), tagged('b'), tagged('c')))
    print(request.get())

    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(f'w{i}', q, out)) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(v for _, v in out))

    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(seen, ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print(sorted(seen))

    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(('in', i))
            await asyncio.sleep(0.001)
            order.append(('out', i))

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(all(order[k][1] == order[k + 1][1] for k in range(0, len(order), 2)), len(order))

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout() timed out')

    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.005, fut.set_result, 42)
    print(await fut)
    return 'done'


print(asyncio.run(main()))
