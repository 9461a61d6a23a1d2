package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** {@code os.scandir}: its iterator (a context manager) and {@code os.DirEntry}. */
final class DirEntries {
    private DirEntries() {}

    /** Java-side state of one DirEntry (kept out of the instance dict: CPython's has none). */
    private static final class Entry extends PyObject {
        final PyType cls;
        final PyObject name, path;
        final Path file;
        final StructSeq statType;
        final Interpreter in;

        Entry(PyType cls, PyObject name, PyObject path, Path file, StructSeq statType, Interpreter in) {
            this.cls = cls; this.name = name; this.path = path; this.file = file; this.statType = statType; this.in = in;
        }

        @Override public PyType type() { return cls; }
    }

    private static final class Iter extends PyObject {
        final PyType cls;
        final List<Entry> entries;
        int next;
        boolean closed;

        Iter(PyType cls, List<Entry> entries) { this.cls = cls; this.entries = entries; }

        @Override public PyType type() { return cls; }
    }

    static PyObject scandir(Interpreter in, PosixModule posix, StructSeq statType, PyObject arg) {
        PyType[] types = types(in);
        boolean asBytes = PosixModule.fspath(arg) instanceof PyBytes;
        String given = PosixModule.pathText(arg);
        Path dir = PosixModule.path(in, arg, "scandir");
        List<Entry> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path c : ds) {
                String n = c.getFileName().toString();
                String full = given.endsWith("/") ? given + n : given + "/" + n;
                PyObject pn = asBytes ? PosixModule.bytes(n) : PyStr.of(n);
                PyObject pp = asBytes ? PosixModule.bytes(full) : PyStr.of(full);
                out.add(new Entry(types[0], pn, pp, c, statType, in));
            }
        } catch (IOException | RuntimeException e) {
            throw PosixModule.osError(e, given);
        }
        return new Iter(types[1], out);
    }

    private static PyType[] types(Interpreter in) {
        // the types live on the posix module of this interpreter
        PyObject posix = in.builtinModules.load("posix");
        PyObject de = posix.getDict().getStr("DirEntry");
        PyObject it = posix.getDict().getStr("ScandirIterator");
        if (de instanceof PyType && it instanceof PyType) return new PyType[]{(PyType) de, (PyType) it};
        PyType[] t = make();
        posix.getDict().putStr("DirEntry", t[0]);
        posix.getDict().putStr("ScandirIterator", t[1]);
        return t;
    }

    private static Entry self(PyObject o) {
        if (!(o instanceof Entry)) throw Err.typeError("descriptor requires a 'posix.DirEntry' object but received '" + o.type().name + "'");
        return (Entry) o;
    }

    private static boolean follow(PyObject[] p, int i) {
        return p[i] == null || Ops.isTrue(p[i]);
    }

    private static PyType[] make() {
        PyType de = new PyType("DirEntry", false, new PyType[]{PyType.OBJECT});
        de.baseAllowed = false;
        PyDict d = de.dict;
        d.putStr("__module__", PyStr.of("posix"));
        d.putStr("name", new PyProperty(PyBuiltinFunction.of1("name", o -> self(o).name), null, null, null));
        d.putStr("path", new PyProperty(PyBuiltinFunction.of1("path", o -> self(o).path), null, null, null));
        d.putStr("__fspath__", PyBuiltinFunction.method1("DirEntry", "__fspath__", o -> self(o).path));
        d.putStr("__repr__", PyBuiltinFunction.method1("DirEntry", "__repr__", o -> PyStr.of("<DirEntry " + Ops.repr(self(o).name) + ">")));
        d.putStr("is_dir", PyBuiltinFunction.method("DirEntry", "is_dir", (a, k) -> {
            PyObject[] p = Args.bind("is_dir", a, k, new String[]{"self", "follow_symlinks"}, 1, 1);
            Entry e = self(p[0]);
            return PyBool.of(follow(p, 1) ? Files.isDirectory(e.file) : Files.isDirectory(e.file, LinkOption.NOFOLLOW_LINKS));
        }));
        d.putStr("is_file", PyBuiltinFunction.method("DirEntry", "is_file", (a, k) -> {
            PyObject[] p = Args.bind("is_file", a, k, new String[]{"self", "follow_symlinks"}, 1, 1);
            Entry e = self(p[0]);
            return PyBool.of(follow(p, 1) ? Files.isRegularFile(e.file) : Files.isRegularFile(e.file, LinkOption.NOFOLLOW_LINKS));
        }));
        d.putStr("is_symlink", PyBuiltinFunction.method1("DirEntry", "is_symlink", o -> PyBool.of(Files.isSymbolicLink(self(o).file))));
        d.putStr("stat", PyBuiltinFunction.method("DirEntry", "stat", (a, k) -> {
            PyObject[] p = Args.bind("stat", a, k, new String[]{"self", "follow_symlinks"}, 1, 1);
            Entry e = self(p[0]);
            return PosixModule.stat(e.in, e.statType, e.path, follow(p, 1));
        }));
        d.putStr("inode", PyBuiltinFunction.method1("DirEntry", "inode", o -> {
            try {
                return PyInt.of(((Number) Files.getAttribute(self(o).file, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue());
            } catch (IOException | RuntimeException e) {
                throw PosixModule.osError(e, PosixModule.pathText(self(o).path));
            }
        }));
        de.invalidate();

        PyType it = new PyType("ScandirIterator", false, new PyType[]{PyType.OBJECT});
        it.baseAllowed = false;
        PyDict i = it.dict;
        i.putStr("__module__", PyStr.of("posix"));
        i.putStr("__iter__", PyBuiltinFunction.method1("ScandirIterator", "__iter__", o -> o));
        i.putStr("__next__", PyBuiltinFunction.method1("ScandirIterator", "__next__", o -> {
            Iter s = (Iter) o;
            if (s.closed || s.next >= s.entries.size()) {
                s.closed = true;
                throw Err.stopIteration(null);
            }
            return s.entries.get(s.next++);
        }));
        PyBuiltinFunction close = PyBuiltinFunction.method1("ScandirIterator", "close", o -> {
            ((Iter) o).closed = true;
            return PyNone.INSTANCE;
        });
        i.putStr("close", close);
        i.putStr("__enter__", PyBuiltinFunction.method1("ScandirIterator", "__enter__", o -> o));
        i.putStr("__exit__", PyBuiltinFunction.method("ScandirIterator", "__exit__", (a, k) -> {
            ((Iter) a[0]).closed = true;
            return PyBool.FALSE;
        }));
        it.invalidate();
        return new PyType[]{de, it};
    }
}
