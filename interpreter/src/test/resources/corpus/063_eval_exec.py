x = 10
print(eval("x + 1"), eval("[i * 2 for i in range(3)]"), eval("'a' * 3"))
print(eval("y * 2", {"y": 21}), eval("z", {}, {"z": "local"}))
ns = {}
exec("w = x * 3", {"x": 2}, ns)
print(ns)
g = {}
exec("def f(n):\n    return n + 1\nresult = f(41)", g)
print(g["result"], "f" in g, "__builtins__" in g)
exec("x = 99")
print(x)
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_filename)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
