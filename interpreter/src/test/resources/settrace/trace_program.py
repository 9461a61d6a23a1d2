"""Runs one corpus program under a sys.settrace function, on Herthon, and writes the call, line and
return events of the program's own frames in the format of the corpus goldens (NAME.trace, made
with sys.settrace on CPython 3.11).

    trace_program.py CORPUS_DIR NAME.py OUT_FILE

The program runs as the goldens' runner (trace_runner.py) runs it: a fresh __main__, sys.argv ==
[NAME.py], sys.path[0] == CORPUS_DIR. An exception it does not catch ends it; the
events before it are the trace.
"""
import builtins
import importlib.machinery
import sys
import types

corpus, name, out_path = sys.argv[1:4]
prefix = corpus.rstrip("/") + "/"
events = []


def tracer(frame, event, arg):
    filename = frame.f_code.co_filename
    if not filename.startswith(prefix):
        return None
    if event in ("call", "line", "return"):
        # the goldens give a call event its function's first line (co_firstlineno), whatever
        # line a resumed generator stands at
        line = frame.f_code.co_firstlineno if event == "call" else frame.f_lineno
        events.append("%s %s:%s:%d" % (event, filename[len(prefix):], frame.f_code.co_name, line))
    return tracer


with open(prefix + name, "rb") as f:
    source = f.read()
try:
    code = compile(source, prefix + name, "exec", dont_inherit=True)
except SyntaxError:
    code = None  # refused before anything runs: no events
# the module as the goldens' runner (trace_runner.py) makes it
main = types.ModuleType("__main__")
main.__file__ = prefix + name
main.__cached__ = None
main.__builtins__ = builtins
main.__loader__ = importlib.machinery.SourceFileLoader("__main__", prefix + name)
main.__annotations__ = {}
sys.modules["__main__"] = main
sys.argv[:] = [name]
sys.path[0] = corpus
sys.settrace(tracer)
try:
    if code is not None:
        exec(code, main.__dict__)
except BaseException:
    pass
finally:
    sys.settrace(None)
with open(out_path, "w", encoding="utf-8") as out:
    out.write("".join(e + "\n" for e in events))
