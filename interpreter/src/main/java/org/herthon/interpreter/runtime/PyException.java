package org.herthon.interpreter.runtime;

/** The Java throwable that carries a raised Herthon exception. Stackless, so cheap to throw. */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;
    /** The frame for which the latest traceback entry was added (avoids duplicate entries). */
    public Frame tbFrame;
    /** Whether __context__ has been attached already. */
    public boolean contextSet;
    /** The frame whose operation raised or passed on this exception first, and that operation's position index. */
    private Frame posFrame;
    private int posIndex = -1;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    public boolean matches(PyType t) { return exc.type().isSubtypeOf(t); }

    /** Adds a traceback entry for frame (once per raise and frame). */
    /** Adds frame f's traceback entry, once per frame the exception reaches: true if it was new. */
    public boolean addTraceback(Frame f) {
        if (tbFrame == f) return false;
        tbFrame = f;
        int pos = posFrame == f ? posIndex : -1;
        // the line is the raising operation's, as CPython's tb_lineno comes from the instruction's location
        int line = pos >= 0 && pos < f.code.npositions && f.code.positions[4 * pos] > 0 ? f.code.positions[4 * pos] : f.lineno;
        exc.traceback = new PyTraceback(f, line, pos, exc.traceback);
        return true;
    }

    /**
     * Records that the operation with position index pc of frame f raised this exception (or
     * passed it on from a call): the innermost operation of each frame wins. Called only from
     * the handlers of nodes, so it costs nothing until something is raised.
     */
    public PyException at(Frame f, int pc) {
        if (pc >= 0 && posFrame != f && tbFrame != f) {
            posFrame = f;
            posIndex = pc;
        }
        return this;
    }

    @Override public String getMessage() {
        try {
            return exc.type().name + ": " + exc.pyStr();
        } catch (RuntimeException e) {
            return exc.type().name;
        }
    }
}
