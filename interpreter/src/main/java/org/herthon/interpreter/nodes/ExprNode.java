package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyObject;

/** An executable expression. */
public abstract class ExprNode {
    public abstract PyObject eval(Frame f);
}
