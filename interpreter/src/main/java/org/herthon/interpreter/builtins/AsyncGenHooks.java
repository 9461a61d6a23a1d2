package org.herthon.interpreter.builtins;

import org.herthon.interpreter.modules.os.StructSeq;
import org.herthon.interpreter.runtime.*;

/**
 * sys.set_asyncgen_hooks and sys.get_asyncgen_hooks, one pair of hooks per interpreter (asyncio's
 * event loop installs its own while it runs and puts the old ones back). The hooks are kept and
 * returned as CPython's are; Herthon's async generators do not call them yet (CPython calls
 * firstiter at an async generator's first iteration and finalizer when it is collected unfinished),
 * so asyncio's shutdown_asyncgens finds no generators to close.
 */
final class AsyncGenHooks {
    /** CPython's type is named just asyncgen_hooks (so its __module__ is builtins). */
    private final StructSeq type = new StructSeq("builtins", "asyncgen_hooks", new String[]{"firstiter", "finalizer"}, 2);

    private PyObject firstiter = PyNone.INSTANCE;
    private PyObject finalizer = PyNone.INSTANCE;

    void install(PyDict sys) {
        PyBuiltinFunction get = PyBuiltinFunction.of("get_asyncgen_hooks", (a, k) -> {
            Args.noKw("get_asyncgen_hooks", k);
            Args.range("get_asyncgen_hooks", a, 0, 0);
            return type.make(firstiter, finalizer);
        });
        PyBuiltinFunction set = PyBuiltinFunction.of("set_asyncgen_hooks", (a, k) -> {
            PyObject[] p = Args.bind("set_asyncgen_hooks", a, k, new String[]{"firstiter", "finalizer"}, 0, 2);
            PyObject first = p[0], fin = p[1];
            // CPython checks the finalizer first
            if (fin != null && fin != PyNone.INSTANCE && !Ops.isCallable(fin)) {
                throw Err.typeError("callable finalizer expected, got " + fin.type().name);
            }
            if (first != null && first != PyNone.INSTANCE && !Ops.isCallable(first)) {
                throw Err.typeError("callable firstiter expected, got " + first.type().name);
            }
            if (fin != null) finalizer = fin;
            if (first != null) firstiter = first;
            return PyNone.INSTANCE;
        });
        get.module = PyStr.of("sys");
        set.module = PyStr.of("sys");
        sys.putStr("get_asyncgen_hooks", get);
        sys.putStr("set_asyncgen_hooks", set);
    }
}
