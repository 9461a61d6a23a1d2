for i in range(3):
    print("i =", i)
else:
    print("loop finished")

for name in ["alpha", "beta", "gamma"]:
    if name.startswith("b"):
        print("found", name)
        break
else:
    print("not found")

for n in [1, 2, 3, 4, 5]:
    if n % 2 == 0:
        continue
    print("odd", n)

for ch in "hi":
    for k in range(2):
        print(ch, k)

for key in {"one": 1, "two": 2}:
    print(key)

for a, b in [(1, "x"), (2, "y")]:
    print(a, b)

for x in []:
    print("never")
else:
    print("empty loop else")

total = 0
for i in range(10):
    if i == 5:
        break
    total += i
print("total", total)

for i in range(3):
    pass
print("i after loop", i)
for outer in range(3):
    for inner in range(3):
        if inner == 1:
            break
    else:
        print("inner not broken")
    if outer == 1:
        continue
    print("outer", outer)
