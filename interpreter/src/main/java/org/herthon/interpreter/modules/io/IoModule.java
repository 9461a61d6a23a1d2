package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/** {@code _io}: the types io.py re-exports; one {@link IoState} per interpreter (made at start-up for sys.stdout). */
public final class IoModule implements JavaModule {
    @Override public String name() { return "_io"; }

    @Override public PyModule create(Interpreter in) {
        IoState st = in.io;
        PyModule m = new PyModule("_io");
        PyDict d = m.dict;
        d.putStr("DEFAULT_BUFFER_SIZE", PyInt.of(Io.DEFAULT_BUFFER_SIZE));
        d.putStr("UnsupportedOperation", st.unsupported);
        d.putStr("BlockingIOError", PyExc.BlockingIOError);
        d.putStr("open", st.open);
        for (PyType t : new PyType[]{st.ioBase, st.rawIOBase, st.bufferedIOBase, st.textIOBase, st.fileIO, st.bytesIO, st.stringIO,
                st.bufferedReader, st.bufferedWriter, st.bufferedRandom, st.bufferedRWPair, st.textIOWrapper, st.newlineDecoder}) {
            d.putStr(t.name, t);
        }
        PyBuiltinFunction openCode = PyBuiltinFunction.of("open_code", (a, k) -> {
            PyObject[] p = Args.bind("open_code", a, k, new String[]{"path"}, 1, 1);
            if (!(p[0] instanceof PyStr)) throw Err.typeError("open_code() argument 'path' must be str, not " + TypeNames.tpName(p[0].type()));
            return st.open.call(new PyObject[]{p[0], PyStr.of("rb")}, null);
        });
        openCode.module = PyStr.of("_io");
        d.putStr("open_code", openCode);
        PyBuiltinFunction textEncoding = PyBuiltinFunction.of("text_encoding", (a, k) -> {
            PyObject[] p = Args.bind("text_encoding", a, k, new String[]{"encoding", "stacklevel"}, 1, 2);
            if (p[0] != PyNone.INSTANCE) return p[0];
            return PyStr.of(TextIO.utf8Mode() ? "utf-8" : "locale");
        });
        textEncoding.module = PyStr.of("_io");
        d.putStr("text_encoding", textEncoding);
        return m;
    }
}
