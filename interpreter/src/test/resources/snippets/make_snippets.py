"""Writes NAME.out for every snippet NAME.py in this folder, from CPython 3.11.

NAME.out holds the program's stdout, then "STDERR:" and its stderr if it wrote any, then
"EXIT <code>". CPython 3.11 names the main script by its absolute path in tracebacks; the
folder's absolute path (with its '/') is removed, so the files do not depend on the checkout's
place (SnippetTest removes it from Herthon's output likewise). The snippets themselves are the .py files beside this script; SnippetTest runs
each one in Herthon and compares.

    /usr/bin/python3.11 interpreter/src/test/resources/snippets/make_snippets.py
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("make_snippets.py: needs CPython 3.11 (/usr/bin/python3.11), not " + sys.version)

HERE = os.path.dirname(os.path.abspath(__file__))

for file in sorted(os.listdir(HERE)):
    if not file.endswith(".py") or file == os.path.basename(__file__):
        continue
    name = file[:-3]
    run = subprocess.run(["/usr/bin/python3.11", file], cwd=HERE, capture_output=True,
                         text=True, env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin"})
    with open(os.path.join(HERE, name + ".out"), "w") as out:
        text = run.stdout + ("" if not run.stderr else "STDERR:\n" + run.stderr) + "EXIT %d\n" % run.returncode
        out.write(text.replace(HERE + "/", ""))
    print(name, run.returncode)
