def work(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
    return total


print(work(10))
