from star_mod import *
from nostar_mod import *

print(public_a, public_b, helper(4))
print(alpha, beta, delta())
for name in ("not_exported", "_private", "_gamma"):
    print(name, name in globals())
print(sorted(n for n in globals() if not n.startswith("__")))
