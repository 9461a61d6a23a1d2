package org.herthon.interpreter.nodes;

/** Unwinds a generator frame's node tree at a yield (stackless, preallocated). */
public final class YieldSignal extends RuntimeException {
    public static final YieldSignal INSTANCE = new YieldSignal();
    private YieldSignal() { super(null, null, false, false); }
}
