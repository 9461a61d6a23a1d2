print("defining classes")


class Fine:
    value = 1


class Broken:
    items = [1, 2, 3]
    fourth = items[3]


print("never reached")
