import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect() >= 0)
print(isinstance(gc.collect(), int))
threshold = gc.get_threshold()
print(type(threshold).__name__, len(threshold))


class Node:
    def __init__(self):
        self.ref = self


for _ in range(3):
    Node()
print(gc.collect() >= 0)
print(gc.collect(0) >= 0)
