package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.modules.os.PosixModule;
import org.herthon.interpreter.runtime.*;

/** _io.open (builtins.open): mode checks, then FileIO, a buffered layer and a TextIOWrapper as CPython stacks them. */
final class OpenFunction {
    private OpenFunction() {}

    static PyObject open(IoState st, PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("open", a, k, new String[]{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 8);
        PyObject file = p[0];
        if (!Arith.isInt(file) || file instanceof PyBool && false) {
            if (!Arith.isInt(file)) file = PosixModule.fspath(file);
        }
        String mode = p[1] == null ? "r" : Args.str(p[1], "open() argument 'mode'");
        long buffering = -1;
        if (p[2] != null) {
            if (p[2] instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
            buffering = Ops.index(p[2]);
        }
        String encoding = Io.str(p[3], "open", "encoding");
        String errors = Io.str(p[4], "open", "errors");
        String newline = Io.str(p[5], "open", "newline");
        boolean closefd = p[6] == null || Ops.isTrue(p[6]);
        PyObject opener = p[7];

        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            boolean dup = mode.indexOf(c) != i;
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: dup = true;
            }
            if (dup) throw Err.valueError("invalid mode: '" + mode + "'");
        }
        String rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        if (text && binary) throw Err.valueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw Err.valueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw Err.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding != null) throw Err.valueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Err.valueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw Err.valueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1) {
            warn(st, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
        }
        FileIO raw = (FileIO) st.fileIO.call(new PyObject[]{file, PyStr.of(rawmode), PyBool.of(closefd), opener == null ? PyNone.INSTANCE : opener}, null);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && raw.isatty()) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = Io.DEFAULT_BUFFER_SIZE;
            if (buffering == 0) {
                if (binary) return raw;
                throw Err.valueError("can't have unbuffered text I/O");
            }
            PyType bt = updating ? st.bufferedRandom : creating || writing || appending ? st.bufferedWriter : st.bufferedReader;
            PyObject buffer = bt.call(new PyObject[]{raw, PyInt.of(buffering)}, null);
            if (binary) return buffer;
            TextIO t = (TextIO) st.textIOWrapper.call(new PyObject[]{buffer, encoding == null ? PyNone.INSTANCE : PyStr.of(encoding),
                    errors == null ? PyNone.INSTANCE : PyStr.of(errors), newline == null ? PyNone.INSTANCE : PyStr.of(newline),
                    PyBool.of(lineBuffering)}, null);
            t.dict.putStr("mode", PyStr.of(mode));
            return t;
        } catch (PyException e) {
            try {
                raw.close();
            } catch (PyException e2) {
                // the first error is the one reported
            }
            throw e;
        }
    }

    private static void warn(IoState st, String msg) {
        PyObject warnings = st.in.importModule("warnings", null, null, 0);
        Ops.getAttr(warnings, "warn").call(new PyObject[]{PyStr.of(msg), PyExc.RuntimeWarning, PyInt.of(2)}, null);
    }
}
