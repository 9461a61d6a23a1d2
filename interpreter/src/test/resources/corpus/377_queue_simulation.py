class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


rng = LCG(42)
queue = []
served = []
clock = 0
customer_id = 0
tellers = [None, None]
while clock < 30:
    if rng.randint(0, 3) == 0 or clock % 4 == 0:
        customer_id += 1
        queue.append((customer_id, clock, rng.randint(2, 6)))
    for t in range(len(tellers)):
        busy = tellers[t]
        if busy and busy[1] <= clock:
            served.append((busy[0], t, clock))
            tellers[t] = None
        if tellers[t] is None and queue:
            cid, arrived, need = queue.pop(0)
            tellers[t] = (cid, clock + need, arrived)
    clock += 1
print('customers', customer_id, 'served', len(served), 'waiting', len(queue))
for cid, teller, done in served[:8]:
    print(f'customer {cid:>2} done at t={done:>2} by teller {teller}')
print('busy at end:', [t[0] if t else None for t in tellers])
print('rng check', [rng.randint(1, 6) for _ in range(10)])
