package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.runtime.*;

/**
 * An instance of one of _io's types (or of a Herthon subclass): its class, its __dict__ and the
 * flag _IOBase.close sets (CPython's __IOBase_closed). The concrete types extend it with their state.
 */
public class IoObject extends PyObject {
    final IoState st;
    final PyType cls;
    final PyDict dict = new PyDict();
    boolean ioClosed;

    IoObject(IoState st, PyType cls) {
        this.st = st;
        this.cls = cls;
    }

    @Override public final PyType type() { return cls; }
    @Override public final PyDict getDict() { return dict; }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() {
        Io.checkClosed(this);
        return this;
    }
    @Override public boolean isIterator() { return true; }

    /** _IOBase.__next__: self.readline(), None at the end (an empty line). */
    @Override public PyObject pyNext() {
        PyObject line = Io.call(this, "readline");
        return Ops.len(line) == 0 ? null : line;
    }
}
