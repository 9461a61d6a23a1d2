class Inventory:
    def __init__(self):
        self.stock = {'apple': 3, 'pear': 0}

    def take(self, item, n):
        have = self.stock[item]
        if n > have:
            raise ValueError(f'only {have} {item}(s) left, wanted {n}')
        self.stock[item] = have - n
        return n


def fulfil(inv, order):
    total = 0
    for item, n in order:
        total += inv.take(item, n)
    return total


def process(orders):
    inv = Inventory()
    for o in orders:
        print('fulfilled', fulfil(inv, o))


process([[('apple', 1)], [('apple', 2), ('pear', 0)], [('apple', 1)]])
