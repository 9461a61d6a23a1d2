package org.herthon.interpreter.modules.sre;

import static org.herthon.interpreter.modules.sre.SreConstants.*;

import java.util.Arrays;

import org.herthon.interpreter.modules.ModuleSupport;
import org.herthon.interpreter.runtime.*;

/** A compiled regular expression (re.Pattern, CPython's PatternObject). */
final class PyPattern extends PyObject {
    static final PyType TYPE = SreTypes.type("Pattern", "re");

    final SreModule module;
    final PyObject pattern;
    final int flags;
    final int[] code;
    final int groups;
    /** null when the pattern has no named groups. */
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1 bytes, 0 str, -1 no pattern (None). */
    final int isbytes;

    /** The engine's mark array needs room up to the highest MARK in the code. */
    final int markSize;

    PyPattern(SreModule module, PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup, int isbytes,
            int maxMark) {
        this.markSize = maxMark + 2;
        this.module = module;
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isbytes = isbytes;
    }

    @Override public PyType type() { return TYPE; }

    // ---- subjects ----------------------------------------------------------------------------------

    /** state_init: checks the subject's type and makes the engine state for [pos, endpos). */
    SreState state(PyObject string, long pos, long endpos) {
        int p = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, pos));
        int e = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, endpos));
        if (string instanceof PyStr) {
            if (isbytes > 0) throw Err.typeError("cannot use a bytes pattern on a string-like object");
            PyStr s = (PyStr) string;
            return s.isBmp() ? new SreState(code, markSize, s.value, null, null, p, e, module.interrupts)
                    : new SreState(code, markSize, null, s.codePoints(), null, p, e, module.interrupts);
        }
        byte[] b = SreModule.bytesOf(string);
        if (b == null) throw Err.typeError("expected string or bytes-like object, got '" + string.type().name + "'");
        if (isbytes == 0) throw Err.typeError("cannot use a string pattern on a bytes-like object");
        return new SreState(code, markSize, null, null, b, p, e, module.interrupts);
    }

    /** getslice: the subject's characters [i, j) as str or bytes. */
    static PyObject slice(boolean isBytes, PyObject string, int i, int j) {
        if (isBytes) {
            if (string instanceof PyBytes && string.type() == PyType.BYTES) {
                byte[] d = ((PyBytes) string).data;
                if (i == 0 && j == d.length) return string;
                return new PyBytes(Arrays.copyOfRange(d, i, j));
            }
            byte[] d = SreModule.bytesOf(string);
            return new PyBytes(Arrays.copyOfRange(d, i, j));
        }
        PyStr s = (PyStr) string;
        if (i == 0 && j == s.cpLength() && s.type() == PyType.STR) return s;
        return PyStr.of(s.cpSubstring(i, j));
    }

    private static PyObject stateSlice(SreState st, int index, PyObject string, boolean empty) {
        int k = (index - 1) * 2;
        int i, j;
        if (k >= st.lastmark || k + 1 >= st.mark.length || st.mark[k] < 0 || st.mark[k + 1] < 0) {
            if (!empty) return PyNone.INSTANCE;
            i = j = 0;
        } else {
            i = st.mark[k];
            j = st.mark[k + 1];
            if (i > j) throw Err.make(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
        }
        return slice(st.isBytes, string, i, j);
    }

    // ---- running the engine -----------------------------------------------------------------------

    static PyException engineError(SreState.EngineError e) {
        if (e.status == SreState.ERROR_MEMORY) return Err.make(PyExc.MemoryError);
        return Err.runtimeError("internal error in regular expression engine");
    }

    static boolean run(SreState st, boolean search) {
        try {
            return search ? st.search() : st.matchAt();
        } catch (SreState.EngineError e) {
            throw engineError(e);
        } catch (StackOverflowError e) {
            throw Err.make(PyExc.RecursionError, "maximum recursion limit exceeded");
        }
    }

    PyObject newMatch(SreState st, PyObject string, boolean ok) {
        if (!ok) return PyNone.INSTANCE;
        int[] marks;
        try {
            long size = 2L * (groups + 1);
            if (size > Integer.MAX_VALUE - 8) throw new OutOfMemoryError();
            marks = new int[(int) size];
        } catch (OutOfMemoryError e) {
            throw Err.make(PyExc.MemoryError);
        }
        marks[0] = st.start;
        marks[1] = st.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && j + 1 < st.mark.length && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                marks[j + 2] = st.mark[j];
                marks[j + 3] = st.mark[j + 1];
                if (marks[j + 2] > marks[j + 3]) {
                    throw Err.make(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                marks[j + 2] = marks[j + 3] = -1;
            }
        }
        return new PyMatch(this, string, marks, st.pos, st.endpos, st.lastindex, st.isBytes);
    }

    PyObject match(PyObject string, long pos, long endpos, boolean all) {
        SreState st = state(string, pos, endpos);
        st.matchAll = all;
        return newMatch(st, string, run(st, false));
    }

    PyObject search(PyObject string, long pos, long endpos) {
        SreState st = state(string, pos, endpos);
        return newMatch(st, string, run(st, true));
    }

    PyObject findall(PyObject string, long pos, long endpos) {
        SreState st = state(string, pos, endpos);
        PyList list = new PyList();
        while (st.start <= st.end) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, true)) break;
            PyObject item;
            switch (groups) {
                case 0:
                    item = slice(st.isBytes, string, st.start, st.ptr);
                    break;
                case 1:
                    item = stateSlice(st, 1, string, true);
                    break;
                default: {
                    PyObject[] t = new PyObject[groups];
                    for (int i = 0; i < groups; i++) t[i] = stateSlice(st, i + 1, string, true);
                    item = new PyTuple(t);
                }
            }
            list.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return list;
    }

    PyObject split(PyObject string, long maxsplit) {
        SreState st = state(string, 0, Long.MAX_VALUE);
        PyList list = new PyList();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, true)) break;
            list.append(slice(st.isBytes, string, last, st.start));
            for (int i = 0; i < groups; i++) list.append(stateSlice(st, i + 1, string, false));
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        list.append(slice(st.isBytes, string, last, st.endpos));
        return list;
    }

    PyObject subx(PyObject repl, PyObject string, long count, boolean subn) {
        PyObject filter;
        boolean callable;
        if (Ops.isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal;
            if (repl instanceof PyStr) {
                literal = ((PyStr) repl).value.indexOf('\\') < 0;
            } else {
                byte[] b = SreModule.bytesOf(repl);
                literal = false;
                if (b != null) {
                    literal = true;
                    for (byte x : b) if (x == '\\') { literal = false; break; }
                }
            }
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                filter = module.callRe("_subx", this, repl);
                callable = Ops.isCallable(filter);
            }
        }
        SreState st = state(string, 0, Long.MAX_VALUE);
        java.util.List<PyObject> list = new java.util.ArrayList<>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, true)) break;
            int b = st.start, e = st.ptr;
            if (i < b) list.add(slice(st.isBytes, string, i, b));
            PyObject item = callable ? filter.call1(newMatch(st, string, true)) : filter;
            if (item != PyNone.INSTANCE) list.add(item);
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) list.add(slice(st.isBytes, string, i, st.endpos));
        PyObject joined = join(st.isBytes, string, list);
        return subn ? new PyTuple(joined, PyInt.of(n)) : joined;
    }

    private static PyObject join(boolean isBytes, PyObject string, java.util.List<PyObject> list) {
        if (list.isEmpty()) return slice(isBytes, string, 0, 0);
        if (isBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int k = 0; k < list.size(); k++) {
                byte[] d = SreModule.bytesOf(list.get(k));
                if (d == null) {
                    throw Err.typeError("sequence item " + k + ": expected a bytes-like object, " + list.get(k).type().name + " found");
                }
                out.write(d, 0, d.length);
            }
            return new PyBytes(out.toByteArray());
        }
        if (list.size() == 1 && list.get(0).type() == PyType.STR) return list.get(0);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < list.size(); k++) {
            PyObject o = list.get(k);
            if (!(o instanceof PyStr)) throw Err.typeError("sequence item " + k + ": expected str instance, " + o.type().name + " found");
            sb.append(((PyStr) o).value);
        }
        return PyStr.of(sb.toString());
    }

    // ---- object protocol ----------------------------------------------------------------------------

    private static final String[][] FLAG_NAMES = {
        {"re.IGNORECASE", "2"}, {"re.LOCALE", "4"}, {"re.MULTILINE", "8"}, {"re.DOTALL", "16"},
        {"re.UNICODE", "32"}, {"re.VERBOSE", "64"}, {"re.DEBUG", "128"}, {"re.ASCII", "256"},
    };

    @Override public String pyRepr() {
        int f = flags;
        if (isbytes == 0 && (f & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) f &= ~FLAG_UNICODE;
        StringBuilder names = new StringBuilder();
        for (String[] fn : FLAG_NAMES) {
            int v = Integer.parseInt(fn[1]);
            if ((f & v) != 0) {
                if (names.length() > 0) names.append('|');
                names.append(fn[0]);
                f &= ~v;
            }
        }
        if (f != 0) {
            if (names.length() > 0) names.append('|');
            names.append("0x").append(Integer.toHexString(f));
        }
        String r = SreModule.truncate(Ops.repr(pattern), 200);
        return names.length() > 0 ? "re.compile(" + r + ", " + names + ")" : "re.compile(" + r + ")";
    }

    @Override public long pyHash() {
        long h = Ops.hash(pattern);
        h ^= Arrays.hashCode(code);
        h ^= flags;
        h ^= isbytes;
        h ^= code.length;
        return h == -1 ? -2 : h;
    }

    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyPattern)) return PyNotImplemented.INSTANCE;
        boolean eq;
        if (other == this) {
            eq = true;
        } else {
            PyPattern o = (PyPattern) other;
            eq = flags == o.flags && isbytes == o.isbytes && Arrays.equals(code, o.code) && Ops.eqBool(pattern, o.pattern);
        }
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    // ---- the type --------------------------------------------------------------------------------

    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    private static long[] posEndpos(PyObject[] p) {
        return new long[]{p[1] == null ? 0 : ModuleSupport.ssize(p[1]), p[2] == null ? Long.MAX_VALUE : ModuleSupport.ssize(p[2])};
    }

    static void fill(PyType t) {
        SreTypes.method(t, "match", (self, p) -> {
            long[] r = posEndpos(p);
            return ((PyPattern) self).match(p[0], r[0], r[1], false);
        }, STRING_POS_ENDPOS, 1);
        SreTypes.method(t, "fullmatch", (self, p) -> {
            long[] r = posEndpos(p);
            return ((PyPattern) self).match(p[0], r[0], r[1], true);
        }, STRING_POS_ENDPOS, 1);
        SreTypes.method(t, "search", (self, p) -> {
            long[] r = posEndpos(p);
            return ((PyPattern) self).search(p[0], r[0], r[1]);
        }, STRING_POS_ENDPOS, 1);
        SreTypes.method(t, "findall", (self, p) -> {
            long[] r = posEndpos(p);
            return ((PyPattern) self).findall(p[0], r[0], r[1]);
        }, STRING_POS_ENDPOS, 1);
        SreTypes.method(t, "finditer", (self, p) -> {
            long[] r = posEndpos(p);
            PyScanner sc = new PyScanner((PyPattern) self, p[0], r[0], r[1]);
            PyBuiltinFunction search = PyBuiltinFunction.of0("search", () -> sc.next(true));
            return new Iterators.CallableIterator(search, PyNone.INSTANCE);
        }, STRING_POS_ENDPOS, 1);
        SreTypes.method(t, "scanner", (self, p) -> {
            long[] r = posEndpos(p);
            return new PyScanner((PyPattern) self, p[0], r[0], r[1]);
        }, STRING_POS_ENDPOS, 1);
        SreTypes.method(t, "split", (self, p) -> ((PyPattern) self).split(p[0], p[1] == null ? 0 : ModuleSupport.ssize(p[1])),
                new String[]{"string", "maxsplit"}, 1);
        SreTypes.method(t, "sub", (self, p) -> ((PyPattern) self).subx(p[0], p[1], p[2] == null ? 0 : ModuleSupport.ssize(p[2]), false),
                new String[]{"repl", "string", "count"}, 2);
        SreTypes.method(t, "subn", (self, p) -> ((PyPattern) self).subx(p[0], p[1], p[2] == null ? 0 : ModuleSupport.ssize(p[2]), true),
                new String[]{"repl", "string", "count"}, 2);
        SreTypes.method(t, "__copy__", (self, p) -> self, new String[0], 0);
        t.dict.putStr("__deepcopy__", PyBuiltinFunction.method2(t.name, "__deepcopy__", (self, memo) -> self));
        SreTypes.standard(t);
        SreTypes.classGetitem(t);
        t.dict.putStr("__hash__", PyBuiltinFunction.method1(t.name, "__hash__", self -> PyInt.of(self.pyHash())));
        for (int op = 0; op < 6; op++) {
            final int o = op;
            t.dict.putStr(Ops.CMP_NAMES[op], PyBuiltinFunction.method2(t.name, Ops.CMP_NAMES[op], (self, other) -> self.pyRichCompare(other, o)));
        }
        PyGetSet.add(t, "pattern", self -> ((PyPattern) self).pattern);
        PyGetSet.add(t, "flags", self -> PyInt.of(((PyPattern) self).flags));
        PyGetSet.add(t, "groups", self -> PyInt.of(((PyPattern) self).groups));
        PyGetSet.add(t, "groupindex", self -> {
            PyDict gi = ((PyPattern) self).groupindex;
            return gi == null ? new PyDict() : new PyMappingProxy(gi);
        });
        t.dict.putStr("__doc__", PyStr.of("Compiled regular expression object."));
    }
}
