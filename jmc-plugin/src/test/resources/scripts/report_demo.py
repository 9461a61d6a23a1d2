# Everything the HTML report shows: nested calls, collections, imports and audit events.
import gc
import sys


def leaf(n):
    return n * 2


def mid(n):
    return sum(leaf(i) for i in range(n))


def top():
    return mid(50) + mid(20)


print(top())
gc.collect()
gc.collect(0)
with open("demo_module.py", "w") as f:
    f.write("VALUE = 42\n")
sys.path.insert(0, ".")
import demo_module

exec("y = demo_module.VALUE")
print(demo_module.VALUE)
