print(len(range(2 ** 64)))
