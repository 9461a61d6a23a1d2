# sys.set_asyncgen_hooks / get_asyncgen_hooks (asyncio's event loop installs its own while it runs).
import sys
old = sys.get_asyncgen_hooks()
print(type(old).__name__, old, old.firstiter, old[1])
def first(agen): pass
sys.set_asyncgen_hooks(firstiter=first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=print)
print(sys.get_asyncgen_hooks() == (first, print))
for bad in [dict(firstiter=1), dict(finalizer="x"), dict(firstiter=2, finalizer=3)]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError", e)
print(sys.get_asyncgen_hooks() == (first, print))
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
