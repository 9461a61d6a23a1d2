def count():
    n = 0
    while True:
        yield n
        n += 1
for x in count():
    if x >= 100000:
        break
print(x)
