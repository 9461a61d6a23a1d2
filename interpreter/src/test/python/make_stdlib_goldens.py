"""Writes NAME.out for every script NAME.py in interpreter/src/test/resources/stdlib, from CPython 3.11.

Those scripts exercise CPython's own pure-Python standard library (and the Java twins of its C
modules) on Herthon; StdlibModulesTest runs each with the machine's standard library on sys.path
and compares. NAME.out holds the program's stdout, then "STDERR:" and its stderr if it wrote any,
then "EXIT <code>" (the format of the snippets). The folder's absolute path (with its '/') is
removed from the output, as the test removes it from Herthon's.

    /usr/bin/python3.11 interpreter/src/test/python/make_stdlib_goldens.py
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("make_stdlib_goldens.py: needs CPython 3.11 (/usr/bin/python3.11), not " + sys.version)

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "stdlib")

for file in sorted(os.listdir(HERE)):
    if not file.endswith(".py"):
        continue
    name = file[:-3]
    run = subprocess.run([sys.executable, file], cwd=HERE, capture_output=True,
                         text=True, env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin"})
    with open(os.path.join(HERE, name + ".out"), "w") as out:
        text = run.stdout + ("" if not run.stderr else "STDERR:\n" + run.stderr) + "EXIT %d\n" % run.returncode
        out.write(text.replace(HERE + "/", ""))
    print(name, run.returncode)
