package org.herthon.interpreter.modules.io;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.os.FdTable;
import org.herthon.interpreter.runtime.*;

/**
 * One interpreter's _io: its types (made per interpreter, since their objects need the
 * interpreter's descriptors and working folder), UnsupportedOperation, the standard streams and
 * the open files whose buffered writes must reach the disk at exit.
 */
public final class IoState {
    final Interpreter in;
    final PyType ioBase, rawIOBase, bufferedIOBase, textIOBase;
    final PyType fileIO, bytesIO, stringIO, bufferedReader, bufferedWriter, bufferedRandom, bufferedRWPair, textIOWrapper;
    final PyType newlineDecoder;
    final PyType unsupported;
    /** _io.open, also builtins.open. */
    public final PyBuiltinFunction open;
    private final List<WeakReference<IoObject>> writers = new ArrayList<>();
    private FdTable fds;

    public IoState(Interpreter in) {
        this.in = in;
        unsupported = new PyType("UnsupportedOperation", false, new PyType[]{PyExc.OSError, PyExc.ValueError});
        unsupported.dict.putStr("__module__", PyStr.of("io"));
        ioBase = type("_IOBase", PyType.OBJECT, cls -> new IoObject(this, cls));
        rawIOBase = type("_RawIOBase", ioBase, cls -> new IoObject(this, cls));
        bufferedIOBase = type("_BufferedIOBase", ioBase, cls -> new IoObject(this, cls));
        textIOBase = type("_TextIOBase", ioBase, cls -> new IoObject(this, cls));
        fileIO = type("FileIO", rawIOBase, cls -> new FileIO(this, cls));
        bytesIO = type("BytesIO", bufferedIOBase, cls -> new BytesIO(this, cls));
        stringIO = type("StringIO", textIOBase, cls -> new StringIO(this, cls));
        bufferedReader = type("BufferedReader", bufferedIOBase, cls -> new Buffered(this, cls));
        bufferedWriter = type("BufferedWriter", bufferedIOBase, cls -> new Buffered(this, cls));
        bufferedRandom = type("BufferedRandom", bufferedIOBase, cls -> new Buffered(this, cls));
        bufferedRWPair = type("BufferedRWPair", bufferedIOBase, cls -> new BufferedRWPair(this, cls));
        textIOWrapper = type("TextIOWrapper", textIOBase, cls -> new TextIO(this, cls));
        newlineDecoder = type("IncrementalNewlineDecoder", PyType.OBJECT, cls -> new NewlineDecoder(this, cls));
        IoBase.fill(this);
        FileIO.fill(this);
        BytesIO.fill(this);
        StringIO.fill(this);
        Buffered.fill(this);
        BufferedRWPair.fill(this);
        TextIO.fill(this);
        NewlineDecoder.fill(this);
        open = PyBuiltinFunction.of("open", (a, k) -> OpenFunction.open(this, a, k));
        open.module = PyStr.of("_io");
    }

    private static PyType type(String name, PyType base, PyType.Factory f) {
        PyType t = new PyType(name, true, new PyType[]{base});
        t.dict.putStr("__module__", PyStr.of("_io"));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        t.factory = f;
        t.solid = t;
        return t;
    }

    FdTable fds() {
        if (fds == null) fds = in.builtinModules.shared(FdTable.class, FdTable::new);
        return fds;
    }

    PyException unsupported(String msg) {
        return Err.make(unsupported, msg);
    }

    /** Remembers a buffered writer on a file, so its data is written at exit even if never closed. */
    synchronized void track(IoObject b) {
        if (writers.isEmpty()) in.atExit.add(this::flushAll);
        writers.removeIf(r -> r.get() == null);
        writers.add(new WeakReference<>(b));
    }

    /**
     * Writes what open files still buffer (CPython's reference counting closes a file the moment
     * it is dropped; here that happens before a file is opened again and at exit).
     */
    synchronized void flushAll() {
        // text layers first: their pending bytes go to their buffers, then the buffers to the files
        List<IoObject> live = new ArrayList<>();
        for (WeakReference<IoObject> r : writers) {
            IoObject b = r.get();
            if (b != null) live.add(b instanceof TextIO ? 0 : live.size(), b);
        }
        for (IoObject b : live) {
            if (b != null) {
                try {
                    if (b instanceof TextIO) ((TextIO) b).flushQuietly();
                    else ((Buffered) b).flushQuietly();
                } catch (RuntimeException e) {
                    // as CPython's finalizer: a failure is not reported
                }
            }
        }
    }

    // ---- the standard streams ---------------------------------------------------------------
    /** sys.stdin, sys.stdout or sys.stderr: a TextIOWrapper over a buffered FileIO on fd 0, 1 or 2. */
    public TextIO stdStream(int fd) {
        String name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
        FileIO raw = new FileIO(this, fileIO);
        raw.initStd(fd, name);
        Buffered buf = new Buffered(this, fd == 0 ? bufferedReader : bufferedWriter);
        buf.init(raw, Io.DEFAULT_BUFFER_SIZE, fd == 0 ? Buffered.READER : Buffered.WRITER);
        TextIO t = new TextIO(this, textIOWrapper);
        boolean tty = fd == 1 && System.console() != null;
        t.init(buf, "utf-8", fd == 2 ? "backslashreplace" : "strict", "\n", fd == 2 || tty, false);
        t.dict.putStr("mode", PyStr.of(fd == 0 ? "r" : "w"));
        return t;
    }
}
