# Explicit full collections in a tight loop: GcPressureRule warns.
import gc


class Node:
    def __init__(self, other):
        self.other = other


def garbage():
    a = Node(None)
    b = Node(a)
    a.other = b


freed = 0
for _ in range(25):
    garbage()
    freed += gc.collect()
print(freed >= 0)
