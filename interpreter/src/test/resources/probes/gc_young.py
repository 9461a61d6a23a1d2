# Allocation-heavy loop: the JVM runs young collections on its own; each fires a pair, generation 0.
total = 0
for i in range(3000000):
    item = [i, i + 1]
    total += item[0]
print(total)
