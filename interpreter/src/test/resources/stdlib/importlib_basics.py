# importlib over Herthon's import system: import_module (absolute and relative), reload, specs,
# _imp; the modules are written to a private folder put on sys.path
import sys, posix
sys.dont_write_bytecode = True
# warnings is imported by importlib only for its deprecated functions (a stand-in keeps this
# script to the import machinery)
sys.modules.setdefault("warnings", type(sys)("warnings"))
import importlib, _imp

base = "/tmp/herthon-stdlib-importlib-%d" % posix.getpid()
posix.mkdir(base)
posix.mkdir(base + "/pk")
files = {"modx.py": "X = 1\n", "pk/__init__.py": "from . import sub\n", "pk/sub.py": "Y = 'sub'\n"}
for name, text in files.items():
    with open(base + "/" + name, "w") as f:
        f.write(text)
sys.path.insert(0, base)
try:
    m = importlib.import_module("modx")
    print(m.X, m.__spec__.name, m.__spec__.origin == base + "/modx.py", m.__file__ == base + "/modx.py")
    print(type(m.__spec__).__name__, type(m.__loader__).__name__, m.__loader__.name, m.__loader__.get_filename() == m.__file__)
    print(m.__spec__.parent == "", m.__spec__.has_location, m.__spec__.submodule_search_locations)
    s = importlib.import_module(".sub", "pk")
    pk = sys.modules["pk"]
    print(s.Y, s.__name__, s.__spec__.parent, pk.__spec__.submodule_search_locations == [base + "/pk"], pk.__path__ == [base + "/pk"])
    print(pk.__package__, s.__package__, pk.sub is s)
    m.X = 99
    with open(base + "/modx.py", "w") as f:
        f.write("X = 2\nZ = 3\n")
    r = importlib.reload(m)
    print(r is m, m.X, m.Z)
    print(importlib.import_module("errno").__spec__)
    print(importlib.import_module("errno").__loader__)
    print(importlib._bootstrap._find_spec("nonexistent_zz", None))
    print(_imp.is_builtin("posix"), _imp.is_builtin("json"), _imp.is_frozen("json"), _imp.lock_held())
    for args in [("..x", "pk"), ("", None)]:
        try:
            importlib.import_module(*args)
        except (ImportError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        importlib.import_module("nonexistent_zz")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
finally:
    sys.path.remove(base)
    for name in ["pk/sub.py", "pk/__init__.py", "modx.py"]:
        posix.unlink(base + "/" + name)
    posix.rmdir(base + "/pk")
    posix.rmdir(base)
