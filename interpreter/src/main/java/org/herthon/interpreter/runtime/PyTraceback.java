package org.herthon.interpreter.runtime;

/** One traceback entry (tb_frame, tb_lineno, tb_next). */
public final class PyTraceback extends PyObject {
    public final Frame frame;
    public final int lineno;
    /** Index of the raising operation's entry in the code's positions, or -1 (none known). */
    public final int pos;
    public PyTraceback next;

    public PyTraceback(Frame frame, int lineno, PyTraceback next) {
        this(frame, lineno, -1, next);
    }

    public PyTraceback(Frame frame, int lineno, int pos, PyTraceback next) {
        this.frame = frame; this.lineno = lineno; this.pos = pos; this.next = next;
    }
    @Override public PyType type() { return PyType.TRACEBACK; }
    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "tb_lineno": return PyInt.of(lineno);
            case "tb_next": return next == null ? PyNone.INSTANCE : next;
            case "tb_frame": return frame;
            // instruction n is position entry n of co_positions() (two bytes an instruction, as
            // CPython's); -1 where no position is known: the traceback module then uses tb_lineno alone
            case "tb_lasti": return PyInt.of(pos < 0 ? -1 : 2 * pos);
            default: return super.pyGetAttr(name);
        }
    }

    /** tb_next is writable, as in CPython (unittest cuts its own frames off tracebacks); the rest is read-only. */
    @Override public void pySetAttr(String name, PyObject value) {
        switch (name) {
            case "tb_next" -> {
                if (value == PyNone.INSTANCE) {
                    next = null;
                    return;
                }
                if (!(value instanceof PyTraceback t)) throw Err.typeError("expected traceback object, got '" + value.type().name + "'");
                for (PyTraceback c = t; c != null; c = c.next) {
                    if (c == this) throw Err.valueError("traceback loop detected");
                }
                next = t;
            }
            case "tb_frame", "tb_lineno", "tb_lasti" -> throw Err.attributeError("readonly attribute");
            default -> super.pySetAttr(name, value);
        }
    }

    @Override public void pyDelAttr(String name) {
        switch (name) {
            case "tb_next" -> throw Err.typeError("can't delete tb_next attribute");
            case "tb_frame", "tb_lineno", "tb_lasti" -> throw Err.attributeError("readonly attribute");
            default -> super.pyDelAttr(name);
        }
    }
}
