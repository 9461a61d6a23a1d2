from hostile_cycle_c import C
D = 2
