package org.herthon.interpreter.runtime;

/** One traceback entry (tb_frame, tb_lineno, tb_next). */
public final class PyTraceback extends PyObject {
    public final Frame frame;
    public final int lineno;
    public PyTraceback next;

    public PyTraceback(Frame frame, int lineno, PyTraceback next) {
        this.frame = frame; this.lineno = lineno; this.next = next;
    }
    @Override public PyType type() { return PyType.TRACEBACK; }
    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "tb_lineno": return PyInt.of(lineno);
            case "tb_next": return next == null ? PyNone.INSTANCE : next;
            case "tb_frame": return frame;
            // no bytecode offsets: -1 makes the traceback module use tb_lineno without column
            // ranges (what CPython prints under -X no_debug_ranges)
            case "tb_lasti": return PyInt.of(-1);
            default: return super.pyGetAttr(name);
        }
    }
}
