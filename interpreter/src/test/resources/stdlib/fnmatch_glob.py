# fnmatch patterns and glob over a temporary directory tree made by the script.
import fnmatch
import glob
import os

names = ["main.py", "Main.PY", "test_a.py", "test_b.txt", "data1.csv", "data22.csv", ".hidden", "notes[1].md", "a?b", "x*y"]
for pat in ("*.py", "test_?.*", "data[0-9].csv", "data[!1]*.csv", "*[[]1[]]*", "a[?]b", "x[*]y", "*", ".*", "[a-c]*", "[]]", "[!]]"):
    print(pat.ljust(14), fnmatch.filter(names, pat))
print(fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatchcase("Main.PY", "*.py"), fnmatch.fnmatchcase("main.py", "*.py"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x"), fnmatch.translate("a[b"), fnmatch.translate("**/x"))

# (tempfile needs _io: a directory of our own, named after the process)
root = os.path.join(os.environ.get("TMPDIR", "/tmp"), "herthon-glob-%d" % os.getpid())
os.mkdir(root)
try:
    layout = ["a.txt", "b.txt", "c.py", ".secret.txt", "sub/d.txt", "sub/e.py", "sub/deep/f.txt", "sub/deep/g.md",
              "other/h.txt", "[x].txt"]
    for rel in layout:
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(rel)

    def rel(paths):
        return sorted(os.path.relpath(p, root) for p in paths)

    print(rel(glob.glob(os.path.join(root, "*.txt"))))
    print(rel(glob.glob(os.path.join(root, "*"))))
    print(rel(glob.glob(os.path.join(root, "*", "*.py"))))
    print(rel(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "**/"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "sub", "**", "*"), recursive=False)))
    print(rel(glob.glob(os.path.join(root, "?.*"))), rel(glob.glob(os.path.join(root, "[ab].txt"))))
    print(rel(glob.glob(os.path.join(root, glob.escape("[x].txt")))), glob.escape("a[b]*?.txt"))
    print(rel(glob.iglob(os.path.join(root, "sub", "*"))), glob.has_magic("a*b"), glob.has_magic("plain"))
    print(sorted(glob.glob("*.txt", root_dir=root)), sorted(glob.glob("**/*.md", root_dir=root, recursive=True)))
    print(sorted(glob.glob("*.txt", root_dir=root, include_hidden=True)), glob.glob(os.path.join(root, "nothing*")))
finally:
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        for d in dirnames:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(root)
print(os.path.exists(root))
