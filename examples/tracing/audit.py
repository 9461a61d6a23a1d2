# The scenario of native/scripts/audit.*: an event of the program's own, then one the runtime
# raises (open).
import sys

sys.audit("example.checkout", 3, "basket", {"paid": True})
with open(__file__) as source:
    print(len(source.readline()))
