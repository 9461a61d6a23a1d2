package org.herthon.interpreter.builtins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.signals.Signals;

/** Text (and minimal binary) file objects: open() results, sys.stdout/stderr/stdin. */
public final class PyFile extends PyObject {
    final Interpreter interp;
    final String name;
    final String mode;
    final boolean binary;
    boolean closed;
    // writing
    private OutputStream out;
    private final StringBuilder buf = new StringBuilder();
    private final boolean lineBuffered;
    private final boolean isStd;
    // reading
    private String text;
    private byte[] bytes;
    private int pos;
    private final boolean readable, writable;

    private PyFile(Interpreter in, String name, String mode, boolean binary, boolean readable, boolean writable, boolean std, boolean lineBuffered) {
        this.interp = in;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.isStd = std;
        this.lineBuffered = lineBuffered;
    }

    public static PyFile forStream(Interpreter in, PrintStream ps, String name, String mode) {
        boolean tty = System.console() != null && (ps == System.out || ps == System.err);
        PyFile f = new PyFile(in, name, mode, false, false, true, true, tty || name.equals("<stderr>"));
        f.out = ps;
        return f;
    }

    public static PyFile forInput(Interpreter in, String name) {
        PyFile f = new PyFile(in, name, "r", false, true, false, true, false);
        f.text = null;
        return f;
    }

    static PyObject open(Interpreter in, PyObject file, String mode, String encoding) {
        String m = mode;
        boolean binary = m.contains("b");
        boolean read = m.contains("r"), write = m.contains("w"), append = m.contains("a"), excl = m.contains("x"), plus = m.contains("+");
        int kinds = (read ? 1 : 0) + (write ? 1 : 0) + (append ? 1 : 0) + (excl ? 1 : 0);
        for (char c : m.toCharArray()) if ("rwaxbt+U".indexOf(c) < 0) throw Err.valueError("invalid mode: '" + mode + "'");
        if (kinds == 0 && !m.contains("U")) throw Err.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (kinds > 1) throw Err.valueError("must have exactly one of create/read/write/append mode");
        if (binary && m.contains("t")) throw Err.valueError("can't have text and binary mode at once");
        if (binary && encoding != null) throw Err.valueError("binary mode doesn't take an encoding argument");
        String fname;
        if (file instanceof PyStr) fname = ((PyStr) file).value;
        else if (file instanceof PyBytes) fname = new String(((PyBytes) file).data, StandardCharsets.UTF_8);
        else if (Arith.isInt(file)) throw Err.make(PyExc.OSError, "file descriptors are not supported");
        else throw Err.typeError("expected str, bytes or os.PathLike object, not " + file.type().name);
        String rawmode = (excl ? "x" : "") + (read ? "r" : "") + (write ? "w" : "") + (append ? "a" : "") + (plus ? "+" : "");
        int flags = read && !plus ? 0 : read ? 2 : 1;
        if (write) flags |= 0x40 | 0x200;
        if (append) flags |= 0x40 | 0x400;
        if (excl) flags |= 0x40 | 0x80;
        flags |= 0x80000;
        in.audit("open", file, PyStr.of(rawmode), PyInt.of(flags));
        Path p = in.cwd.resolve(fname);
        PyFile f = new PyFile(in, fname, mode, binary, read || plus, write || append || excl || plus, false, false);
        try {
            if (Files.isDirectory(p)) throw Err.osError(PyExc.IsADirectoryError, 21, "Is a directory", fname);
            if (read) {
                if (!Files.exists(p)) throw Err.osError(PyExc.FileNotFoundError, 2, "No such file or directory", fname);
                byte[] data = Files.readAllBytes(p);
                if (binary) f.bytes = data;
                else {
                    String s = new String(data, StandardCharsets.UTF_8);
                    if (s.startsWith("\uFEFF") && encoding != null && encoding.equalsIgnoreCase("utf-8-sig")) s = s.substring(1);
                    f.text = s.replace("\r\n", "\n").replace('\r', '\n');
                }
                if (plus) f.out = Files.newOutputStream(p, StandardOpenOption.WRITE);
            } else {
                Path parent = p.getParent();
                if (parent != null && !Files.isDirectory(parent)) throw Err.osError(PyExc.FileNotFoundError, 2, "No such file or directory", fname);
                if (excl && Files.exists(p)) throw Err.osError(PyExc.FileExistsError, 17, "File exists", fname);
                if (append) f.out = Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                else f.out = Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw Err.osError(PyExc.PermissionError, 13, "Permission denied", fname);
        } catch (IOException e) {
            throw Err.osError(PyExc.OSError, 5, "Input/output error", fname);
        }
        return f;
    }

    @Override public PyType type() { return PyType.TEXTIO; }
    @Override public String pyRepr() {
        if (binary) return "<_io.Buffered" + (readable ? "Reader" : "Writer") + " name=" + PyStr.repr(name) + ">";
        return "<_io.TextIOWrapper name=" + PyStr.repr(name) + " mode=" + PyStr.repr(mode) + " encoding='utf-8'>";
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { checkOpen(); return this; }
    @Override public boolean isIterator() { return true; }
    @Override public PyObject pyNext() {
        PyObject l = readline(-1);
        if (binary ? ((PyBytes) l).data.length == 0 : ((PyStr) l).value.isEmpty()) return null;
        return l;
    }

    private void checkOpen() { if (closed) throw Err.valueError("I/O operation on closed file."); }

    public int write(String s) {
        checkOpen();
        if (!writable) throw Err.make(PyExc.OSError, PyStr.of("not writable"));
        buf.append(s);
        if (buf.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0)) flush();
        return s.codePointCount(0, s.length());
    }

    public void flush() {
        if (buf.length() == 0 || out == null) return;
        byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
        buf.setLength(0);
        try {
            out.write(b);
            out.flush();
        } catch (IOException e) {
            throw Err.make(PyExc.OSError, PyStr.of(e.toString()));
        }
    }

    void writeBytes(byte[] b) {
        checkOpen();
        flush();
        try {
            out.write(b);
        } catch (IOException e) {
            throw Err.make(PyExc.OSError, PyStr.of(e.toString()));
        }
    }

    public void close() {
        if (closed) return;
        flush();
        if (!isStd && out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // ignore
            }
        }
        closed = true;
    }

    private java.util.concurrent.FutureTask<String> stdinRead;

    private void loadStdin() {
        if (text == null) {
            // a blocking read: signals' handlers (Ctrl-C) run while it waits
            if (stdinRead == null) stdinRead = Signals.task(() -> {
                try {
                    return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            text = interp.signals.blockingCall(stdinRead, interp.frame);
        }
    }

    PyObject read(long n) {
        checkOpen();
        if (!readable) throw Err.make(PyExc.OSError, PyStr.of("not readable"));
        if (isStd) loadStdin();
        if (binary) {
            int end = n < 0 ? bytes.length : (int) Math.min(bytes.length, pos + n);
            byte[] r = java.util.Arrays.copyOfRange(bytes, pos, end);
            pos = end;
            return new PyBytes(r);
        }
        int end = n < 0 ? text.length() : (int) Math.min(text.length(), pos + n);
        String r = text.substring(pos, end);
        pos = end;
        return PyStr.of(r);
    }

    PyObject readline(long limit) {
        checkOpen();
        if (!readable) throw Err.make(PyExc.OSError, PyStr.of("not readable"));
        if (isStd) {
            interp.stdout.flush();
            loadStdin();
        }
        if (binary) {
            int i = pos;
            while (i < bytes.length && bytes[i] != '\n') i++;
            int end = Math.min(bytes.length, i + 1);
            byte[] r = java.util.Arrays.copyOfRange(bytes, pos, end);
            pos = end;
            return new PyBytes(r);
        }
        int i = text.indexOf('\n', pos);
        int end = i < 0 ? text.length() : i + 1;
        if (limit >= 0 && end - pos > limit) end = pos + (int) limit;
        String r = text.substring(pos, end);
        pos = end;
        return PyStr.of(r);
    }

    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "closed": return PyBool.of(closed);
            case "name": return PyStr.of(name);
            case "mode": return PyStr.of(mode);
            case "encoding": return PyStr.of("utf-8");
            default: return super.pyGetAttr(n);
        }
    }

    static void initType() {
        PyType.TEXTIO.lazyInit = PyFile::fillType;
    }

    private static void fillType() {
        PyType t = PyType.TEXTIO;
        t.dict.putStr("__module__", PyStr.of("_io"));
        def(t, "write", (a, k) -> {
            PyFile f = (PyFile) a[0];
            if (a.length != 2) throw Err.typeError("write() takes exactly one argument (" + (a.length - 1) + " given)");
            if (f.binary) {
                if (!(a[1] instanceof PyBytes)) throw Err.typeError("a bytes-like object is required, not '" + a[1].type().name + "'");
                f.writeBytes(((PyBytes) a[1]).data);
                return PyInt.of(((PyBytes) a[1]).data.length);
            }
            if (!(a[1] instanceof PyStr)) throw Err.typeError("write() argument must be str, not " + a[1].type().name);
            return PyInt.of(f.write(((PyStr) a[1]).value));
        });
        def(t, "writelines", (a, k) -> {
            PyFile f = (PyFile) a[0];
            for (PyObject o : Ops.toArray(a[1])) f.write(Ops.str(o));
            return PyNone.INSTANCE;
        });
        def(t, "read", (a, k) -> ((PyFile) a[0]).read(a.length > 1 && a[1] != PyNone.INSTANCE ? Ops.index(a[1]) : -1));
        def(t, "readline", (a, k) -> ((PyFile) a[0]).readline(a.length > 1 ? Ops.index(a[1]) : -1));
        def(t, "readlines", (a, k) -> {
            PyFile f = (PyFile) a[0];
            PyList l = new PyList();
            PyObject x;
            while ((x = f.pyNext()) != null) l.append(x);
            return l;
        });
        def(t, "close", (a, k) -> { ((PyFile) a[0]).close(); return PyNone.INSTANCE; });
        def(t, "flush", (a, k) -> { ((PyFile) a[0]).flush(); return PyNone.INSTANCE; });
        def(t, "__enter__", (a, k) -> { ((PyFile) a[0]).checkOpen(); return a[0]; });
        def(t, "__exit__", (a, k) -> { ((PyFile) a[0]).close(); return PyNone.INSTANCE; });
        def(t, "__iter__", (a, k) -> a[0].pyIter());
        def(t, "__next__", (a, k) -> {
            PyObject v = a[0].pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        });
        def(t, "readable", (a, k) -> PyBool.of(((PyFile) a[0]).readable));
        def(t, "writable", (a, k) -> PyBool.of(((PyFile) a[0]).writable));
        def(t, "seekable", (a, k) -> PyBool.of(!((PyFile) a[0]).isStd));
        def(t, "isatty", (a, k) -> PyBool.FALSE);
        def(t, "fileno", (a, k) -> {
            PyFile f = (PyFile) a[0];
            return PyInt.of(f.name.equals("<stdin>") ? 0 : f.name.equals("<stdout>") ? 1 : f.name.equals("<stderr>") ? 2 : 3);
        });
        def(t, "tell", (a, k) -> PyInt.of(((PyFile) a[0]).pos));
        def(t, "seek", (a, k) -> {
            PyFile f = (PyFile) a[0];
            long off = Ops.index(a[1]);
            int whence = a.length > 2 ? (int) Ops.index(a[2]) : 0;
            int len = f.binary ? (f.bytes == null ? 0 : f.bytes.length) : (f.text == null ? 0 : f.text.length());
            f.pos = (int) (whence == 0 ? off : whence == 1 ? f.pos + off : len + off);
            return PyInt.of(f.pos);
        });
    }

    private static void def(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, PyBuiltinFunction.method(t.name, name, impl));
    }
}
