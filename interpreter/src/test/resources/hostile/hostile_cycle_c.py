# Imported by a corpus case: from-import of a name the cycle has not defined yet.
from hostile_cycle_d import D
C = 1
