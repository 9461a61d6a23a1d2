# sys.settrace, sys.setprofile and frame.f_trace, compared with CPython 3.11.
import sys
import threading

events = []


def name(frame):
    return frame.f_code.co_name


def local(frame, event, arg):
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    events.append((event, name(frame), frame.f_lineno, arg if event != "line" else None))
    return local


def tracer(frame, event, arg):
    events.append((event, name(frame), frame.f_lineno, arg))
    return local


def add(a, b):
    c = a + b
    return c


def gen(n):
    for i in range(n):
        yield i * 10
    return "done"


def fails():
    raise ValueError("boom")


def catches():
    try:
        fails()
    except ValueError as e:
        return "caught " + str(e)


def show(title):
    print(title)
    for e in events:
        print("   ", e)
    events.clear()


# the call, line and return events of a plain call; the settrace frame itself is not traced
sys.settrace(tracer)
add(1, 2)
sys.settrace(None)
show("plain call")

# a generator: a call event at each resumption, a return event at each yield with the value
sys.settrace(tracer)
print(list(gen(2)))
sys.settrace(None)
show("generator")

# exceptions: an event in each frame the exception reaches
sys.settrace(tracer)
print(catches())
sys.settrace(None)
show("exception")

# a global tracer that returns None: no local events, but calls of nested frames still reported
def only_calls(frame, event, arg):
    events.append((event, name(frame)))
    return None

sys.settrace(only_calls)
print(catches())
sys.settrace(None)
show("global tracer only")

# a local tracer that stops line events by returning a different function
def counting(frame, event, arg):
    events.append((event, name(frame), frame.f_lineno))
    if event == "line" and frame.f_lineno == 25:
        frame.f_trace_lines = False
    return counting

sys.settrace(lambda frame, event, arg: counting)
add(3, 4)
sys.settrace(None)
show("f_trace_lines")

# gettrace / getprofile
print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
t = sys.gettrace()
sys.settrace(None)
print(t is tracer, sys.gettrace())
events.clear()

# setting f_trace by hand on the current frame: its line events then start (bdb's way)
def manual():
    frame = sys._getframe()
    frame.f_trace = local
    sys.settrace(tracer)
    x = 1
    y = x + 1
    sys.settrace(None)
    return y

manual()
show("f_trace by hand")

# a trace function that raises: the exception propagates and tracing is switched off
def raising(frame, event, arg):
    if event == "call" and name(frame) == "add":
        raise RuntimeError("from the tracer")
    return raising

sys.settrace(raising)
try:
    add(5, 6)
except RuntimeError as e:
    print("raised:", e)
print("still tracing:", sys.gettrace())

# the profile function: call and return events of Python functions
def profiler(frame, event, arg):
    if event in ("call", "return"):
        events.append((event, name(frame), arg))

sys.setprofile(profiler)
add(7, 8)
list(gen(1))
sys.setprofile(None)
show("profile")

# the audit events of both
def hook(event, args):
    if event in ("sys.settrace", "sys.setprofile"):
        print("audit:", event, args)

sys.addaudithook(hook)
sys.settrace(None)
sys.setprofile(None)

# threading.settrace: the thread's own frames are traced
def work():
    return add(1, 1)

threading.settrace(tracer)
th = threading.Thread(target=work)
th.start()
th.join()
threading.settrace(None)
print(sorted({(e[0], e[1]) for e in events if e[1] in ("work", "add")}))
events.clear()

# the trace module counts lines through sys.settrace
import trace
tr = trace.Trace(count=1, trace=0)
tr.runfunc(add, 2, 3)
counts = tr.results().counts
print(sorted((line, n) for (file, line), n in counts.items() if file == __file__))
