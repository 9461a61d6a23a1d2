class Table:
    def __init__(self, rows):
        self.rows = rows

    def column(self, i):
        return [row[i] for row in self.rows]


def pick(table):
    getter = lambda i: table.column(i)
    return getter(2)


def main():
    t = Table([[1, 2, 3], [4, 5]])
    print(pick(Table([[1, 2, 3]])))
    print(pick(t))


main()
