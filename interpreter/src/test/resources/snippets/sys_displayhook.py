# sys.displayhook and sys.__displayhook__: print repr to sys.stdout, keep the value in builtins._
import sys, builtins
print(sys.displayhook is sys.__displayhook__)
sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook("text")
sys.displayhook([1, 2])
print(builtins._)
del builtins._
