# cProfile over _lsprof: calls, recursive calls and times per function and per caller, with a
# counting timer so the times are exact. The profiled code calls no builtin functions (CPython
# lists those as entries of their own; Herthon's builtins raise no c_call events).
import cProfile
import pstats
import sys
import _lsprof

ticks = 0


def timer():
    global ticks
    ticks += 1
    return ticks


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def fails():
    raise ValueError("no")


def work():
    total = fib(6)
    for i in countdown(3):
        total += i
    try:
        fails()
    except ValueError:
        total += 1
    return total


def show(profiler):
    rows = []
    for entry in profiler.getstats():
        if isinstance(entry.code, str):
            continue
        calls = sorted((sub.code.co_name, sub.callcount, sub.reccallcount, sub.totaltime, sub.inlinetime)
                       for sub in entry.calls or () if not isinstance(sub.code, str))
        rows.append((entry.code.co_name, entry.callcount, entry.reccallcount, entry.totaltime, entry.inlinetime, calls))
    for row in sorted(rows):
        print(*row)


p = cProfile.Profile(timer, 0.5)
print(p.runcall(work))
show(p)
print(type(p.getstats()[0]).__name__, _lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_sequence_fields)

# subcalls=False: no per-caller records.
p = cProfile.Profile(timer, 1.0, subcalls=False)
p.runcall(fib, 4)
show(p)

# Enabled, the profiler is the thread's profile function; the audit events of enable and disable.
events = []
sys.addaudithook(lambda e, a: events.append(e) if e == "sys.setprofile" else None)
p = cProfile.Profile()
p.enable()
inside = sys.getprofile() is p
p.disable()
print(inside, sys.getprofile(), events)

# As a context manager, and through pstats: the same counts.
with cProfile.Profile(timer, 1.0) as p:
    work()
stats = pstats.Stats(p)
for func, (cc, nc, tt, ct, callers) in sorted(stats.stats.items()):
    if func[0] != "~" and not func[2].startswith("__"):  # __exit__ calls the builtin disable()
        print(func[2], func[1], cc, nc, tt, ct, sorted((c[2], v[:2]) for c, v in callers.items() if c[0] != "~"))

# clear() forgets everything; a timer that raises is reported and counts as 0.
p.clear()
print(p.getstats())


class Broken:
    calls = 0

    def __call__(self):
        Broken.calls += 1
        if Broken.calls == 1:
            raise RuntimeError("timer broke")
        return Broken.calls

    def __repr__(self):
        return "<the broken timer>"


p = _lsprof.Profiler(Broken(), 1.0)
p.enable()
fib(1)
p.disable()
print([(e.code.co_name, e.callcount) for e in p.getstats() if not isinstance(e.code, str)])
for bad in [lambda: _lsprof.Profiler(1, 2, 3, 4, 5), lambda: _lsprof.Profiler(nope=1), lambda: p.disable(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
