package org.herthon.interpreter.modules;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _functools}: reduce and cmp_to_key (with its functools.KeyWrapper type). partial and
 * _lru_cache_wrapper are not here yet: functools.py then keeps its own Python versions, as it
 * does on any implementation without them.
 */
public final class FunctoolsModule implements JavaModule {
    @Override public String name() { return "_functools"; }

    /** A functools.KeyWrapper: the comparison function and the wrapped object (None for the factory). */
    static final class KeyWrapper extends PyObject {
        final PyType cls;
        final PyObject cmp, obj;

        KeyWrapper(PyType cls, PyObject cmp, PyObject obj) {
            this.cls = cls;
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override public PyType type() { return cls; }

        @Override public PyObject pyRichCompare(PyObject o, int op) { return compare(this, o, op); }
        @Override public long pyHash() { throw Err.typeError("unhashable type: 'functools.KeyWrapper'"); }
    }

    /** K's comparisons: cmp(self.obj, other.obj) compared with 0; the other side must be a K too. */
    static PyObject compare(KeyWrapper self, PyObject o, int op) {
        if (o.type() != self.type()) throw Err.typeError("other argument must be K instance");
        KeyWrapper other = (KeyWrapper) o;
        if (self.obj == null || other.obj == null) throw Err.attributeError("object");
        PyObject res = self.cmp.call(new PyObject[]{self.obj, other.obj}, null);
        return Ops.richCompare(res, PyInt.ZERO, op);
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_functools");
        m.dict.putStr("__doc__", PyStr.of("Tools that operate on functions."));
        PyType kt = Types.builtinType("KeyWrapper", "functools", PyType.OBJECT, null, (a, k) -> {
            throw Err.typeError("cannot create 'functools.KeyWrapper' instances");
        });
        kt.baseAllowed = false;
        kt.dict.putStr("__doc__", PyNone.INSTANCE);
        kt.dict.putStr("__hash__", PyNone.INSTANCE);
        Types.def(kt, "__call__", (a, k) -> {
            KeyWrapper self = (KeyWrapper) a[0];
            PyObject[] p = Args.bind("K", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"obj"}, 1, 1);
            return new KeyWrapper(self.cls, self.cmp, p[0]);
        });
        kt.dict.putStr("obj", new PyMemberDescr(kt, "obj", self -> {
            PyObject o = ((KeyWrapper) self).obj;
            if (o == null) throw Err.attributeError("obj");
            return o;
        }, null));
        String[] ops = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < ops.length; i++) {
            int op = i;
            Types.def(kt, ops[i], (a, k) -> {
                if (a.length != 2) throw Err.typeError("expected 1 argument, got " + (a.length - 1));
                return compare((KeyWrapper) a[0], a[1], op);
            });
        }

        fn(m, PyBuiltinFunction.of("cmp_to_key", (a, k) -> {
            PyObject[] p = Args.bind("cmp_to_key", a, k, new String[]{"mycmp"}, 1, 1);
            return new KeyWrapper(kt, p[0], null);
        }), "Convert a cmp= function into a key= function.");
        fn(m, PyBuiltinFunction.of("reduce", (a, k) -> {
            if (k != null && k.length > 0) throw Err.typeError("reduce() takes no keyword arguments");
            if (a.length < 2) throw Err.typeError("reduce expected at least 2 arguments, got " + a.length);
            if (a.length > 3) throw Err.typeError("reduce expected at most 3 arguments, got " + a.length);
            PyObject func = a[0];
            PyObject it;
            try {
                it = Ops.iter(a[1]);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) throw Err.typeError("reduce() arg 2 must support iteration");
                throw e;
            }
            PyObject acc = a.length == 3 ? a[2] : null;
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                acc = acc == null ? x : func.call(new PyObject[]{acc, x}, null);
            }
            if (acc == null) throw Err.typeError("reduce() of empty iterable with no initial value");
            return acc;
        }), "reduce(function, iterable[, initial]) -> value\n\n"
                + "Folds the items of the iterable from the left with the two-argument function;\n"
                + "initial, when given, comes first and is the result for an empty iterable.");
        return m;
    }

    private static void fn(PyModule m, PyBuiltinFunction f, String doc) {
        f.module = PyStr.of("_functools");
        f.doc = PyStr.of(doc);
        m.dict.putStr(f.name, f);
    }
}
