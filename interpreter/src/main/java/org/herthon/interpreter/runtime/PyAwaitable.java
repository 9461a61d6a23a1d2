package org.herthon.interpreter.runtime;

/**
 * The iterators an {@code await} drives that are written in Java: a coroutine's
 * {@code __await__()}, an async generator's {@code asend()/athrow()/aclose()/__anext__()},
 * and {@code anext()} with a default. send/throw finish by raising StopIteration(value).
 */
public abstract class PyAwaitable extends PyObject {
    public abstract PyObject send(PyObject v);
    public abstract PyObject throwExc(PyException e);
    public abstract void close();

    @Override public boolean isIterable() { return true; }
    @Override public boolean isIterator() { return true; }
    @Override public PyObject pyIter() { return this; }
    @Override public PyObject pyNext() {
        try {
            return send(PyNone.INSTANCE);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return null;
            throw e;
        }
    }

    static void methods(PyType t) {
        Slots.def1(t, "__iter__", self -> self);
        Slots.def1(t, "__await__", self -> self);
        Slots.def1(t, "__next__", self -> ((PyAwaitable) self).send(PyNone.INSTANCE));
        Slots.def2(t, "send", (self, v) -> ((PyAwaitable) self).send(v));
        Slots.def(t, "throw", (a, k) -> ((PyAwaitable) a[0]).throwExc(PyGenerator.throwArgs("throw", a)));
        Slots.def1(t, "close", self -> { ((PyAwaitable) self).close(); return PyNone.INSTANCE; });
    }
}
