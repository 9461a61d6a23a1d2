import pkg_a.sub_b
print("after import pkg_a.sub_b")
print(pkg_a.PKG_NAME, pkg_a.sub_b.SUB_VERSION)
print(pkg_a.version())
print(pkg_a.sub_b.combine("Loud", "QUIET"))
print(pkg_a.shout("hey"))
import pkg_a.sibling_c as sib
print(sib.whisper("ABC"), sib is pkg_a.sibling_c)
from pkg_a import sub_b, sibling_c
print(sub_b.__name__, sibling_c.__name__)
print(pkg_a.__name__, pkg_a.__package__, sub_b.__package__)
from pkg_a.sub_b import combine, SUB_VERSION
print(combine("a", "B"), SUB_VERSION)
print(hasattr(pkg_a, "sub_b"), hasattr(pkg_a, "sibling_c"))
