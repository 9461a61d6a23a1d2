from hostile_cycle_c import C
print(C)
