"""An allocation-heavy simulation: customers arrive at a bank with tellers, each event an object
in a priority list, each customer an object with a dict of attributes; a linear congruential
generator keeps it deterministic without the random module."""
import sys
import time


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


class Customer:
    def __init__(self, ident, arrival, work):
        self.ident = ident
        self.arrival = arrival
        self.work = work
        self.notes = {"visits": 1, "kind": "vip" if ident % 17 == 0 else "regular"}


class Event:
    __slots__ = ("time", "kind", "customer", "teller")

    def __init__(self, time, kind, customer, teller=None):
        self.time = time
        self.kind = kind
        self.customer = customer
        self.teller = teller

    def __lt__(self, other):
        return (self.time, self.customer.ident) < (other.time, other.customer.ident)


class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []


class EventQueue:
    """A binary heap of events, written out so the benchmark measures the interpreter."""

    def __init__(self):
        self.items = []

    def push(self, event):
        items = self.items
        items.append(event)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        n = len(items)
        while True:
            left = 2 * i + 1
            if left >= n:
                break
            child = left
            if left + 1 < n and items[left + 1] < items[left]:
                child = left + 1
            if items[child] < items[i]:
                items[i], items[child] = items[child], items[i]
                i = child
            else:
                break
        return top

    def __len__(self):
        return len(self.items)


def main(n):
    rng = Rng(42)
    tellers = [Teller("t%d" % i) for i in range(4)]
    queue = EventQueue()
    t = 0
    for ident in range(n):
        t += rng.next(5)
        queue.push(Event(t, "arrive", Customer(ident, t, 1 + rng.next(12))))
    waiting = []
    total_wait = 0
    served = 0
    while len(queue):
        ev = queue.pop()
        if ev.kind == "arrive":
            waiting.append(ev.customer)
        else:
            ev.teller.busy_until = ev.time
            served += 1
        free = [tl for tl in tellers if tl.busy_until <= ev.time]
        while waiting and free:
            teller = free.pop()
            customer = waiting.pop(0)
            total_wait += ev.time - customer.arrival
            customer.notes["teller"] = teller.name
            teller.served.append(customer.ident)
            teller.busy_until = ev.time + customer.work
            queue.push(Event(teller.busy_until, "leave", customer, teller))
    busiest = max(tellers, key=lambda tl: len(tl.served))
    return "served %d, total wait %d, busiest %s with %d" % (served, total_wait, busiest.name, len(busiest.served))


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 45000
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
