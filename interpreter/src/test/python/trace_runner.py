"""Traced run of ONE corpus program under CPython 3.11 (used by make_goldens.py).

Usage (working directory = the corpus folder; the caller discards the
program's stdout and stderr, i.e. this process's):

    python3.11 -X no_debug_ranges trace_runner.py CORPUS_DIR NAME.py OUT_FILE D

D is the recursion depth CPython reports at module level of a plain run
(see "Recursion depth" below; make_goldens.py measures it).

It installs a tracer with sys.settrace, then executes the program as
``exec(compile(source, CORPUS_DIR/NAME.py, 'exec'), module_dict)`` where
module_dict is a fresh ``__main__``-like module registered as
sys.modules['__main__'], with sys.argv == ['NAME.py'] and
sys.path[0] == CORPUS_DIR, exactly like ``python3.11 NAME.py`` run from the
corpus folder.  SystemExit and uncaught exceptions are caught here, after the
trace is complete.  The raw events are written to OUT_FILE, one per line, as

    EVENT<TAB>ABSOLUTE_CO_FILENAME<TAB>CO_NAME<TAB>LINE

(make_goldens.py turns them into the ``.trace`` golden format).  Only frames
whose co_filename lies inside CORPUS_DIR are recorded.  The first line of
OUT_FILE is a status line ``#status<TAB>...`` with runner diagnostics.

Fidelity notes (things the runner does so the program cannot tell it is traced):

* Recursion depth.  The runner's own frames lie below the program's module
  frame, and every trace-function call is itself a Python frame above the
  traced one, so CPython's real recursion counter is higher under the runner
  than under ``python3.11 NAME.py``.  Worse, a RecursionError raised while
  entering the trace function makes CPython switch tracing off.  Therefore:
  - sys.setrecursionlimit / sys.getrecursionlimit are replaced by shims that
    keep the program's *emulated* limit L (default 1000) and set the real
    limit well above it;
  - on every 'call' event the tracer reads CPython's real recursion depth
    (sys.setrecursionlimit(1) raises "... at the recursion depth D ...") and
    converts it to the depth the frame would have in a plain run (the offset
    is calibrated on the program's own module frame, whose plain-run depth
    make_goldens.py measures and passes in);
  - when a plain run would refuse the new frame (depth > L + 1, which is
    CPython 3.11's rule for Python-to-Python calls), the tracer records
    nothing for it and installs a one-shot profile function that raises
    RecursionError("maximum recursion depth exceeded") from that frame's
    'call' profile event.  The frame then fails before running, exactly like
    in a plain run; CPython removes the failing profile function and the
    tracer stays on.  make_goldens.py checks this emulation against a plain
    run before generating goldens.
* Audit hooks.  Reading ``frame.f_code`` raises the audit event
  "object.__getattr__", and the recursion machinery raises "sys.setprofile";
  program audit hooks therefore must filter events by name (they do).  Hooks
  called from inside the tracer are never traced themselves.
* The output file is opened before the program runs, so writing it raises no
  audit event the program's hooks could see.
"""
import sys
import builtins
import types
import importlib.machinery


def main():
    corpus, name, out_path, plain_module_depth = sys.argv[1:5]
    plain_module_depth = int(plain_module_depth)
    corpus = corpus.rstrip('/')
    prefix = corpus + '/'
    path = prefix + name
    with open(path, 'rb') as f:
        source = f.read()
    out = open(out_path, 'w', encoding='utf-8', newline='\n')
    try:
        code = compile(source, path, 'exec', dont_inherit=True)
    except SyntaxError:
        # A plain run reports the error before executing anything: no events.
        out.write('#status\texit=1\toutcome=SyntaxError\trefused_frames=0\n')
        out.close()
        return

    events = []
    append = events.append
    real_set = sys.setrecursionlimit
    real_get = sys.getrecursionlimit
    MARGIN = 50
    # st[0]: emulated limit L; st[1]: offset real depth -> plain-run depth
    # (None until the program's module frame is entered); st[2]: number of
    # frames refused by the emulation; st[3]: main code object.
    st = [1000, None, 0, code]

    def real_depth():
        try:
            real_set(1)
        except RecursionError as e:
            msg = str(e)
            return int(msg[msg.index('depth ') + 6:msg.index(':')])
        raise AssertionError('recursion depth probe failed')

    def refuse(frame, event, arg):
        # One-shot profile function: fails the frame the tracer refused.
        sys.setprofile(None)
        raise RecursionError('maximum recursion depth exceeded')

    def tracer(frame, event, arg):
        co = frame.f_code
        if event == 'call':
            if st[1] is None:
                if co is st[3]:
                    st[1] = real_depth() - plain_module_depth
            elif real_depth() - st[1] > st[0] + 1:
                st[2] += 1
                sys.setprofile(refuse)
                return None
        fn = co.co_filename
        if not fn.startswith(prefix):
            return None
        if event == 'call':
            append(('call', fn, co.co_name, co.co_firstlineno))
        elif event == 'line' or event == 'return':
            append((event, fn, co.co_name, frame.f_lineno))
        return tracer

    # --- recursion limit shims -------------------------------------------
    def setrecursionlimit(limit):
        if type(limit) is not int or limit < 1:
            real_set(limit)  # TypeError / ValueError exactly as CPython's
        st[0] = limit
        real_set(limit + (st[1] or 0) + MARGIN)

    def getrecursionlimit():
        return st[0]

    st[0] = real_get()
    real_set(st[0] + 100)
    sys.setrecursionlimit = setrecursionlimit
    sys.getrecursionlimit = getrecursionlimit

    # --- fresh __main__ ---------------------------------------------------
    mod = types.ModuleType('__main__')
    d = mod.__dict__
    d['__file__'] = path
    d['__cached__'] = None
    d['__builtins__'] = builtins
    d['__loader__'] = importlib.machinery.SourceFileLoader('__main__', path)
    d['__annotations__'] = {}
    sys.modules['__main__'] = mod
    sys.argv[:] = [name]
    sys.path[0] = corpus

    # Exit code the program would have had under a plain run (the direct run
    # is compared with it by make_goldens.py).
    exit_code = 0
    outcome = 'ok'
    sys.settrace(tracer)
    try:
        exec(code, d)
    except SystemExit as e:
        outcome = 'SystemExit'
        if e.code is None:
            exit_code = 0
        elif isinstance(e.code, int):
            exit_code = e.code & 0xff
        else:
            exit_code = 1
    except BaseException as e:  # uncaught exception of the program
        outcome = 'uncaught-' + type(e).__name__
        exit_code = 1
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    status = 'exit=%d\toutcome=%s\trefused_frames=%d' % (exit_code, outcome, st[2])
    lines = ['#status\t' + status]
    for ev, fn, co_name, line in events:
        lines.append('%s\t%s\t%s\t%s' % (ev, fn, co_name, line))
    out.write('\n'.join(lines) + '\n')
    out.close()


main()
