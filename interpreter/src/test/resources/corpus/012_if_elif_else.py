def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for v in (-5, 0, 3, 42):
    print(v, classify(v))

x = 5
if x > 3:
    print("x > 3")
if x > 10:
    print("never")
else:
    print("x <= 10")
if x == 1:
    print("one")
elif x == 5:
    print("five")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
else:
    print("both empty containers are false")
if x:
    if x % 2:
        print("odd")
    else:
        print("even")
value = "yes" if x else "no"
print(value)
print("a" if x > 10 else "b" if x > 4 else "c")
if not x:
    pass
elif x and x > 2 or x < -2:
    print("complex condition")
