try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print(e.name, isinstance(e, ImportError))
try:
    import pkg_a.no_such_sub
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from shapes_mod import no_such_name
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    __import__("also_missing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print("still running")
