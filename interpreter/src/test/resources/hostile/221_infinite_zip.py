def count():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(count(), range(5))))
