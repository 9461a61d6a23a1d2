"""Writes interpreter/src/main/java/org/herthon/interpreter/imports/AstRecords.java: a constructor
call for every record of the ast package, so the parse cache rebuilds trees without reflection
(reflective construction is slow in a JVM that has just started). Run it after a change to the
AST records; a record it does not know is still read, reflectively (AstCodec).

    python3 interpreter/src/test/python/make_ast_records.py
"""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
AST = os.path.join(ROOT, "interpreter/src/main/java/org/herthon/interpreter/ast")
OUT = os.path.join(ROOT, "interpreter/src/main/java/org/herthon/interpreter/imports/AstRecords.java")

RECORD = re.compile(r"\brecord\s+(\w+)\s*\((.*?)\)\s*(?:implements[^{]*)?\{", re.S)


def split_params(text):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


AST_TYPES = {f[:-5] for f in os.listdir(AST) if f.endswith(".java")}
PKG = "org.herthon.interpreter.ast."


def qualify(t):
    head = t.split(".")[0]
    return PKG + t if head in AST_TYPES else t


def cast(java_type):
    t = re.sub(r"<.*>", "", java_type).strip()
    t = qualify(t)
    boxed = {"int": "Integer", "long": "Long", "double": "Double", "boolean": "Boolean"}
    if t in boxed:
        return "(" + boxed[t] + ") "
    if t in ("List", "java.util.List"):
        return "(java.util.List) "
    return "(" + t + ") "


records = []
for file in sorted(os.listdir(AST)):
    if not file.endswith(".java"):
        continue
    src = open(os.path.join(AST, file)).read()
    src = re.sub(r"/\*.*?\*/", "", src, flags=re.S)
    src = re.sub(r"//[^\n]*", "", src)
    outer = file[:-5]
    for m in RECORD.finditer(src):
        name = m.group(1)
        params = []
        for p in split_params(m.group(2)):
            p = re.sub(r"@\w+(\([^)]*\))?", "", p).strip()
            java_type, pname = p.rsplit(None, 1)
            params.append(java_type)
        nested = name != outer
        records.append((outer + "$" + name if nested else name, PKG + (outer + "." + name if nested else name), params))

lines = []
for i, (binary, source, params) in enumerate(records):
    args = ", ".join(cast(t) + "a[%d]" % j for j, t in enumerate(params))
    lines.append("            case %d: return new %s(%s);" % (i, source, args))
names = ",\n".join('            "%s"' % b for b, _, _ in records)

java = '''package org.herthon.interpreter.imports;

/**
 * Made by interpreter/src/test/python/make_ast_records.py from the records of the ast package:
 * their canonical constructors by number, for {@link AstCodec}. Do not edit; run the script.
 */
final class AstRecords {
    private AstRecords() {}

    /** Binary names of the records (without the package), by number. */
    static final String[] NAMES = {
%s
    };

    /** A new record of number id from its components (ints boxed). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object make(int id, Object[] a) {
        switch (id) {
%s
            default: throw new IllegalArgumentException("no record " + id);
        }
    }
}
''' % (names, "\n".join(lines))
open(OUT, "w").write(java)
print(len(records), "records")
