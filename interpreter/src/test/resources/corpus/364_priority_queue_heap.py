class MinHeap:
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError('pop from empty heap')
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            n = len(self.data)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                small = i
                if l < n and self.data[l] < self.data[small]:
                    small = l
                if r < n and self.data[r] < self.data[small]:
                    small = r
                if small == i:
                    break
                self.data[i], self.data[small] = self.data[small], self.data[i]
                i = small
        return top


h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
counter = 0
for prio, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee'), (2, 'review')]:
    tasks.push((prio, counter, name))
    counter += 1
while tasks:
    p, _, n = tasks.pop()
    print(p, n)
try:
    tasks.pop()
except IndexError as e:
    print('IndexError:', e)
