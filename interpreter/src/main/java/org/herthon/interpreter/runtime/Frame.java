package org.herthon.interpreter.runtime;

import org.herthon.bridge.Probes;

/** One activation of a code object. */
public final class Frame extends PyObject {
    /** Fast locals, then cell variables (PyCell), then free variables (PyCell). */
    public final PyObject[] fast;
    public final PyCode code;
    public final PyDict globals;
    /** The locals mapping of module and class bodies (null in function frames). */
    public PyObject locals;
    public PyDict builtins;
    /** The line executing now (tracebacks, return probes). */
    public int lineno;
    /** The last line reported to line tracing in this frame; -1 forces the next report. */
    public int traceLast;
    public Frame back;
    private long probeId;
    /** Generator state slots (null outside generators). */
    public Object[] state;
    /** True while a resumed generator re-walks its nodes to the suspended yield. */
    public boolean resuming;
    /** Value sent into a resumed generator, or exception thrown into it. */
    public PyObject sent;
    public PyException thrown;
    /** The value being yielded. */
    public PyObject yielded;
    public PyGenerator generator;

    public Frame(PyCode code, PyDict globals, int nslots) {
        this.code = code;
        this.globals = globals;
        this.fast = nslots == 0 ? EMPTY : new PyObject[nslots];
        this.builtins = code.interp.builtinsDict;
    }

    public long probeId() {
        long id = probeId;
        if (id == 0) { id = Probes.newFrameId(); probeId = id; }
        return id;
    }

    @Override public PyType type() { return PyType.FRAME; }

    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "f_lineno": return PyInt.of(lineno);
            case "f_code": return code;
            case "f_globals": return globals;
            case "f_back": return back == null ? PyNone.INSTANCE : back;
            case "f_locals": return code.interp.localsOf(this);
            default: return super.pyGetAttr(name);
        }
    }
    @Override public String pyRepr() {
        return "<frame at " + Ops.addressString(this) + ", file '" + code.filename + "', line " + lineno + ", code " + code.name + ">";
    }
}
