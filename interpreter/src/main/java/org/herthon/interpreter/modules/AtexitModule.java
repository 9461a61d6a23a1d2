package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.TracebackPrinter;
import org.herthon.interpreter.runtime.*;

/**
 * {@code atexit}: functions run when the program ends (after the main module, also after an
 * uncaught exception or sys.exit), last registered first. An exception in one is reported as
 * "Exception ignored in atexit callback" and the others still run, as in CPython.
 */
public final class AtexitModule implements JavaModule {
    @Override public String name() { return "atexit"; }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("atexit");
        List<PyObject[]> callbacks = new ArrayList<>(); // {func, args tuple, kwargs dict}
        Runnable runAll = () -> {
            while (!callbacks.isEmpty()) {
                PyObject[] cb = callbacks.remove(callbacks.size() - 1);
                try {
                    PyObject[] args = ((PyTuple) cb[1]).items;
                    Interpreter.callWithKw(cb[0], args, (PyDict) cb[2]);
                } catch (PyException e) {
                    if (e.exc.type().isSubtypeOf(PyExc.SystemExit)) continue;
                    in.stdout.flush();
                    in.writeErr("Exception ignored in atexit callback: " + Ops.repr(cb[0]) + "\n");
                    TracebackPrinter.print(in, e.exc);
                }
            }
        };
        in.atExit.add(runAll);
        put(m, PyBuiltinFunction.of("register", (a, k) -> {
            int npos = Args.npos(a, k);
            if (npos < 1) throw Err.typeError("register() takes at least 1 argument (0 given)");
            PyObject func = a[0];
            if (!Ops.isCallable(func)) throw Err.typeError("the first argument must be callable");
            PyObject[] pos = java.util.Arrays.copyOfRange(a, 1, npos);
            PyDict kw = new PyDict();
            if (k != null) for (int i = 0; i < k.length; i++) kw.putStr(k[i], a[npos + i]);
            callbacks.add(new PyObject[]{func, PyTuple.of(pos), kw});
            return func;
        }));
        put(m, PyBuiltinFunction.of1("unregister", func -> {
            callbacks.removeIf(cb -> cb[0] == func || Ops.eqBool(cb[0], func));
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("_run_exitfuncs", () -> {
            runAll.run();
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("_clear", () -> {
            callbacks.clear();
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("_ncallbacks", () -> PyInt.of(callbacks.size())));
        return m;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of(m.name());
        m.dict.putStr(f.name, f);
    }
}
