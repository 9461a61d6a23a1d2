package org.herthon.interpreter.runtime;

/** The Java throwable that carries a raised Herthon exception. Stackless, so cheap to throw. */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;
    /** The frame for which the latest traceback entry was added (avoids duplicate entries). */
    public Frame tbFrame;
    /** Whether __context__ has been attached already. */
    public boolean contextSet;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    public boolean matches(PyType t) { return exc.type().isSubtypeOf(t); }

    /** Adds a traceback entry for frame (once per raise and frame). */
    public void addTraceback(Frame f) {
        if (tbFrame != f) {
            tbFrame = f;
            exc.traceback = new PyTraceback(f, f.lineno, exc.traceback);
        }
    }

    @Override public String getMessage() {
        try {
            return exc.type().name + ": " + exc.pyStr();
        } catch (RuntimeException e) {
            return exc.type().name;
        }
    }
}
