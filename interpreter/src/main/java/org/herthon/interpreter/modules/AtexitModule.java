package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.TracebackPrinter;
import org.herthon.interpreter.runtime.*;

/** atexit: functions to run when the main program ends, last registered first. */
public final class AtexitModule implements JavaModule {
    @Override public String name() { return "atexit"; }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("atexit");
        m.dict.putStr("__doc__", PyStr.of("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        List<PyObject[]> calls = new ArrayList<>();
        Runnable run = () -> {
            while (!calls.isEmpty()) {
                PyObject[] c = calls.remove(calls.size() - 1);
                try {
                    c[0].call((PyObject[]) ((PyTuple) c[1]).items, ((PyTuple) c[2]).items.length == 0 ? null
                            : java.util.Arrays.stream(((PyTuple) c[2]).items).map(Ops::str).toArray(String[]::new));
                } catch (PyException e) {
                    if (e.matches(PyExc.SystemExit)) continue;
                    in.writeErr("Exception ignored in atexit callback: " + Ops.repr(c[0]) + "\n");
                    TracebackPrinter.print(in, e.exc);
                }
            }
        };
        in.atExit.add(run);
        put(m, PyBuiltinFunction.of("register", (a, k) -> {
            if (a.length - (k == null ? 0 : k.length) < 1) throw Err.typeError("register() takes at least 1 argument (0 given)");
            if (!Ops.isCallable(a[0])) throw Err.typeError("the first argument must be callable");
            int nk = k == null ? 0 : k.length;
            PyObject[] all = java.util.Arrays.copyOfRange(a, 1, a.length);
            PyObject[] kwNames = new PyObject[nk];
            for (int i = 0; i < nk; i++) kwNames[i] = PyStr.of(k[i]);
            calls.add(new PyObject[]{a[0], new PyTuple(all), new PyTuple(kwNames)});
            return a[0];
        }));
        put(m, PyBuiltinFunction.of1("unregister", f -> {
            calls.removeIf(c -> Ops.eqBool(c[0], f));
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("_clear", () -> { calls.clear(); return PyNone.INSTANCE; }));
        put(m, PyBuiltinFunction.of0("_run_exitfuncs", () -> { run.run(); return PyNone.INSTANCE; }));
        put(m, PyBuiltinFunction.of0("_ncallbacks", () -> PyInt.of(calls.size())));
        return m;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of("atexit");
        m.dict.putStr(f.name, f);
    }
}
