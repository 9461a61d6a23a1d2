class LinkedList:
    class _Node:
        def __init__(self, value, nxt=None):
            self.value = value
            self.next = nxt

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty list')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        n = self.head
        k = 0
        while n:
            if k == i:
                return n.value
            n = n.next
            k += 1
        raise IndexError('index out of range')


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in list(ll))
ll.reverse()
print(ll, ll.pop(), ll)
ll.push('x')
print(ll, ll == LinkedList(['x', 3, 2, 1]), ll == [1])
print(type(ll.head).__qualname__, sum(v for v in LinkedList(range(5))))
e = LinkedList()
try:
    e.pop()
except IndexError as err:
    print('IndexError:', err)
try:
    LinkedList([1])[5]
except IndexError as err:
    print('IndexError:', err)
