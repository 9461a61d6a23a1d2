total = 1 + \
    2 + \
    3
print(total)

numbers = [
    1,
    2,   # comment inside brackets
    3,
]
print(numbers)

mapping = {"a": 1,
           "b": 2}
print(mapping)


def add(a,
        b,
        c=0):
    return (a
            + b
            + c)


print(add(1,
          2,
          c=3))

text = ("implicit "
        "concatenation "
        'across lines')
print(text)

if (total > 1 and
        total < 10):
    print("in range")

value = [x * 2
         for x in range(3)
         if x != 1]
print(value)

long_string = "a backslash \
continues a string"
print(long_string)
result = add(1, 2) \
    if total else 0
print(result)
