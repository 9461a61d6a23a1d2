data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 30])
print(y)
values = iter(range(5))
while (v := next(values, None)) is not None:
    print("value", v)
print("sign", "neg" if -1 < 0 else "pos")
total = 0
for i in range(5):
    total += i if i % 2 else -i
print(total)
print(*[1, 2], *"ab", sep=",")
first, second, *_ = "hello"
print(first, second, _)
print([*range(3), *"xy"], {**{"a": 1}, "b": 2}, {*[1, 1], 2} == {1, 2})
