# gc.get_count(): CPython's meaning of the three numbers, and id() of live objects.
import gc

gc.disable()   # CPython would collect by itself every 700 allocations
gc.collect()
young, middle, old = gc.get_count()
print("after a full collection:", middle, old)
keep = [[i] for i in range(2000)]
print("young count grows with new containers:", gc.get_count()[0] >= 1000)
gc.collect(0)
print("after a young collection:", gc.get_count()[1:])
gc.collect(0)
print("after two:", gc.get_count()[1:])
gc.collect(1)
print("after a middle collection:", gc.get_count()[1:])
gc.collect(2)
print("after a full one:", gc.get_count()[1:])

a, b = [], []
print("ids differ:", id(a) != id(b), "and stay:", id(a) == id(a))
ids = {id(x) for x in keep}
print("distinct ids of live objects:", len(ids) == len(keep))
