package org.herthon.interpreter.runtime;

/** Instances of BaseException and all its subclasses. */
public class PyBaseException extends PyObject {
    private final PyType cls;
    public PyTuple args = PyTuple.EMPTY;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    private PyDict dict;

    public PyBaseException(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }
    @Override public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** BaseException.__init__ plus the attribute set-up of the builtin subclasses. */
    public void init(PyObject[] a) {
        args = PyTuple.of(a.clone());
        PyType t = cls;
        PyDict d = getDict();
        if (t.isSubtypeOf(PyExc.StopIteration)) {
            d.putStr("value", a.length > 0 ? a[0] : PyNone.INSTANCE);
        } else if (t.isSubtypeOf(PyExc.SystemExit)) {
            d.putStr("code", a.length == 0 ? PyNone.INSTANCE : a.length == 1 ? a[0] : args);
        } else if (t.isSubtypeOf(PyExc.OSError)) {
            PyObject errno = PyNone.INSTANCE, strerror = PyNone.INSTANCE, filename = PyNone.INSTANCE;
            if (a.length >= 2 && a.length <= 5) {
                errno = a[0];
                strerror = a[1];
                if (a.length >= 3) filename = a[2];
            }
            d.putStr("errno", errno);
            d.putStr("strerror", strerror);
            d.putStr("filename", filename);
            d.putStr("filename2", a.length >= 5 ? a[4] : PyNone.INSTANCE);
            if (a.length >= 3 && a.length <= 5) args = new PyTuple(a[0], a[1]);
        } else if (t.isSubtypeOf(PyExc.ImportError)) {
            d.putStr("msg", a.length == 1 ? a[0] : PyNone.INSTANCE);
            if (d.getStr("name") == null) d.putStr("name", PyNone.INSTANCE);
            if (d.getStr("path") == null) d.putStr("path", PyNone.INSTANCE);
        } else if (t.isSubtypeOf(PyExc.BaseExceptionGroup)) {
            initGroup(t, a, d);
        } else if (t.isSubtypeOf(PyExc.SyntaxError)) {
            d.putStr("msg", a.length >= 1 ? a[0] : PyNone.INSTANCE);
            PyObject fn = PyNone.INSTANCE, ln = PyNone.INSTANCE, off = PyNone.INSTANCE, text = PyNone.INSTANCE,
                    eln = PyNone.INSTANCE, eoff = PyNone.INSTANCE;
            if (a.length == 2) {
                PyObject[] info = Ops.toArray(a[1]);
                if (info.length >= 4) { fn = info[0]; ln = info[1]; off = info[2]; text = info[3]; }
                if (info.length >= 6) { eln = info[4]; eoff = info[5]; }
            }
            d.putStr("filename", fn); d.putStr("lineno", ln); d.putStr("offset", off); d.putStr("text", text);
            d.putStr("end_lineno", eln); d.putStr("end_offset", eoff);
            d.putStr("print_file_and_line", PyNone.INSTANCE);
        } else if ((t.isSubtypeOf(PyExc.UnicodeDecodeError) || t.isSubtypeOf(PyExc.UnicodeEncodeError)) && a.length == 5) {
            d.putStr("encoding", a[0]);
            d.putStr("object", a[1]);
            d.putStr("start", a[2]);
            d.putStr("end", a[3]);
            d.putStr("reason", a[4]);
        } else if (t.isSubtypeOf(PyExc.UnicodeTranslateError) && a.length == 4) {
            d.putStr("encoding", PyNone.INSTANCE);
            d.putStr("object", a[0]);
            d.putStr("start", a[1]);
            d.putStr("end", a[2]);
            d.putStr("reason", a[3]);
        } else if (t.isSubtypeOf(PyExc.AttributeError) || t.isSubtypeOf(PyExc.NameError)) {
            if (d.getStr("name") == null) d.putStr("name", PyNone.INSTANCE);
            if (t.isSubtypeOf(PyExc.AttributeError) && d.getStr("obj") == null) d.putStr("obj", PyNone.INSTANCE);
        }
    }

    private static void initGroup(PyType t, PyObject[] a, PyDict d) {
        String name = t.name;
        if (a.length != 2) throw Err.typeError(name + " expected 2 arguments, got " + a.length);
        if (!(a[0] instanceof PyStr)) throw Err.typeError("argument 1 must be str, not " + a[0].type().name);
        if (!(a[1] instanceof PyList || a[1] instanceof PyTuple)) throw Err.typeError("second argument (exceptions) must be a sequence");
        PyObject[] excs = Ops.toArray(a[1]);
        if (excs.length == 0) throw Err.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean nested = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) throw Err.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            if (!excs[i].type().isSubtypeOf(PyExc.Exception)) nested = true;
        }
        if (nested && t.isSubtypeOf(PyExc.Exception)) throw Err.typeError("Cannot nest BaseExceptions in an " + name);
        d.putStr("message", a[0]);
        d.putStr("exceptions", PyTuple.of(excs));
    }

    public PyObject attr(String name) {
        return dict == null ? null : dict.getStr(name);
    }

    @Override public String pyStr() {
        PyType t = cls;
        PyObject[] a = args.items;
        if (t.isSubtypeOf(PyExc.KeyError) && a.length == 1) return Ops.repr(a[0]);
        if ((t.isSubtypeOf(PyExc.UnicodeDecodeError) || t.isSubtypeOf(PyExc.UnicodeEncodeError)) && attr("reason") != null) {
            PyObject obj = attr("object");
            long start = Ops.index(attr("start")), end = Ops.index(attr("end"));
            String enc = Ops.str(attr("encoding")), reason = Ops.str(attr("reason"));
            if (t.isSubtypeOf(PyExc.UnicodeDecodeError)) {
                byte[] b = BytesMethods.bufferOrNull(obj);
                if (b != null && end == start + 1 && start >= 0 && start < b.length) {
                    return "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b[(int) start] & 0xff) + " in position " + start + ": " + reason;
                }
                return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
            }
            if (obj instanceof PyStr && end == start + 1) {
                int[] cps = ((PyStr) obj).value.codePoints().toArray();
                if (start >= 0 && start < cps.length) {
                    int c = cps[(int) start];
                    String e = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                    return "'" + enc + "' codec can't encode character '" + e + "' in position " + start + ": " + reason;
                }
            }
            return "'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (t.isSubtypeOf(PyExc.OSError)) {
            PyObject errno = attr("errno"), strerror = attr("strerror"), filename = attr("filename");
            if (filename != null && filename != PyNone.INSTANCE) {
                PyObject filename2 = attr("filename2");
                String tail = filename2 != null && filename2 != PyNone.INSTANCE ? " -> " + Ops.repr(filename2) : "";
                return "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror) + ": " + Ops.repr(filename) + tail;
            }
            if (errno != null && errno != PyNone.INSTANCE && strerror != null && strerror != PyNone.INSTANCE) {
                return "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
            }
        }
        if (t.isSubtypeOf(PyExc.BaseExceptionGroup) && attr("exceptions") instanceof PyTuple) {
            int n = ((PyTuple) attr("exceptions")).items.length;
            return Ops.str(attr("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (t.isSubtypeOf(PyExc.SyntaxError)) {
            PyObject msg = attr("msg");
            PyObject fn = attr("filename"), ln = attr("lineno");
            String m = msg == null || msg == PyNone.INSTANCE ? (a.length > 0 ? Ops.str(a[0]) : "") : Ops.str(msg);
            boolean haveFn = fn instanceof PyStr, haveLn = ln instanceof PyInt;
            if (haveFn && haveLn) {
                String f = ((PyStr) fn).value;
                int slash = f.lastIndexOf('/');
                return m + " (" + f.substring(slash + 1) + ", line " + Ops.str(ln) + ")";
            }
            if (haveFn) return m + " (" + ((PyStr) fn).value + ")";
            if (haveLn) return m + " (line " + Ops.str(ln) + ")";
            return m;
        }
        if (t.isSubtypeOf(PyExc.ImportError)) {
            PyObject msg = attr("msg");
            if (msg != null && msg != PyNone.INSTANCE) return Ops.str(msg);
        }
        if (a.length == 0) return "";
        if (a.length == 1) return Ops.str(a[0]);
        return Ops.str(args);
    }

    @Override public String pyRepr() {
        String n = cls.name;
        PyObject[] a = args.items;
        if (a.length == 1) return n + "(" + Ops.repr(a[0]) + ")";
        return n + args.pyRepr();
    }

    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "args": return args;
            case "__traceback__": return traceback == null ? PyNone.INSTANCE : traceback;
            case "__cause__": return cause == null ? PyNone.INSTANCE : cause;
            case "__context__": return context == null ? PyNone.INSTANCE : context;
            case "__suppress_context__": return PyBool.of(suppressContext);
            default: return super.pyGetAttr(name);
        }
    }

    @Override public void pySetAttr(String name, PyObject value) {
        switch (name) {
            case "args": args = PyTuple.of(Ops.toArray(value)); return;
            case "__traceback__":
                if (value == PyNone.INSTANCE) traceback = null;
                else if (value instanceof PyTraceback) traceback = (PyTraceback) value;
                else throw Err.typeError("__traceback__ must be a traceback or None");
                return;
            case "__cause__":
                if (value == PyNone.INSTANCE) cause = null;
                else if (value instanceof PyBaseException) cause = (PyBaseException) value;
                else throw Err.typeError("exception cause must be None or derive from BaseException");
                suppressContext = true;
                return;
            case "__context__":
                if (value == PyNone.INSTANCE) context = null;
                else if (value instanceof PyBaseException) context = (PyBaseException) value;
                else throw Err.typeError("exception context must be None or derive from BaseException");
                return;
            case "__suppress_context__": suppressContext = Ops.isTrue(value); return;
            default: super.pySetAttr(name, value);
        }
    }
}
