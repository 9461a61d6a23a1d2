package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.PyObject;
import org.herthon.interpreter.runtime.PyType;

/** Markers returned by statements for break and continue (never visible to Herthon code). */
public final class Signal extends PyObject {
    public static final Signal BREAK = new Signal(), CONTINUE = new Signal();
    /** A generator suspended at a statement-level yield (the value is in Frame.yielded). */
    public static final Signal YIELD = new Signal();
    private Signal() {}
    @Override public PyType type() { return PyType.OBJECT; }
}
