class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            self.size += 1
            return
        node = self.root
        while True:
            if key == node[0]:
                return
            idx = 1 if key < node[0] else 2
            if node[idx] is None:
                node[idx] = [key, None, None]
                self.size += 1
                return
            node = node[idx]

    def inorder(self):
        out = []
        stack = []
        node = self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[1]
            node = stack.pop()
            out.append(node[0])
            node = node[2]
        return out

    def height(self, node='root'):
        if node == 'root':
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.size, t.height())
print(40 in t, 45 in t, [k for k in (20, 65, 99) if k in t])
w = BST()
for k in 'delta alpha echo bravo charlie'.split():
    w.insert(k)
print(w.inorder(), w.height())
