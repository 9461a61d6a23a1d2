package org.herthon.interpreter.runtime;

import org.herthon.bridge.ProbeSite;

/**
 * Java-level observer of the probe events of one interpreter, called at exactly the points
 * where the probes fire (used by tests to compare with CPython's sys.settrace order).
 */
public interface TraceListener {
    void call(ProbeSite site, int lineno, long frameId);
    void ret(ProbeSite site, int lineno, long frameId);
    void line(ProbeSite site, int lineno);

    /**
     * False for a listener of calls and returns only: the interpreter may then skip work that
     * exists only to report lines (a generator's resumption at a yield from goes straight to
     * its delegate), as it does when nobody listens to the line probe.
     */
    default boolean wantsLines() {
        return true;
    }
}
