package org.herthon.interpreter.runtime;

/** The builtins aiter() and anext(), and the awaitable anext() returns when given a default. */
public final class AsyncBuiltins {
    private AsyncBuiltins() {}

    public static final PyType ANEXT_AWAITABLE = PyType.builtin("anext_awaitable", PyType.OBJECT);
    static {
        ANEXT_AWAITABLE.baseAllowed = false;
        ANEXT_AWAITABLE.lazyInit = () -> PyAwaitable.methods(ANEXT_AWAITABLE);
    }

    public static PyObject aiter(PyObject o) {
        PyType t = o.type();
        PyObject m = t.lookup("__aiter__");
        if (m == null) throw Err.typeError("'" + t.name + "' object is not an async iterable");
        PyObject it = Ops.callDunder(m, o);
        if (it.type().lookup("__anext__") == null) throw Err.typeError("aiter() returned not an async iterator of type '" + it.type().name + "'");
        return it;
    }

    public static PyObject anext(PyObject[] a) {
        if (a.length < 1 || a.length > 2) {
            throw Err.typeError(a.length < 1 ? "anext expected at least 1 argument, got 0" : "anext expected at most 2 arguments, got " + a.length);
        }
        PyType t = a[0].type();
        PyObject m = t.lookup("__anext__");
        if (m == null) throw Err.typeError("'" + t.name + "' object is not an async iterator");
        PyObject aw = Ops.callDunder(m, a[0]);
        if (a.length == 1) return aw;
        return new AnextAwaitable(aw, a[1]);
    }

    static final class AnextAwaitable extends PyAwaitable {
        final PyObject wrapped, dflt;
        PyObject it;
        AnextAwaitable(PyObject w, PyObject d) { wrapped = w; dflt = d; }
        @Override public PyType type() { return ANEXT_AWAITABLE; }
        @Override public String pyRepr() { return "<anext_awaitable object at " + Ops.addressString(this) + ">"; }

        private PyObject iter() {
            if (it == null) it = org.herthon.interpreter.nodes.Async.awaitableIter(wrapped, null);
            return it;
        }

        private PyObject done(PyObject[] ret, PyObject v) {
            if (v == null) throw Err.stopIteration(ret[0] == null ? PyNone.INSTANCE : ret[0]);
            return v;
        }

        @Override public PyObject send(PyObject v) {
            PyObject[] ret = new PyObject[1];
            try {
                return done(ret, PyGenerator.sendInto(iter(), v, ret));
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration)) throw Err.stopIteration(dflt);
                throw e;
            }
        }

        @Override public PyObject throwExc(PyException t) {
            PyObject[] ret = new PyObject[1];
            try {
                return done(ret, PyGenerator.throwInto(iter(), t, ret));
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration)) throw Err.stopIteration(dflt);
                throw e;
            }
        }

        @Override public void close() {
            PyObject c = Ops.getAttrOrNull(iter(), "close");
            if (c != null) c.call0();
        }
    }
}
