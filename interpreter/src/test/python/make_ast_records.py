"""Writes interpreter/src/main/java/org/herthon/interpreter/ast/AstRecords.java: for every record
of the ast package, its component names and types, its canonical constructor and its accessors,
by number. The parse cache (AstCodec) and the mangler take trees apart and rebuild them through it:
reflective record access is slow in a JVM that has just started, and costs a generated accessor
class per component. Run it after a change to the AST records; AstRecordsTest fails until then.

    python3 interpreter/src/test/python/make_ast_records.py
"""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
AST = os.path.join(ROOT, "interpreter/src/main/java/org/herthon/interpreter/ast")
OUT = os.path.join(ROOT, "interpreter/src/main/java/org/herthon/interpreter/ast/AstRecords.java")

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
            optional = "@AsdlOptional" in p
            p = re.sub(r"@\w+(\([^)]*\))?", "", p).strip()
            java_type, pname = p.rsplit(None, 1)
            params.append((java_type, pname, optional))
        nested = name != outer
        records.append((outer + "$" + name if nested else name, PKG + (outer + "." + name if nested else name), params))



def erasure(java_type):
    """The component's class literal: generic arguments dropped, AST types qualified."""
    t = re.sub(r"<.*>", "", java_type).strip()
    return ("java.util.List" if t == "List" else qualify(t)) + ".class"


# CPython's class names of the helper records (the node families are named as the Java records)
PYTHON_NAMES = {"Comprehension": "comprehension", "Arguments": "arguments", "Arg": "arg", "Keyword": "keyword",
                "Alias": "alias", "WithItem": "withitem", "MatchCase": "match_case"}

names, python_names, fields, types, optionals, makes, parts = [], [], [], [], [], [], []
for i, (binary, source, params) in enumerate(records):
    names.append('            "%s"' % binary)
    simple = binary.split("$")[-1]
    python_names.append('            "%s"' % PYTHON_NAMES.get(simple, simple))
    fields.append("            {%s}" % ", ".join('"%s"' % n for _, n, _ in params))
    types.append("            {%s}" % ", ".join(erasure(t) for t, _, _ in params))
    optionals.append("            {%s}" % ", ".join("true" if o else "false" for _, _, o in params))
    args = ", ".join(cast(t) + "a[%d]" % j for j, (t, _, _) in enumerate(params))
    makes.append("            case %d: return new %s(%s);" % (i, source, args))
    values = ", ".join("n.%s()" % n for _, n, _ in params)
    parts.append("            case %d: { %s n = (%s) r; return new Object[] {%s}; }" % (i, source, source, values))

java = '''package org.herthon.interpreter.ast;

import java.util.HashMap;
import java.util.Map;

/**
 * Made by interpreter/src/test/python/make_ast_records.py from the records of this package: each
 * record's component names and types, canonical constructor and accessors, by number, for the
 * stages that take any tree apart and rebuild it (the parse cache, the mangler). Do not edit; run
 * the script. {@code AstRecordsTest} checks it against the records.
 */
public final class AstRecords {
    private AstRecords() {}

    /** Binary names of the records (without the package), by number. */
    private static final String[] NAMES = {
%s
    };

    /** CPython's class names (ast.comprehension, ast.BinOp, ...), by record number. */
    private static final String[] PYTHON_NAMES = {
%s
    };

    /** Component names, by record number. */
    private static final String[][] FIELDS = {
%s
    };

    /** Which components are optional in CPython's ASDL grammar ({@link AsdlOptional}), by record number. */
    private static final boolean[][] OPTIONAL = {
%s
    };

    /** Component types (erased), by record number. */
    private static final Class<?>[][] TYPES = {
%s
    };

    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    static {
        for (int i = 0; i < NAMES.length; i++) BY_NAME.put(NAMES[i], i);
    }

    /** Looked up by name, so that no record class is loaded before a tree holds one. */
    private static final ClassValue<Integer> IDS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> c) {
            String prefix = AstRecords.class.getPackageName() + ".";
            Integer id = c.getName().startsWith(prefix) ? BY_NAME.get(c.getName().substring(prefix.length())) : null;
            return id == null ? -1 : id;
        }
    };

    /** How many records there are: their numbers are 0 to count() - 1. */
    public static int count() {
        return NAMES.length;
    }

    /** The number of a record class of this package, or -1 for any other class. */
    public static int id(Class<?> c) {
        return IDS.get(c);
    }

    /** The number of the record whose binary name, without the package, is given; or -1. */
    public static int id(String binaryName) {
        return BY_NAME.getOrDefault(binaryName, -1);
    }

    /** The binary name, without the package, of record number id. */
    public static String name(int id) {
        return NAMES[id];
    }

    /** CPython's name of record number id's class: {@code "BinOp"}, {@code "comprehension"}. */
    public static String pythonName(int id) {
        return PYTHON_NAMES[id];
    }

    /** How many components record number id has. */
    public static int arity(int id) {
        return FIELDS[id].length;
    }

    /** The name of component i of record number id. */
    public static String field(int id, int i) {
        return FIELDS[id][i];
    }

    /** Whether component i of record number id is optional in CPython's grammar (may be null). */
    public static boolean optional(int id, int i) {
        return OPTIONAL[id][i];
    }

    /** The erased type of component i of record number id ({@code int.class} for an int). */
    public static Class<?> type(int id, int i) {
        return TYPES[id][i];
    }

    /** A new record of number id from its components (ints boxed). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Record make(int id, Object[] a) {
        switch (id) {
%s
            default: throw new IllegalArgumentException("no record " + id);
        }
    }

    /** The components of r, a record of number id, in order (ints boxed). */
    public static Object[] components(int id, Record r) {
        switch (id) {
%s
            default: throw new IllegalArgumentException("no record " + id);
        }
    }
}
''' % (",\n".join(names), ",\n".join(python_names), ",\n".join(fields), ",\n".join(optionals), ",\n".join(types), "\n".join(makes), "\n".join(parts))
open(OUT, "w").write(java)
print(len(records), "records")
