package org.herthon.interpreter.modules.sre;

import static org.herthon.interpreter.modules.sre.SreConstants.*;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/**
 * The Java twin of CPython 3.11's {@code _sre}: the regular expression engine that re/_compiler.py
 * compiles patterns for. {@code _sre.compile} takes the code list the compiler made and returns a
 * re.Pattern whose methods run {@link SreState} over str or bytes subjects.
 */
public final class SreModule implements JavaModule {
    static {
        PyPattern.fill(PyPattern.TYPE);
        PyMatch.fill(PyMatch.TYPE);
        PyScanner.fill(PyScanner.TYPE);
    }

    /** Per-interpreter state: the interpreter (for importing re and polling signals). */
    private Interpreter in;
    SreState.Interrupts interrupts;

    public SreModule() {}

    private SreModule(Interpreter in) {
        this.in = in;
        this.interrupts = () -> {
            if (in.signals.pending) in.signals.runPending(in.frame);
        };
    }

    @Override public String name() { return "_sre"; }

    @Override public PyModule create(Interpreter in) {
        SreModule state = new SreModule(in);
        PyModule m = new PyModule("_sre");
        PyDict d = m.dict;
        d.putStr("MAGIC", PyInt.of(MAGIC));
        d.putStr("CODESIZE", PyInt.of(CODESIZE));
        d.putStr("MAXREPEAT", PyInt.of(MAXREPEAT));
        d.putStr("MAXGROUPS", PyInt.of(MAXGROUPS));
        d.putStr("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        put(m, PyBuiltinFunction.of("compile", (a, k) -> {
            String[] names = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
            SreTypes.checkKeywords("compile", k, names);
            PyObject[] p = Args.bind("compile", a, k, names, 6, 6);
            return state.compile(p[0], p[1], p[2], p[3], p[4], p[5]);
        }));
        put(m, PyBuiltinFunction.of("getcodesize", (a, k) -> {
            Args.none("getcodesize", a, k);
            return PyInt.of(CODESIZE);
        }));
        put(m, PyBuiltinFunction.of1("ascii_iscased", c -> {
            int ch = Ops.indexInt(c);
            return PyBool.of(ch >= 0 && ch < 128 && Character.isLetter(ch));
        }));
        put(m, PyBuiltinFunction.of1("unicode_iscased", c -> {
            int ch = Ops.indexInt(c);
            return PyBool.of(ch >= 0 && ch <= 0x10FFFF && (ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch)));
        }));
        put(m, PyBuiltinFunction.of1("ascii_tolower", c -> {
            int ch = Ops.indexInt(c);
            return PyInt.of(ch >= 0 && ch < 128 ? SreChars.lowerAscii(ch) : ch);
        }));
        put(m, PyBuiltinFunction.of1("unicode_tolower", c -> {
            int ch = Ops.indexInt(c);
            return PyInt.of(ch >= 0 && ch <= 0x10FFFF ? SreChars.lowerUnicode(ch) : ch);
        }));
        return m;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of("_sre");
        m.dict.putStr(f.name, f);
    }

    private PyObject compile(PyObject pattern, PyObject flagsObj, PyObject codeObj, PyObject groupsObj, PyObject groupindex, PyObject indexgroup) {
        int flags = Ops.indexInt(flagsObj);
        if (!(codeObj instanceof PyList)) throw Err.typeError("compile() argument 'code' must be list, not " + codeObj.type().name);
        long groups = Ops.index(groupsObj);
        if (!(groupindex instanceof PyDict)) throw Err.typeError("compile() argument 'groupindex' must be dict, not " + groupindex.type().name);
        if (!(indexgroup instanceof PyTuple)) throw Err.typeError("compile() argument 'indexgroup' must be tuple, not " + indexgroup.type().name);
        PyList list = (PyList) codeObj;
        int n = list.pyLen();
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            PyObject o = list.get(i);
            // CPython converts with PyLong_AsUnsignedLong and reports any failure (negative, too big, not an
            // int) as this OverflowError
            java.math.BigInteger v = o instanceof PyInt ? java.math.BigInteger.valueOf(((PyInt) o).value)
                    : o instanceof PyBigInt ? ((PyBigInt) o).value : null;
            if (v == null || v.signum() < 0 || v.bitLength() > 32) throw Err.overflow("regular expression code size limit exceeded");
            code[i] = (int) v.longValue();
        }
        int isbytes;
        if (pattern == PyNone.INSTANCE) {
            isbytes = -1;
        } else if (pattern instanceof PyStr) {
            isbytes = 0;
        } else if (bytesOf(pattern) != null) {
            isbytes = 1;
        } else {
            throw Err.typeError("expected string or bytes-like object, got '" + pattern.type().name + "'");
        }
        PyDict gi = ((PyDict) groupindex).size() > 0 ? (PyDict) groupindex : null;
        PyTuple ig = gi != null && ((PyTuple) indexgroup).items.length > 0 ? (PyTuple) indexgroup : null;
        int maxMark = SreValidator.validate(code, groups);
        if (maxMark == -2) throw Err.runtimeError("invalid SRE code");
        return new PyPattern(this, pattern, flags, code, (int) groups, gi, ig, isbytes, maxMark);
    }

    /** Calls re.NAME(args...): CPython's _sre hands template strings to the Python side this way. */
    PyObject callRe(String name, PyObject... args) {
        PyObject re = in.builtinsModule.dict.getStr("__import__").call1(PyStr.of("re"));
        return Ops.getAttr(re, name).call(args, null);
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null for anything else. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes) return ((PyBytes) o).data;
        PyType t = o.type();
        if (t.isSubtypeOf(PyType.BYTEARRAY) || t.name.equals("memoryview")) {
            PyObject b = PyType.BYTES.call1(o);
            if (b instanceof PyBytes) return ((PyBytes) b).data;
        }
        return null;
    }

    /** The first n code points of s (CPython's %.nR). */
    static String truncate(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}
