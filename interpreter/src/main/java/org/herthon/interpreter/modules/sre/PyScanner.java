package org.herthon.interpreter.modules.sre;

import org.herthon.interpreter.runtime.*;

/** _sre.SRE_Scanner: successive matches over one subject (behind Pattern.finditer and Pattern.scanner). */
final class PyScanner extends PyObject {
    static final PyType TYPE = SreTypes.type("SRE_Scanner", "_sre");

    final PyPattern pattern;
    private final PyObject string;
    private final SreState state;
    private boolean done;
    private boolean executing;

    PyScanner(PyPattern pattern, PyObject string, long pos, long endpos) {
        this.pattern = pattern;
        this.string = string;
        this.state = pattern.state(string, pos, endpos);
    }

    @Override public PyType type() { return TYPE; }

    PyObject next(boolean search) {
        if (executing) throw Err.valueError("regular expression scanner already executing");
        executing = true;
        try {
            if (done) return PyNone.INSTANCE;
            SreState st = state;
            st.reset();
            st.ptr = st.start;
            boolean ok = PyPattern.run(st, search);
            PyObject m = pattern.newMatch(st, string, ok);
            if (!ok) {
                done = true;
            } else {
                st.mustAdvance = st.ptr == st.start;
                st.start = st.ptr;
            }
            return m;
        } finally {
            executing = false;
        }
    }

    static void fill(PyType t) {
        SreTypes.method(t, "match", (self, p) -> ((PyScanner) self).next(false), new String[0], 0);
        SreTypes.method(t, "search", (self, p) -> ((PyScanner) self).next(true), new String[0], 0);
        PyGetSet.add(t, "pattern", self -> ((PyScanner) self).pattern);
        SreTypes.standard(t);
        t.dict.delStr("__repr__");
        t.dict.putStr("__doc__", PyNone.INSTANCE);
    }
}
