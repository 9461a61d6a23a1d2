"""Writes examples/call_stack.expected: the seed's call-stack hierarchy, from CPython itself.

Runs examples/call_stack.py under sys.setprofile and prints, for every Python frame entered or
left while start() runs, the line the seed's call_stack.d prints (without its timestamp column):
the probe name right-aligned in 15 characters, ':', one space of indent per open frame, then
file:function:line, where line is co_firstlineno on entry and f_lineno on return.

Run with Debian's CPython 3.11 from the repository root:
    /usr/bin/python3.11 interpreter/src/test/python/make_call_stack_golden.py
"""
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("make_call_stack_golden.py: needs CPython 3.11 (/usr/bin/python3.11), not " + sys.version)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
SCRIPT = os.path.join(ROOT, "examples", "call_stack.py")

lines = []
state = {"tracing": False, "indent": 0}


def profile(frame, event, arg):
    code = frame.f_code
    if code.co_filename != SCRIPT or event not in ("call", "return"):
        return
    if event == "call" and code.co_name == "start":
        state["tracing"] = True
    if not state["tracing"]:
        return
    name = os.path.basename(code.co_filename)
    if event == "call":
        lines.append("%15s:%s%s:%s:%d" % ("function-entry", " " * state["indent"], name, code.co_name, code.co_firstlineno))
        state["indent"] += 1
    else:
        state["indent"] -= 1
        lines.append("%15s:%s%s:%s:%d" % ("function-return", " " * state["indent"], name, code.co_name, frame.f_lineno))
        if code.co_name == "start":
            state["tracing"] = False


with open(SCRIPT) as source:
    code = compile(source.read(), SCRIPT, "exec")
sys.setprofile(profile)
try:
    exec(code, {"__name__": "__main__", "__file__": SCRIPT})
finally:
    sys.setprofile(None)

with open(os.path.join(ROOT, "examples", "call_stack.expected"), "w") as out:
    out.write("\n".join(lines) + "\n")
