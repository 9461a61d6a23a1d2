def combine(a, b, c):
    return a + b + c


result = combine(
    1,
    2,
    3,
)
print(result)
data = {
    "one": 1,
    "two": combine(1,
                   1,
                   0),
}
print(data)
if (result > 1
        and data["two"] == 2):
    print("multi-line condition")
total = sum([
    x * 2
    for x in range(3)
])
print(total)
text = (
    "a"
    "b"
)
print(text)
value = combine(combine(1, 2, 3),
                combine(4, 5, 6),
                7)
print(value)


def long_signature(
    first,
    second=2,
):
    return (first,
            second)


print(long_signature(
    1))
