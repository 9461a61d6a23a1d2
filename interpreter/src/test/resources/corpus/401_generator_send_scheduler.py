def task(name, steps):
    for i in range(steps):
        msg = yield f'{name} step {i}'
        if msg:
            print(f'  {name} received {msg!r}')
    return f'{name} done'


def scheduler(tasks):
    queue = list(tasks)
    results = []
    turn = 0
    while queue:
        t = queue.pop(0)
        try:
            out = t.send('ping' if turn % 3 == 2 else None) if turn >= len(tasks) else next(t)
            print(out)
            queue.append(t)
        except StopIteration as stop:
            results.append(stop.value)
        turn += 1
    return results


print(scheduler([task('A', 2), task('B', 3), task('C', 1)]))
