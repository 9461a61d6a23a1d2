# Line events of statements and expressions spread over several lines.

def total(values,
          scale=1,
          *,
          offset=0):
    result = (
        sum(v * scale
            for v in values)
        + offset
    )
    return result


data = [
    1,
    2,
    3,
]
mapping = {
    "a": total(data),
    "b": total(
        data,
        scale=2,
    ),
    "c": total(data, offset=10),
}
print(mapping)

text = ("first "
        "second "
        "third")
print(text)

value = (total([1, 2])
         if len(data) > 2
         else 0)
print(value)

chain = (
    "  Mixed Case Words  "
    .strip()
    .lower()
    .split()
)
print(chain)

items = [
    x * y
    for x in range(3)
    if x
    for y in (1, 2)
]
print(items)

assert (
    len(items) == 4
), "unexpected"

flag = all(
    isinstance(i, int)
    for i in items
)
print(flag)

result = [1, 2, 3][
    1
]
print(result)

if (value > 1 and
        flag):
    print("both")

while (len(data)
       > 1):
    data.pop()
print(data)

numbers = list(
    map(
        lambda n:
            n * 10,
        range(3),
    )
)
print(numbers)
