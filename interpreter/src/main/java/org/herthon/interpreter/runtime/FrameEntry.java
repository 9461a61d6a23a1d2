package org.herthon.interpreter.runtime;

import org.herthon.interpreter.nodes.StmtNode;

/**
 * The way into the JVM frame named after one code object (see
 * {@code org.herthon.interpreter.jvmframes}): each compilation's generated entry class extends
 * this and calls, for {@link #function}, the static method named after that function. A code
 * object keeps its own instance, so the call is one virtual call and a switch (inlined by the
 * JIT where one compilation's code runs hot).
 */
public abstract class FrameEntry {
    /** The number of the code object's method in its compilation's generated classes. */
    protected final int function;

    protected FrameEntry(int function) {
        this.function = function;
    }

    /** Runs {@code body.exec(frame)} inside the JVM method named after the code object. */
    public abstract PyObject enter(StmtNode body, Frame frame);
}
