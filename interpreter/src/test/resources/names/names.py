# Names the markers must survive: a 64 KB function name, a non-ASCII one, and a file name with a
# lone surrogate (not encodable as UTF-8: the marker receives NULL). Runs after a SIGHUP, once
# the test's bpftrace is attached.
import signal
import time

go = []
signal.signal(signal.SIGHUP, lambda signum, frame: go.append(signum))
print("ready", flush=True)
while not go:
    time.sleep(0.002)

long_name = "n" * 65536
source = "def " + long_name + "():\n    return 1\n" + long_name + "()\n"
exec(compile(source, "long_names.py", "exec"))


def fünf():
    return 5


fünf()
exec(compile("def g():\n    return 2\ng()\n", "\udcff.py", "exec"))
print("ok")
