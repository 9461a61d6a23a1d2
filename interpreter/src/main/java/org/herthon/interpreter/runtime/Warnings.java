package org.herthon.interpreter.runtime;

import org.herthon.interpreter.runtime.codec.CodecRegistry;

/** Warnings raised by Java code, through the warnings module of the interpreter on this thread (as PyErr_WarnEx). */
public final class Warnings {
    private Warnings() {}

    public static void warn(PyType category, String message, int stacklevel) {
        CodecRegistry r = CodecRegistry.current();
        if (r == null) return;
        PyObject warnings = r.interpreter().importModule("warnings", null, null, 0);
        Ops.getAttr(warnings, "warn").call(new PyObject[]{PyStr.of(message), category, PyInt.of(stacklevel)}, null);
    }
}
