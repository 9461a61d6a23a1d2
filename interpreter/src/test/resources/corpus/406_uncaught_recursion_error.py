import sys

sys.setrecursionlimit(50)


class Tree:
    def __init__(self):
        self.children = []

    def size(self):
        return 1 + sum([c.size() for c in self.children])


root = Tree()
root.children.append(Tree())
print('size', root.size())
loop = Tree()
loop.children.append(loop)
print('size', loop.size())
