# Tracer churn: 20 chunks of the same work, each started by a SIGHUP from the test, which
# attaches bpftrace before the signal and detaches it after the chunk's line. The output must
# not depend on whether a tracer was attached.
import signal
import time

go = 0


def on_hup(signum, frame):
    global go
    go += 1


signal.signal(signal.SIGHUP, on_hup)


def inner(n):
    return n * 3 + 1


def outer(n):
    return inner(n) % 1000


print("ready", flush=True)
total = 0
for chunk in range(20):
    while go <= chunk:
        time.sleep(0.002)
    for i in range(5000):
        total = (total + outer(i)) % 1000003
    print("chunk", chunk, total, flush=True)
# one more SIGHUP ends the program, so the last window closes at module level too
while go <= 20:
    time.sleep(0.002)
print("done", total)
