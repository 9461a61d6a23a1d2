def count():
    n = 0
    while True:
        yield n
        n += 1
print(any(x > 50000 for x in count()))
