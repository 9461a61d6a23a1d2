package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyObject;

/**
 * An executable statement. {@link #exec} returns null when control falls through, the return
 * value for {@code return}, or one of the {@link Signal} markers for break/continue.
 */
public abstract class StmtNode {
    public int line;
    /** Line of the statement's first instruction (line event and traceback line when it starts). */
    public int first;
    /** Index of the statement's own raising operation in co_positions (raise, assert), or -1. */
    public int pc = -1;
    public abstract PyObject exec(Frame f);
}
