# PEP 578 audit hooks: each event the runtime raises, with CPython's name and arguments,
# before the operation acts; a hook that raises aborts the operation; hooks stay installed.
import sys

seen = []
WATCH = {"import", "open", "compile", "exec", "sys.addaudithook", "herthon.test"}


def hook(event, args):
    if event in WATCH:
        shown = tuple(a if isinstance(a, (str, int, type(None))) else type(a).__name__ for a in args)
        seen.append((event, shown))


sys.addaudithook(hook)
sys.audit("herthon.test", 1, "two")
import audit_helper
code = compile("x = 1", "<audit>", "exec")
exec(code)
exec("y = 2")
eval("3")
with open(__file__) as f:
    f.read(1)
sys.addaudithook(lambda e, a: None)
for event, args in seen:
    print(event, args)
seen.clear()


def refuse(event, args):
    if event in ("open", "exec") or (event == "import" and args[0] == "audit_refused"):
        raise PermissionError("refused " + event)


sys.addaudithook(refuse)
try:
    open(__file__)
except PermissionError as e:
    print("open aborted:", e)
try:
    exec("print('this must not run')")
except PermissionError as e:
    print("exec aborted:", e)
try:
    import audit_refused
except PermissionError as e:
    print("import aborted:", e, "audit_refused" in sys.modules)


def veto_new_hooks(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(veto_new_hooks)
sys.addaudithook(lambda e, a: print("this hook was not added"))
sys.audit("herthon.test", "after veto")
print("hooks still see events:", seen[-1])
del sys.modules["sys"]
import sys as sys_again
sys_again.audit("herthon.test", "after reimport")
print("after reimport:", seen[-1])
