# Imports a module whose body sleeps 300 ms: SlowImportsRule reports it (INFO, under 1 s). The
# module is written into the working directory (the test's target/recordings).
import sys

with open("sleepy_module.py", "w") as f:
    f.write("import time\ntime.sleep(0.3)\nVALUE = 1\n")
sys.path.insert(0, ".")
import sleepy_module

print(sleepy_module.VALUE)
try:
    import no_such_module_here
except ImportError:
    print("not found")
