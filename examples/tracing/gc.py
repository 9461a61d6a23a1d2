# The scenario of native/scripts/gc.*: three explicit collections, one per generation, each
# after making some cyclic garbage.
import gc


class Node:
    def __init__(self):
        self.other = None


def garbage(pairs):
    for _ in range(pairs):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


for generation in range(3):
    garbage(10)
    print("collected", gc.collect(generation))
