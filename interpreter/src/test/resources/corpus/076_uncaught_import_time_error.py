print("importing a module that fails at import time")
import broken_mod
print("never reached")
