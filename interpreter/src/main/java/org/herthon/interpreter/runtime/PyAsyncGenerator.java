package org.herthon.interpreter.runtime;

/**
 * An asynchronous generator object ({@code async def} with {@code yield}). Its frame yields two
 * kinds of values: what an {@code await} passes up to the event loop (returned as is by the
 * awaitables below) and what a {@code yield} produces, wrapped in {@link Wrapped}, which ends the
 * current {@code __anext__()/asend()/athrow()} await with StopIteration(value).
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT);
    public static final PyType ASEND = PyType.builtin("async_generator_asend", PyType.OBJECT);
    public static final PyType ATHROW = PyType.builtin("async_generator_athrow", PyType.OBJECT);
    public static final PyType WRAPPED = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT);
    static {
        for (PyType t : new PyType[]{TYPE, ASEND, ATHROW, WRAPPED}) t.baseAllowed = false;
        TYPE.lazyInit = PyAsyncGenerator::methods;
        ASEND.lazyInit = () -> PyAwaitable.methods(ASEND);
        ATHROW.lazyInit = () -> PyAwaitable.methods(ATHROW);
    }

    /** ag_running_async: an asend/athrow awaitable is driving this generator. */
    boolean runningAsync;
    /** ag_closed */
    boolean closed;

    public PyAsyncGenerator(Frame f, PyFunction fn) { super(f, fn); }

    /** A value produced by {@code yield} in an async generator's frame. */
    public static final class Wrapped extends PyObject {
        final PyObject value;
        public Wrapped(PyObject v) { value = v; }
        @Override public PyType type() { return WRAPPED; }
    }

    @Override String kind() { return "async generator"; }
    @Override public PyType type() { return TYPE; }
    @Override public String pyRepr() { return "<async_generator object " + qualname + " at " + Ops.addressString(this) + ">"; }
    @Override public boolean isIterable() { return false; }
    @Override public boolean isIterator() { return false; }
    @Override public PyObject pyIter() { throw Err.typeError("'async_generator' object is not iterable"); }
    @Override public PyObject pyNext() { throw Err.typeError("'async_generator' object is not an iterator"); }

    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "ag_frame": return finished ? PyNone.INSTANCE : frame;
            case "ag_running": return PyBool.of(runningAsync);
            case "ag_code": return code;
            case "ag_await": return yf == null ? PyNone.INSTANCE : yf;
            case "ag_suspended": return PyBool.of(started && !finished && !running);
            case "gi_frame": case "gi_running": case "gi_code": case "gi_yieldfrom": case "gi_suspended":
                throw Err.attributeError("'async_generator' object has no attribute '" + n + "'");
            default: return super.pyGetAttr(n);
        }
    }

    private static void methods() {
        PyType t = TYPE;
        Slots.slots(t, "__repr__");
        Slots.def1(t, "__aiter__", self -> self);
        Slots.def1(t, "__anext__", self -> new ASend((PyAsyncGenerator) self, PyNone.INSTANCE));
        Slots.def2(t, "asend", (self, v) -> new ASend((PyAsyncGenerator) self, v));
        Slots.def(t, "athrow", (a, k) -> new AThrow((PyAsyncGenerator) a[0], PyGenerator.throwArgs("athrow", a)));
        Slots.def1(t, "aclose", self -> new AThrow((PyAsyncGenerator) self, null));
    }

    /** gen_send / gen_throw: runs the frame; a finished frame raises StopAsyncIteration. */
    private PyObject raw(PyObject sent, PyException thrown) {
        PyObject r = resume(sent, thrown);
        if (r == null) {
            returnValue = null;
            throw Err.make(PyExc.StopAsyncIteration);
        }
        return r;
    }

    /** async_gen_unwrap_value around raw(). */
    private PyObject step(PyObject sent, PyException thrown) {
        PyObject r;
        try {
            r = raw(sent, thrown);
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) closed = true;
            runningAsync = false;
            throw e;
        }
        if (r instanceof Wrapped) {
            runningAsync = false;
            throw Err.stopIteration(((Wrapped) r).value);
        }
        return r;
    }

    static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** What __anext__() and asend() return. */
    static final class ASend extends PyAwaitable {
        final PyAsyncGenerator gen;
        final PyObject sendval;
        int state = INIT;
        ASend(PyAsyncGenerator g, PyObject v) { gen = g; sendval = v; }
        @Override public PyType type() { return ASEND; }
        @Override public String pyRepr() { return "<async_generator_asend object at " + Ops.addressString(this) + ">"; }

        @Override public PyObject send(PyObject arg) {
            if (state == CLOSED) throw Err.runtimeError("cannot reuse already awaited __anext__()/asend()");
            if (state == INIT) {
                if (gen.runningAsync) throw Err.runtimeError("anext(): asynchronous generator is already running");
                if (arg == null || arg == PyNone.INSTANCE) arg = sendval;
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                return gen.step(arg, null);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override public PyObject throwExc(PyException e) {
            if (state == CLOSED) throw Err.runtimeError("cannot reuse already awaited __anext__()/asend()");
            try {
                return gen.step(PyNone.INSTANCE, e);
            } catch (PyException e2) {
                state = CLOSED;
                throw e2;
            }
        }

        @Override public void close() { state = CLOSED; }
    }

    /** What athrow() and aclose() (exc == null) return. */
    static final class AThrow extends PyAwaitable {
        final PyAsyncGenerator gen;
        final PyException exc;
        int state = INIT;
        AThrow(PyAsyncGenerator g, PyException e) { gen = g; exc = e; }
        @Override public PyType type() { return ATHROW; }
        @Override public String pyRepr() { return "<async_generator_athrow object at " + Ops.addressString(this) + ">"; }

        private PyException ignoredExit() {
            gen.runningAsync = false;
            state = CLOSED;
            return Err.runtimeError("async generator ignored GeneratorExit");
        }

        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = CLOSED;
            if (exc == null && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) return Err.make(PyExc.StopIteration);
            return e;
        }

        @Override public PyObject send(PyObject arg) {
            if (state == CLOSED) throw Err.runtimeError("cannot reuse already awaited aclose()/athrow()");
            if (gen.finished) {
                state = CLOSED;
                throw Err.make(PyExc.StopIteration);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Err.runtimeError(exc == null ? "aclose(): asynchronous generator is already running"
                            : "athrow(): asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw Err.make(PyExc.StopAsyncIteration);
                }
                if (arg != null && arg != PyNone.INSTANCE) throw Err.runtimeError("can't send non-None value to a just-started coroutine");
                state = ITER;
                gen.runningAsync = true;
                if (exc == null) {
                    gen.closed = true;
                    PyObject r;
                    try {
                        r = gen.raw(PyNone.INSTANCE, Err.make(PyExc.GeneratorExit));
                    } catch (PyException e) {
                        throw checkError(e);
                    }
                    if (r instanceof Wrapped) throw ignoredExit();
                    return r;
                }
                try {
                    return gen.step(PyNone.INSTANCE, exc);
                } catch (PyException e) {
                    throw checkError(e);
                }
            }
            if (exc != null) return gen.step(arg, null);
            PyObject r;
            try {
                r = gen.raw(arg, null);
            } catch (PyException e) {
                throw checkError(e);
            }
            if (r instanceof Wrapped) throw ignoredExit();
            return r;
        }

        @Override public PyObject throwExc(PyException e) {
            if (state == CLOSED) throw Err.runtimeError("cannot reuse already awaited aclose()/athrow()");
            if (exc != null) return gen.step(PyNone.INSTANCE, e);
            PyObject r;
            try {
                r = gen.raw(PyNone.INSTANCE, e);
            } catch (PyException e2) {
                if (e2.matches(PyExc.StopAsyncIteration) || e2.matches(PyExc.GeneratorExit)) throw Err.make(PyExc.StopIteration);
                throw e2;
            }
            if (r instanceof Wrapped) throw ignoredExit();
            return r;
        }

        @Override public void close() { state = CLOSED; }
    }
}
