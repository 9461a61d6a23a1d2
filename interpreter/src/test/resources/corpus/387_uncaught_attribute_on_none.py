class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def root(self):
        return self if self.parent is None else self.parent.root()

    def grandparent_name(self):
        return self.parent.parent.name


a = Node('a')
b = Node('b', a)
c = Node('c', b)
print(c.root().name, c.grandparent_name())
print(b.grandparent_name())
