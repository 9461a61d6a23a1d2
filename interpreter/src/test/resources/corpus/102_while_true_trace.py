n = 0
while True:
    n += 1
    if n == 3:
        break
print(n)


def poll():
    tries = 0
    while True:
        tries += 1
        if tries < 2:
            continue
        return tries


print(poll())
i = 0
while i < 2:
    i += 1
print(i)
while 1:
    break
k = 3
while k:
    k -= 1
else:
    print("else of while k")
