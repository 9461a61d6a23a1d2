def count():
    n = 0
    while True:
        yield n
        n += 1
for i, x in enumerate(count()):
    if i == 1000:
        print(i, x)
        break
