package org.herthon.interpreter.builtins;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * sys.displayhook (and sys.__displayhook__): what prints the value of an expression statement in
 * interactive code (compile(..., "single"), doctest's examples), as CPython's sys_displayhook:
 * nothing for None; otherwise its repr and a newline on sys.stdout (characters that stdout's
 * encoding cannot take as backslash escapes), and the value kept as builtins._.
 */
final class DisplayHook {
    private DisplayHook() {}

    static PyBuiltinFunction make(Interpreter in) {
        PyBuiltinFunction hook = PyBuiltinFunction.of1("displayhook", value -> display(in, value));
        hook.module = PyStr.of("sys");
        return hook;
    }

    private static PyObject display(Interpreter in, PyObject value) {
        if (value == PyNone.INSTANCE) return PyNone.INSTANCE;
        PyDict builtins = in.builtinsModule.dict;
        // '_' is None while repr runs: a repr that prints must not show the old value
        builtins.putStr("_", PyNone.INSTANCE);
        PyObject out = in.sysModule.dict.getStr("stdout");
        if (out == null || out == PyNone.INSTANCE) throw Err.runtimeError("lost sys.stdout");
        String text = Ops.repr(value);
        PyObject write = Ops.getAttr(out, "write");
        try {
            write.call1(PyStr.of(text));
        } catch (PyException e) {
            if (!e.matches(PyExc.UnicodeEncodeError)) throw e;
            PyObject encoding = Ops.getAttr(out, "encoding");
            PyObject bytes = Ops.getAttr(PyStr.of(text), "encode").call2(encoding, PyStr.of("backslashreplace"));
            PyObject buffer = Ops.getAttrOrNull(out, "buffer");
            if (buffer != null) {
                Ops.getAttr(buffer, "write").call1(bytes);
            } else {
                write.call1(Ops.getAttr(bytes, "decode").call2(encoding, PyStr.of("strict")));
            }
        }
        write.call1(PyStr.of("\n"));
        builtins.putStr("_", value);
        return PyNone.INSTANCE;
    }
}
