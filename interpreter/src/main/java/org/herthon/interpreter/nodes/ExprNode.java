package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyException;
import org.herthon.interpreter.runtime.PyObject;

/** An executable expression. */
public abstract class ExprNode {
    /**
     * Index of this node's operation in its code's positions (co_positions), or -1: nodes whose
     * operation can raise catch a passing PyException and record it there ({@link PyException#at}).
     */
    public int pc = -1;
    public abstract PyObject eval(Frame f);
}
