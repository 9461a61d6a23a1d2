package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's _bisect: bisect_left/right and insort_left/right with lo, hi and key. */
public final class BisectModule implements JavaModule {
    @Override public String name() { return "_bisect"; }

    private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

    private static long search(String fname, PyObject[] p, boolean right) {
        PyObject a = p[0], x = p[1];
        long lo = p[2] == null ? 0 : ModuleSupport.ssize(p[2]);
        if (lo < 0) throw Err.valueError("lo must be non-negative");
        long hi = p[3] == null || p[3] == PyNone.INSTANCE ? Ops.lenLong(a) : ModuleSupport.ssize(p[3]);
        PyObject key = p[4] == null || p[4] == PyNone.INSTANCE ? null : p[4];
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Ops.getItem(a, PyInt.of(mid));
            if (key != null) item = key.call1(item);
            boolean goRight = right ? !Ops.isTrue(Ops.richCompare(x, item, Ops.LT)) : Ops.isTrue(Ops.richCompare(item, x, Ops.LT));
            if (goRight) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static PyObject[] bind(String fname, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        for (int i = 0; i < nkw; i++) {
            if (k[i].equals("key")) return Args.bind(fname, a, k, PARAMS, 2, 4);
        }
        return Args.bind(fname, a, k, PARAMS, 2, 4);
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_bisect");
        m.dict.putStr("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\n"
                + "having to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an "
                + "improvement over the more common\napproach.\n"));
        for (boolean right : new boolean[]{true, false}) {
            String b = right ? "bisect_right" : "bisect_left";
            String ins = right ? "insort_right" : "insort_left";
            def(m, b, (a, k) -> PyInt.of(search(b, bind(b, a, k), right)));
            def(m, ins, (a, k) -> {
                PyObject[] p = bind(ins, a, k);
                PyObject x = p[1];
                PyObject[] q = p.clone();
                if (q[4] != null && q[4] != PyNone.INSTANCE) q[1] = q[4].call1(x);
                long idx = search(ins, q, right);
                if (p[0] instanceof PyList && p[0].type() == PyType.LIST) ((PyList) p[0]).insert(idx, x);
                else Ops.getAttr(p[0], "insert").call2(PyInt.of(idx), x);
                return PyNone.INSTANCE;
            });
        }
        return m;
    }
}
