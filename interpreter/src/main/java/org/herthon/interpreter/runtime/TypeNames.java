package org.herthon.interpreter.runtime;

/** Names of types as CPython's C code prints them. */
public final class TypeNames {
    private TypeNames() {}

    /** tp_name: a builtin type with its module unless builtins ("collections.deque", "int"), a class by its name. */
    public static String tpName(PyType t) {
        if (!t.builtin) return t.name;
        String mod = t.moduleName();
        return mod.equals("builtins") ? t.name : mod + "." + t.name;
    }
}
