name = "World"
x = 3.14159
n = 1234567
w = 10
items = ["a", "b"]
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}]")
print(f"{x:.3f} {x:10.2f} {x:08.2f} {x:e} {x:.2%}")
print(f"{n:,} {n:_} {n:>12,} {n:x} {n:#x} {n:o} {n:b} {n:#b}")
print(f"[{x:{w}}] [{x:{w}.{2}f}] [{name:{'>'}{w}}]")
print(f"{1 + 2} {n // 1000} {items[0]} {len(items)} {items!r}")
print(f"{'nested ' + f'{name.lower()}'}")
print(f"{{literal braces}} {{{name}}}")
print(f"{x = }", f"{n=:,}")
print(f"{3:03d} {-3:03d} {3:+d} {3: d}")
print(f"{'abc':.2} {True} {None} {[1, 2]}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(F"capital F {name}")
print(rf"raw f \n {name}")
print(f"multi {name} "
      f"line {x:.1f}")
print(f"{'ternary' if x > 3 else 'no'}")
print(f"{(lambda v: v * 2)(21)}")
print(format(n, ","), format(x, ".1f"), format("s", ">3"))
