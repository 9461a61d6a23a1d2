"""A Richards-style operating-system simulation: a scheduler of prioritised tasks passing packets
through queues (an idle task, a worker, two handlers, two devices); method calls and attributes."""
import sys
import time

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.suspended = queue is None

    def runnable(self):
        return not self.held and not self.suspended and (self.queue is not None or not self.waiting)

    def take_packet(self):
        packet = self.queue
        if packet is not None and self.waiting:
            self.queue = packet.link
            self.waiting = self.queue is not None
            return packet
        return None

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.suspended = False


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.suspended = False
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < DATA_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.send(device)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            pending, self.pending = self.pending, None
            return self.scheduler.send(pending)
        self.pending = packet
        self.scheduler.hold_count += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def schedule(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        current = self.pick(order)
        while current is not None:
            self.current = current
            packet = current.take_packet()
            current = current.run(packet)
            if current is None or not current.runnable():
                current = self.pick(order)

    @staticmethod
    def pick(order):
        for task in order:
            if task.runnable():
                return task
        return None

    def hold_self(self):
        self.current.held = True
        return None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        target.receive(packet)
        if target.priority > self.current.priority:
            return target
        return self.current


def run_once(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    s.add(WorkerTask(s, work))
    for ident, priority in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        queue = Packet(None, DEVICE_A if ident == HANDLER_A else DEVICE_B, KIND_DEVICE)
        queue = Packet(queue, queue.ident, KIND_DEVICE)
        queue = Packet(queue, queue.ident, KIND_DEVICE)
        s.add(HandlerTask(s, ident, priority, queue))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.schedule()
    return s.queue_count, s.hold_count


def main(n):
    totals = [run_once(10000) for _ in range(n)]
    return "queued %d, held %d, runs %d" % (totals[-1][0], totals[-1][1], len(totals))


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
