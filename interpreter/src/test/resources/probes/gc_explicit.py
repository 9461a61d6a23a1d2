# Explicit collections: one gc__start/gc__done pair each, with the generation asked for.
import gc

print("gen0", gc.collect(0) >= 0)
print("gen1", gc.collect(1) >= 0)
print("gen2", gc.collect(2) >= 0)

# A list that contains itself is garbage only a collector that follows cycles can reclaim.
cycle = []
cycle.append(cycle)
del cycle
print("cycle collected", gc.collect() >= 1)
