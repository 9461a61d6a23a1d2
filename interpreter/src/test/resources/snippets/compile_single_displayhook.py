# compile(..., "single"): module-level expression statements go to sys.displayhook (no docstring),
# one statement only; sys.displayhook / sys.__displayhook__ set builtins._
import sys, builtins
exec(compile("1 + 2\n", "<s>", "single"))
print(builtins._)
exec(compile("None\n", "<s>", "single"))
print(builtins._)
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("def f():\n    5\n", "<s>", "single"))
f()
exec(compile("'x'", "<s>", "single"))
exec(compile("x = 1; x", "<s>", "single"))
for s in ('1\n2\n', 'x = 1; y = 2\n', 'if 1:\n  pass\nz=3\n'):
    try:
        compile(s, '<s>', 'single')
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
sys.displayhook([1, 'a'])
print(sys.displayhook is sys.__displayhook__)
sys.displayhook = lambda v: print("hook", v)
exec(compile("7", "<s>", "single"))
del sys.displayhook
try:
    exec(compile("7", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
