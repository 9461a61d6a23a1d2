import sys

print(sys.argv[1:], len(sys.argv))
print(sys.argv[0].endswith("065_sys_module.py"))
print(type(sys.path).__name__, len(sys.path) > 0, isinstance(sys.path[0], str))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, __name__)
print(type(sys.modules).__name__, "definitely_not_a_module" in sys.modules)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
written = sys.stdout.write("stdout.write returns the length\n")
print(written)
sys.stderr.write("stderr.write line\n")
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print(sys.version_info[0], sys.version_info >= (3, 0), sys.maxsize > 2 ** 31)
print(isinstance(sys.stdout, object), hasattr(sys.stdout, "write"), hasattr(sys, "exit"))
print(sys.platform is not None, type(sys.byteorder).__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
import shapes_mod
print("shapes_mod" in sys.modules, sys.modules["shapes_mod"].UNIT)
