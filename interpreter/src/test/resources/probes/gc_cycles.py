# Three explicit collections with garbage to find: each is one JVM collection.
import gc


def garbage(n):
    for _ in range(n):
        cycle = []
        cycle.append(cycle)


for generation in (0, 1, 2):
    garbage(100)
    print(generation, gc.collect(generation) >= 0)
