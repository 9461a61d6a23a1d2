package org.herthon.interpreter.runtime;

/**
 * A coroutine object (the result of calling an {@code async def} function without yield). It
 * runs on the generator machinery: {@code await} delegates like {@code yield from}, so the
 * frame fires function entry on each resume and return on each suspension, as a generator's.
 */
public final class PyCoroutine extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("coroutine", PyType.OBJECT);
    public static final PyType WRAPPER = PyType.builtin("coroutine_wrapper", PyType.OBJECT);
    static {
        TYPE.baseAllowed = false;
        WRAPPER.baseAllowed = false;
        TYPE.lazyInit = PyCoroutine::methods;
        WRAPPER.lazyInit = PyCoroutine::wrapperMethods;
    }

    public PyCoroutine(Frame f, PyFunction fn) { super(f, fn); }

    @Override String kind() { return "coroutine"; }
    @Override public PyType type() { return TYPE; }
    @Override public String pyRepr() { return "<coroutine object " + qualname + " at " + Ops.addressString(this) + ">"; }
    @Override public boolean isIterable() { return false; }
    @Override public boolean isIterator() { return false; }
    @Override public PyObject pyIter() { throw Err.typeError("'coroutine' object is not iterable"); }
    @Override public PyObject pyNext() { throw Err.typeError("'coroutine' object is not an iterator"); }

    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "cr_frame": return finished ? PyNone.INSTANCE : frame;
            case "cr_running": return PyBool.of(running);
            case "cr_code": return code;
            case "cr_await": return yf == null ? PyNone.INSTANCE : yf;
            case "cr_origin": return PyNone.INSTANCE;
            case "cr_suspended": return PyBool.of(started && !finished && !running);
            case "gi_frame": case "gi_running": case "gi_code": case "gi_yieldfrom": case "gi_suspended":
                throw Err.attributeError("'coroutine' object has no attribute '" + n + "'");
            default: return super.pyGetAttr(n);
        }
    }

    private static void methods() {
        PyType t = TYPE;
        Slots.slots(t, "__repr__");
        Slots.def2(t, "send", (self, v) -> ((PyGenerator) self).send(v));
        Slots.def(t, "throw", (a, k) -> ((PyGenerator) a[0]).throwExc(PyGenerator.throwArgs("throw", a)));
        Slots.def1(t, "close", self -> { ((PyGenerator) self).close(); return PyNone.INSTANCE; });
        Slots.def1(t, "__await__", self -> new Wrapper((PyCoroutine) self));
    }

    /** What a coroutine's {@code __await__()} returns: an iterator that drives the coroutine. */
    static final class Wrapper extends PyAwaitable {
        final PyCoroutine coro;
        Wrapper(PyCoroutine c) { coro = c; }
        @Override public PyType type() { return WRAPPER; }
        @Override public String pyRepr() { return "<coroutine_wrapper object at " + Ops.addressString(this) + ">"; }
        @Override public PyObject send(PyObject v) { return coro.send(v); }
        @Override public PyObject throwExc(PyException e) { return coro.throwExc(e); }
        @Override public void close() { coro.close(); }
    }

    private static void wrapperMethods() { PyAwaitable.methods(WRAPPER); }
}
