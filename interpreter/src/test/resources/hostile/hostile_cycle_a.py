# Imported by a corpus case: a circular import that uses a name before it exists.
import hostile_cycle_b
VALUE = 1
