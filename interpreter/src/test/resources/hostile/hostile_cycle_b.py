import hostile_cycle_a
print(hostile_cycle_a.VALUE)
