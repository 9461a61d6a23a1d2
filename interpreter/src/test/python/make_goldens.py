"""Regenerate the golden files of the Herthon conformance corpus with CPython 3.11.

Run from anywhere (it must be CPython 3.11, Debian's interpreter, NOT a pyenv shim):

    /usr/bin/python3.11 interpreter/src/test/python/make_goldens.py          # regenerate
    /usr/bin/python3.11 interpreter/src/test/python/make_goldens.py --check  # compare only

It refuses to run on anything but CPython 3.11, and on anything but
/usr/bin/python3.11 where that exists (override: --any-python311).

Corpus: interpreter/src/test/resources/corpus/.  Every file NNN_topic.py (three
digits, underscore) is a test program; other .py files and folders there are
helper modules/packages/data that programs use.  For each program NAME.py it
writes, next to it:

  NAME.stdout  NAME.stderr  the program's output of a plain run
  NAME.exit    the plain run's exit code, decimal, followed by a newline
  NAME.trace   the frame and line events of a traced run (format below)

Plain run:  `python3.11 NAME.py` with the corpus folder as
working directory, no extra arguments, stdin empty, environment reduced to
PATH, LC_ALL=C.UTF-8, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
PYTHONDONTWRITEBYTECODE=1 (no __pycache__ anywhere; any that appears is
deleted).  Tracebacks keep 3.11's `^^^^` / `~~~^^^` caret lines (PEP 657):
Herthon draws them too, and they are compared whole.

Traced run:  trace_runner.py (next to this file) runs the same program in a
fresh __main__ under sys.settrace and records, one per line,

    call FILE:FUNC:LINE      a frame starts, or a generator resumes;
                             LINE = f_code.co_firstlineno (def line, or the
                             line of its first decorator; 1 for a module)
    line FILE:FUNC:LINE      a new line is about to run; LINE = f_lineno
    return FILE:FUNC:LINE    a frame is left: by return, by an exception
                             propagating out of it, or by a generator
                             yielding; LINE = f_lineno at that moment

FUNC is f_code.co_name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`,
the class name for a class body, ...).  FILE is co_filename relative to the
corpus folder (`NAME.py`, `shapes_mod.py`, `pkg_a/sub_b.py`).  Only frames of
files inside the corpus folder are recorded ('exception' and 'opcode' events
are not).  A program that does not compile has an empty trace.

NORMALIZATION RULE (applies to ALL golden files: .stdout, .stderr, .trace):
every occurrence of the absolute corpus folder path WITH its trailing slash
(e.g. "/path/to/herthon/interpreter/src/test/resources/corpus/") is replaced by the
empty string, so goldens do not depend on the checkout location: a traceback
line reads `File "shapes_mod.py", line 3, in area`.  The corpus path used is
the physical one (symlinks resolved, as os.getcwd() reports it).  The Java
test harness applies exactly the same replacement to Herthon's output.

Regeneration is deterministic: running this twice gives identical files.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ORACLE = '/usr/bin/python3.11'  # Debian's CPython 3.11: the project's oracle

if sys.implementation.name != 'cpython' or sys.version_info[:2] != (3, 11):
    sys.stderr.write(
        'make_goldens.py must run under CPython 3.11 (the oracle), e.g.\n'
        '    %s interpreter/src/test/python/make_goldens.py\n'
        'but this is %s %s (%s).\n'
        % (ORACLE, sys.implementation.name, sys.version.split()[0], sys.executable))
    sys.exit(2)
if (os.path.exists(ORACLE) and '--any-python311' not in sys.argv[1:]
        and os.path.realpath(sys.executable) != os.path.realpath(ORACLE)):
    # Patch releases change messages now and then: goldens come from one
    # interpreter only.  (A pyenv shim may come first on PATH: never use it.)
    sys.stderr.write(
        'make_goldens.py must run under Debian\'s %s, not %s (%s);\n'
        'pass --any-python311 to override on a machine without it.\n'
        % (ORACLE, sys.executable, sys.version.split()[0]))
    sys.exit(2)

HERE = os.path.dirname(os.path.realpath(__file__))
CORPUS = os.path.realpath(os.path.join(HERE, '..', 'resources', 'corpus'))
RUNNER = os.path.join(HERE, 'trace_runner.py')
PREFIX = CORPUS + '/'
PROGRAM_RE = re.compile(r'^[0-9]{3}_[A-Za-z0-9_]+\.py$')
GOLDEN_KINDS = ('.stdout', '.stderr', '.exit', '.trace')
TIMEOUT = 20
MAX_EVENTS = 3000
MAX_SECONDS = 0.2


def child_env():
    return {
        'PATH': '/usr/bin:/bin',
        'LC_ALL': 'C.UTF-8',
        'PYTHONHASHSEED': '0',
        'PYTHONIOENCODING': 'utf-8',
        'PYTHONDONTWRITEBYTECODE': '1',
    }


def normalize(data, prefix=PREFIX):
    """The normalization rule, on bytes."""
    return data.replace(prefix.encode('utf-8'), b'')


def remove_pycache(root):
    for dirpath, dirnames, _ in os.walk(root):
        for d in list(dirnames):
            if d == '__pycache__':
                shutil.rmtree(os.path.join(dirpath, d))
                dirnames.remove(d)


def plain_run(folder, name):
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, name],
                       cwd=folder, env=child_env(), stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT)
    return p.stdout, p.stderr, p.returncode, time.monotonic() - t0


def traced_run(folder, name, module_depth):
    """Returns (status dict, raw events, runner stdout, runner stderr)."""
    with tempfile.TemporaryDirectory(prefix='herthon-trace-') as tmp:
        out = os.path.join(tmp, 'events.txt')
        p = subprocess.run([sys.executable, '-X', 'no_debug_ranges', RUNNER,
                            folder, name, out, str(module_depth)],
                           cwd=folder, env=child_env(), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
        if p.returncode != 0 or not os.path.exists(out):
            raise RuntimeError('trace runner failed on %s (exit %d):\n%s'
                               % (name, p.returncode,
                                  p.stderr.decode('utf-8', 'replace')))
        with open(out, encoding='utf-8') as f:
            lines = f.read().splitlines()
    status = dict(kv.split('=', 1) for kv in lines[0].split('\t')[1:])
    events = [tuple(l.split('\t')) for l in lines[1:]]
    return status, events, p.stdout, p.stderr


def format_trace(events, prefix=PREFIX):
    out = []
    for ev, fn, func, line in events:
        assert fn.startswith(prefix), fn
        out.append('%s %s:%s:%s\n' % (ev, fn[len(prefix):], func, line))
    return ''.join(out).encode('utf-8')


def measure_module_depth():
    """Recursion depth CPython 3.11 reports at module level of a plain run."""
    with tempfile.TemporaryDirectory(prefix='herthon-probe-') as tmp:
        with open(os.path.join(tmp, 'probe.py'), 'w') as f:
            f.write('import sys\n'
                    'try:\n'
                    '    sys.setrecursionlimit(1)\n'
                    'except RecursionError as e:\n'
                    '    m = str(e)\n'
                    "    print(m[m.index('depth ') + 6:m.index(':')])\n")
        out, err, code, _ = plain_run(tmp, 'probe.py')
        if code != 0:
            raise RuntimeError('depth probe failed: %r' % err)
        return int(out)


SELF_CHECK = '''\
import sys
sys.setrecursionlimit(%d)
n = [0]
def f():
    n[0] += 1
    f()
class K:
    def m(self, k):
        n[0] += 1
        return self.m(k + 1)
def g(k):
    n[0] += 1
    try:
        return g(k + 1)
    finally:
        pass
def h(k):
    n[0] += 1
    return [h(k + 1) for _ in (1,)]
for fn in (f, lambda: K().m(0), lambda: g(0), lambda: h(0)):
    n[0] = 0
    try:
        fn()
    except RecursionError as e:
        print(n[0], e)
print(sys.getrecursionlimit())
'''


def self_check(module_depth):
    """The traced run must hit RecursionError exactly where a plain run does."""
    with tempfile.TemporaryDirectory(prefix='herthon-selfcheck-') as tmp:
        tmp = os.path.realpath(tmp)
        for limit in (60, 100, 137):
            with open(os.path.join(tmp, 'rec.py'), 'w') as f:
                f.write(SELF_CHECK % limit)
            out, err, code, _ = plain_run(tmp, 'rec.py')
            status, events, tout, terr = traced_run(tmp, 'rec.py', module_depth)
            if code != 0 or out != tout or status['refused_frames'] != '4':
                raise RuntimeError('recursion emulation self-check failed for '
                                   'limit %d:\nplain:\n%s\ntraced:\n%s\n%s\n%s'
                                   % (limit, out.decode(), tout.decode(),
                                      terr.decode(), status))


def programs():
    return sorted(n for n in os.listdir(CORPUS) if PROGRAM_RE.match(n))


README = '''\
# Herthon conformance corpus

Generated golden files come from CPython 3.11 (the oracle).  Do not edit
goldens by hand: change the program and regenerate.

## Files

* `NNN_topic.py` - a test program (three digits, underscore, topic).  Only
  files whose name starts with three digits are programs.
* Everything else without a digit prefix is a helper that programs use:
  modules (`shapes_mod.py`), packages (`pkg_a/__init__.py`, `pkg_a/sub_b.py`),
  data (`data/input.txt`).
* For each program `NAME.py` the goldens next to it:
  * `NAME.stdout`, `NAME.stderr` - output of a plain run;
  * `NAME.exit` - its exit code in decimal, then a newline;
  * `NAME.trace` - frame and line events of a traced run.

Plain run: `python3.11 NAME.py` with this folder as the
working directory, no arguments, empty stdin, environment PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1.  Tracebacks keep their
`^^^^` / `~~~^^^` caret lines (PEP 657): Herthon's are compared whole.

## Normalization

In every golden file the absolute path of this folder *with its trailing
slash* (physical path, symlinks resolved) is replaced by the empty string; the
test harness does the same to Herthon's output.  A traceback therefore reads
`File "NAME.py", line 3, in f` or `File "pkg_a/sub_b.py", ...`.

## Trace format

One event per line:

    call FILE:FUNC:LINE
    line FILE:FUNC:LINE
    return FILE:FUNC:LINE

as `sys.settrace` reports them (`exception` and `opcode` events omitted).
FUNC is `f_code.co_name` (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`,
the class name for a class body ...).  FILE is the code's file relative to
this folder.  For `call` LINE is `co_firstlineno` (the `def` line or its first
decorator; 1 for a module), also when a generator resumes (CPython fires
`call` on every resumption).  For `line` and `return` LINE is `f_lineno`.
`return` also fires when an exception leaves a frame and when a generator
yields.  Only frames of files in this folder are recorded.  A program that
does not compile has an empty trace.

## Regenerating

    /usr/bin/python3.11 interpreter/src/test/python/make_goldens.py

(`--check` compares instead of writing and exits 1 on any difference.)  The
generator refuses to run on anything but CPython 3.11 (Debian's
`/usr/bin/python3.11`; never a pyenv shim).  It also reports, per program, the
exit code, the number of trace events and sanity problems (absolute paths or
`<frozen` in goldens, empty traces, more than 3000 events, slow programs,
plain and traced runs disagreeing on the exit code).

## Rules for programs

* Small (CPython runs one in well under 0.2 s) and at most ~3000 trace events.
* Deterministic and implementation-independent: never print id(), hash() of
  str, addresses (default object reprs, `<function f at 0x...>`), times,
  gc.collect() counts, iteration order of sets of strings (sort them).
* Import only sys, gc, time, math and the local helpers.
* Never abandon a suspended generator (e.g. `any(genexpr)` that stops early,
  `x in gen`, `break` out of a `for` over a generator without `close()`):
  CPython closes it when its reference count drops, which fires trace events
  at a moment that depends on reference counting.  Exhaust or close it
  explicitly.
* No objects with `__del__`, no weak references (same reason).
* Audit hooks must filter events by name (the traced run raises extra
  "object.__getattr__", "sys.setprofile" events; see trace_runner.py).
* Programs may lower the recursion limit (sys.setrecursionlimit(100)) and
  recurse into RecursionError through plain function/method calls; the traced
  run emulates the plain run's depth limit (trace_runner.py, "Recursion
  depth").  Avoid recursion through C code (key functions, __init__, repr).
* Error cases go into their own programs; an uncaught exception or a
  SyntaxError ends the program.
'''


def main():
    check = '--check' in sys.argv[1:]
    if not os.path.isdir(CORPUS):
        sys.exit('corpus folder not found: ' + CORPUS)
    remove_pycache(CORPUS)
    module_depth = measure_module_depth()
    self_check(module_depth)

    names = programs()
    wanted = {}
    problems = []
    total_events = 0
    report = []
    for name in names:
        base = name[:-3]
        out, err, code, secs = plain_run(CORPUS, name)
        status, events, _, _ = traced_run(CORPUS, name, module_depth)
        remove_pycache(CORPUS)
        trace = format_trace(events)
        files = {
            '.stdout': normalize(out),
            '.stderr': normalize(err),
            '.exit': b'%d\n' % code,
            '.trace': trace,
        }
        for kind, data in files.items():
            wanted[base + kind] = data
        total_events += len(events)
        report.append('%-32s exit=%-3d events=%-5d %.2fs%s' % (
            name, code, len(events), secs,
            '  refused_frames=' + status['refused_frames']
            if status['refused_frames'] != '0' else ''))
        # sanity checks
        if int(status['exit']) != code:
            problems.append('%s: plain run exit %d but traced run predicts %s (%s)'
                            % (name, code, status['exit'], status['outcome']))
        if len(events) > MAX_EVENTS:
            problems.append('%s: %d trace events (> %d)' % (name, len(events), MAX_EVENTS))
        if not events and status['outcome'] != 'SyntaxError':
            problems.append('%s: empty trace' % name)
        if secs > MAX_SECONDS + 0.1:
            problems.append('%s: plain run took %.2fs' % (name, secs))
        for kind, data in files.items():
            if CORPUS.encode() in data or b'<frozen' in data:
                problems.append('%s%s: contains an absolute path or <frozen' % (base, kind))

    wanted['README.md'] = README.encode('utf-8')
    # existing goldens (including orphans whose program disappeared)
    existing = set()
    for n in os.listdir(CORPUS):
        if n.endswith(GOLDEN_KINDS) and re.match(r'^[0-9]{3}_', n):
            existing.add(n)
    changed = []
    for fname, data in sorted(wanted.items()):
        path = os.path.join(CORPUS, fname)
        old = None
        if os.path.exists(path):
            with open(path, 'rb') as f:
                old = f.read()
        if old != data:
            changed.append(fname)
            if not check:
                with open(path, 'wb') as f:
                    f.write(data)
    for fname in sorted(existing - set(wanted)):
        changed.append(fname + ' (orphan)')
        if not check:
            os.remove(os.path.join(CORPUS, fname))
    remove_pycache(CORPUS)

    print('\n'.join(report))
    print('%d programs, %d trace events in total' % (len(names), total_events))
    if problems:
        print('PROBLEMS:')
        print('\n'.join('  ' + p for p in problems))
    if check:
        if changed:
            print('goldens out of date: ' + ', '.join(changed))
            sys.exit(1)
        print('goldens up to date')
    else:
        print('%d files written or removed' % len(changed))
    if problems:
        sys.exit(1)


if __name__ == '__main__':
    main()
