import sys
print(sys.argv[0].endswith(".py") or sys.argv[0] == "-c", sys.getrecursionlimit(), type(sys.path).__name__, "sys" in sys.modules)
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError", e)
sys.setrecursionlimit(5000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
sys.setrecursionlimit(1000)
import gc
class Node: pass
a = Node(); a.me = a
l = [1]; l.append(l)
del a, l
print(gc.collect() >= 1)
events = []
sys.addaudithook(lambda e, a: events.append((e, a)) if e.startswith("t.") else None)
sys.audit("t.one", 1, "x"); sys.audit("t.two")
print(events)
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}; exec("def f(): return 7\nv = f()", ns); print(ns["v"])
code = compile("a = 5", "<s>", "exec"); g = {}; exec(code, g); print(g["a"])
print(repr(1.0 * 10**16), 0.1 + 0.7, 3 * 1.1, 1e300 * 1e10, -1e300 * 1e10, float("-nan") != float("nan"))
print(str(1e16), str(-1.5e-7), f"{1e16}", 1e16 == 10**16, int(1e16))
