class Stack:
    def __init__(self, cap):
        self.items = []
        self.cap = cap

    def push(self, x):
        assert len(self.items) < self.cap, f'stack full (cap={self.cap})'
        self.items.append(x)
        return self


s = Stack(2)
s.push(1).push(2)
print('items', s.items)
s.push(3)
