package org.herthon.interpreter.builtins;

import org.herthon.interpreter.modules.AstModule;
import org.herthon.interpreter.modules.AstToTree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.compiler.Compiler;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.modules.io.TextIO;
import org.herthon.interpreter.parser.HerthonSyntaxError;
import org.herthon.interpreter.parser.Parser;
import org.herthon.interpreter.runtime.*;

/** The builtins module (one per interpreter, since some functions need it). */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static final PyType SUPER_TYPE = PyType.SUPER;
    private static boolean typesDone;

    private static synchronized void initTypes() {
        if (typesDone) return;
        typesDone = true;
        PyType.ENUMERATE.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("enumerate", Arrays.copyOfRange(a, 1, a.length), k, new String[]{"iterable", "start"}, 1, 2);
            PyObject start = p[1] == null ? PyInt.ZERO : p[1];
            if (!Arith.isInt(start)) throw Err.typeError("'" + start.type().name + "' object cannot be interpreted as an integer");
            return new Iterators.Enumerate(Ops.iter(p[0]), start);
        })));
        PyType.ZIP.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            boolean strict = false;
            for (int i = 0; i < nkw; i++) {
                if (!k[i].equals("strict")) throw Err.typeError("zip() got an unexpected keyword argument '" + k[i] + "'");
                strict = Ops.isTrue(a[a.length - nkw + i]);
            }
            PyObject[] its = new PyObject[a.length - 1 - nkw];
            for (int i = 0; i < its.length; i++) {
                PyObject x = a[i + 1];
                if (!Ops.isIterable(x)) throw Err.typeError("zip argument #" + (i + 1) + " must support iteration");
                its[i] = Ops.iter(x);
            }
            return new Iterators.Zip(its, strict);
        })));
        PyType.MAP.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            Args.noKw("map", k);
            if (a.length < 3) throw Err.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 2];
            for (int i = 0; i < its.length; i++) its[i] = Ops.iter(a[i + 2]);
            return new Iterators.MapIter(a[1], its);
        })));
        PyType.FILTER.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            Args.noKw("filter", k);
            if (a.length != 3) throw Err.typeError("filter expected 2 arguments, got " + (a.length - 1));
            return new Iterators.FilterIter(a[1], Ops.iter(a[2]));
        })));
        PyType.REVERSED.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            Args.noKw("reversed", k);
            if (a.length != 2) throw Err.typeError("reversed expected 1 argument, got " + (a.length - 1));
            return reversed(a[1]);
        })));
    }

    static PyObject reversed(PyObject seq) {
        if (seq instanceof PyList && seq.type() == PyType.LIST) return new Iterators.ReverseListIterator((PyList) seq);
        PyType t = seq.type();
        PyObject rv = t.lookup("__reversed__");
        if (rv != null) {
            if (rv == PyNone.INSTANCE) throw Err.typeError("'" + t.name + "' object is not reversible");
            return Ops.callDunder(rv, seq);
        }
        if (t.lookup("__getitem__") == null || t.lookup("__len__") == null || seq instanceof PyDict) {
            throw Err.typeError("'" + t.name + "' object is not reversible");
        }
        return new Iterators.Reversed(seq, Ops.len(seq));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of("builtins");
        m.dict.putStr(f.name, f);
    }

    public static PyModule create(Interpreter in) {
        initTypes();
        PyModule m = new PyModule("builtins");
        PyDict d = m.dict;
        d.putStr("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects."));
        // types
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyType.INT, PyType.BOOL, PyType.FLOAT, PyType.COMPLEX, PyType.STR, PyType.BYTES, PyType.BYTEARRAY, PyMemoryView.TYPE,
                PyType.LIST, PyType.TUPLE, PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE, PyType.SLICE,
                PyType.STATICMETHOD, PyType.CLASSMETHOD, PyType.PROPERTY, PyType.SUPER, PyType.ENUMERATE, PyType.ZIP, PyType.MAP,
                PyType.FILTER, PyType.REVERSED};
        for (PyType t : types) d.putStr(t.name, t);
        for (var e : PyExc.ALL.entrySet()) d.putStr(e.getKey(), e.getValue());
        d.putStr("EnvironmentError", PyExc.OSError);
        d.putStr("IOError", PyExc.OSError);
        d.putStr("None", PyNone.INSTANCE);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("NotImplemented", PyNotImplemented.INSTANCE);
        d.putStr("Ellipsis", PyEllipsis.INSTANCE);
        d.putStr("__debug__", PyBool.TRUE);

        put(m, PyBuiltinFunction.of("print", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            PyObject sep = null, end = null, file = null, flush = null;
            for (int i = 0; i < nkw; i++) {
                PyObject v = a[npos + i];
                switch (k[i]) {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = v; break;
                    default: throw Err.typeError("'" + k[i] + "' is an invalid keyword argument for print()");
                }
            }
            String sepS = " ", endS = "\n";
            if (sep != null && sep != PyNone.INSTANCE) {
                if (!(sep instanceof PyStr)) throw Err.typeError("sep must be None or a string, not " + sep.type().name);
                sepS = ((PyStr) sep).value;
            }
            if (end != null && end != PyNone.INSTANCE) {
                if (!(end instanceof PyStr)) throw Err.typeError("end must be None or a string, not " + end.type().name);
                endS = ((PyStr) end).value;
            }
            if (file == null || file == PyNone.INSTANCE) {
                file = in.sysModule.dict.getStr("stdout");
                if (file == null || file == PyNone.INSTANCE) return PyNone.INSTANCE;
            }
            if (file instanceof TextIO && file.type() == in.stdout.type()) {
                TextIO f = (TextIO) file;
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < npos; i++) {
                    if (i > 0) sb.append(sepS);
                    sb.append(Ops.str(a[i]));
                }
                sb.append(endS);
                f.write(sb.toString());
                if (flush != null && Ops.isTrue(flush)) f.flush();
                if (f == in.stderr) f.flush();
            } else {
                PyObject w = Ops.getAttr(file, "write");
                for (int i = 0; i < npos; i++) {
                    if (i > 0) w.call1(PyStr.of(sepS));
                    w.call1(PyStr.of(Ops.str(a[i])));
                }
                w.call1(PyStr.of(endS));
                if (flush != null && Ops.isTrue(flush)) Ops.getAttr(file, "flush").call0();
            }
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of1("len", o -> {
            if (o instanceof PyList) return PyInt.of(((PyList) o).size);
            if (o instanceof PyStr) return PyInt.of(((PyStr) o).cpLength());
            return PyInt.of(Ops.lenLong(o));
        }));
        put(m, PyBuiltinFunction.of("sorted", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            if (npos != 1) throw Err.typeError("sorted expected 1 argument, got " + npos);
            PyObject key = null, rev = null;
            for (int i = 0; i < nkw; i++) {
                if (k[i].equals("key")) key = a[npos + i];
                else if (k[i].equals("reverse")) rev = a[npos + i];
                else throw Err.typeError("sort() got an unexpected keyword argument '" + k[i] + "'");
            }
            PyObject[] items = Ops.toArray(a[0]).clone();
            CollMethods.sort(items, items.length, key, rev != null && Ops.isTrue(rev));
            return new PyList(items);
        }));
        put(m, PyBuiltinFunction.of("min", (a, k) -> minmax(a, k, true)));
        put(m, PyBuiltinFunction.of("max", (a, k) -> minmax(a, k, false)));
        put(m, PyBuiltinFunction.of("sum", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            if (npos < 1) throw Err.typeError("sum() takes at least 1 positional argument (0 given)");
            if (npos > 2) throw Err.typeError("sum() takes at most 2 arguments (" + npos + " given)");
            PyObject start = npos > 1 ? a[1] : PyInt.ZERO;
            for (int i = 0; i < nkw; i++) {
                if (k[i].equals("start")) start = a[npos + i];
                else throw Err.typeError("sum() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (start instanceof PyStr) throw Err.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (start instanceof PyBytes) throw Err.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            PyObject it = Ops.iter(a[0]);
            PyObject acc = start;
            PyObject x;
            while ((x = Ops.next(it)) != null) acc = Ops.add(acc, x);
            return acc;
        }));
        put(m, PyBuiltinFunction.of1("abs", Ops::abs));
        put(m, PyBuiltinFunction.of1("all", o -> {
            PyObject it = Ops.iter(o);
            PyObject x;
            while ((x = Ops.next(it)) != null) if (!Ops.isTrue(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        }));
        put(m, PyBuiltinFunction.of1("any", o -> {
            PyObject it = Ops.iter(o);
            PyObject x;
            while ((x = Ops.next(it)) != null) if (Ops.isTrue(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        }));
        put(m, PyBuiltinFunction.of("isinstance", (a, k) -> {
            Args.noKw("isinstance", k);
            Args.range("isinstance", a, 2, 2);
            return PyBool.of(Ops.isInstance(a[0], a[1]));
        }));
        put(m, PyBuiltinFunction.of("issubclass", (a, k) -> {
            Args.noKw("issubclass", k);
            Args.range("issubclass", a, 2, 2);
            return PyBool.of(Ops.isSubclass(a[0], a[1]));
        }));
        put(m, PyBuiltinFunction.of1("repr", o -> PyStr.of(Ops.repr(o))));
        put(m, PyBuiltinFunction.of1("ascii", o -> PyStr.of(Builtins0.ascii(Ops.repr(o)))));
        put(m, Iterators.ITER);
        put(m, PyBuiltinFunction.of("aiter", (a, k) -> {
            Args.noKw("aiter", k);
            Args.range("aiter", a, 1, 1);
            return AsyncBuiltins.aiter(a[0]);
        }));
        put(m, PyBuiltinFunction.of("anext", (a, k) -> {
            Args.noKw("anext", k);
            return AsyncBuiltins.anext(a);
        }));
        put(m, PyBuiltinFunction.of("next", (a, k) -> {
            Args.noKw("next", k);
            Args.range("next", a, 1, 2);
            PyObject it = a[0];
            if (!Ops.isIterator(it)) throw Err.typeError("'" + it.type().name + "' object is not an iterator");
            PyObject v;
            if (it instanceof PyGenerator) {
                PyGenerator g = (PyGenerator) it;
                try {
                    v = g.send(PyNone.INSTANCE);
                } catch (PyException e) {
                    if (a.length == 2 && e.matches(PyExc.StopIteration)) return a[1];
                    throw e;
                }
                return v;
            }
            if (!it.type().builtin) {
                PyObject f = it.type().lookup("__next__");
                try {
                    return Ops.callDunder(f, it);
                } catch (PyException e) {
                    if (a.length == 2 && e.matches(PyExc.StopIteration)) return a[1];
                    throw e;
                }
            }
            v = Ops.next(it);
            if (v == null) {
                if (a.length == 2) return a[1];
                throw Err.make(PyExc.StopIteration);
            }
            return v;
        }));
        put(m, PyBuiltinFunction.of("getattr", (a, k) -> {
            Args.noKw("getattr", k);
            Args.range("getattr", a, 2, 3);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("attribute name must be string, not '" + a[1].type().name + "'");
            String n = ((PyStr) a[1]).value;
            if (a.length == 3) {
                PyObject v = Ops.getAttrOrNull(a[0], n);
                return v == null ? a[2] : v;
            }
            return Ops.getAttr(a[0], n);
        }));
        put(m, PyBuiltinFunction.of("setattr", (a, k) -> {
            Args.noKw("setattr", k);
            Args.range("setattr", a, 3, 3);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("attribute name must be string, not '" + a[1].type().name + "'");
            Ops.setAttr(a[0], ((PyStr) a[1]).value, a[2]);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of("delattr", (a, k) -> {
            Args.range("delattr", a, 2, 2);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("attribute name must be string, not '" + a[1].type().name + "'");
            Ops.delAttr(a[0], ((PyStr) a[1]).value);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of("hasattr", (a, k) -> {
            Args.noKw("hasattr", k);
            Args.range("hasattr", a, 2, 2);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("attribute name must be string, not '" + a[1].type().name + "'");
            return PyBool.of(Ops.getAttrOrNull(a[0], ((PyStr) a[1]).value) != null);
        }));
        put(m, PyBuiltinFunction.of1("callable", o -> PyBool.of(Ops.isCallable(o))));
        put(m, PyBuiltinFunction.of1("chr", o -> {
            long c = Ops.index(o);
            if (c < 0 || c > 0x10ffff) throw Err.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofChar((int) c);
        }));
        put(m, PyBuiltinFunction.of1("ord", o -> {
            if (o instanceof PyStr) {
                PyStr s = (PyStr) o;
                int n = s.cpLength();
                if (n != 1) throw Err.typeError("ord() expected a character, but string of length " + n + " found");
                return PyInt.of(s.cpAt(0));
            }
            if (o instanceof PyBytes) {
                byte[] b = ((PyBytes) o).data;
                if (b.length != 1) throw Err.typeError("ord() expected a character, but string of length " + b.length + " found");
                return PyInt.of(b[0] & 0xff);
            }
            throw Err.typeError("ord() expected string of length 1, but " + o.type().name + " found");
        }));
        put(m, PyBuiltinFunction.of1("hex", o -> PyStr.of(radix(o, 16, "0x"))));
        put(m, PyBuiltinFunction.of1("oct", o -> PyStr.of(radix(o, 8, "0o"))));
        put(m, PyBuiltinFunction.of1("bin", o -> PyStr.of(radix(o, 2, "0b"))));
        put(m, PyBuiltinFunction.of("divmod", (a, k) -> {
            Args.noKw("divmod", k);
            Args.range("divmod", a, 2, 2);
            return Ops.binary(a[0], a[1], Arith.DIVMOD);
        }));
        put(m, PyBuiltinFunction.of("pow", (a, k) -> {
            PyObject[] p = Args.bind("pow", a, k, new String[]{"base", "exp", "mod"}, 2, 3);
            return Ops.pow(p[0], p[1], p[2]);
        }));
        put(m, PyBuiltinFunction.of("round", (a, k) -> {
            PyObject[] p = Args.bind("round", a, k, new String[]{"number", "ndigits"}, 1, 2);
            return Slots.round(p[0], p[1]);
        }));
        put(m, PyBuiltinFunction.of1("hash", o -> PyInt.of(Ops.hash(o))));
        put(m, PyBuiltinFunction.of1("id", o -> PyInt.of(Ops.id(o))));
        // io.open is builtins.open, as in CPython
        m.dict.putStr("open", in.io.open);
        put(m, PyBuiltinFunction.of("__import__", (a, k) -> {
            PyObject[] p = Args.bind("__import__", a, k, new String[]{"name", "globals", "locals", "fromlist", "level"}, 1, 5);
            String name = Args.str(p[0], "__import__() argument 1");
            PyDict g = p[1] instanceof PyDict ? (PyDict) p[1] : null;
            String[] from = null;
            if (p[3] != null && p[3] != PyNone.INSTANCE) {
                PyObject[] fl = Ops.toArray(p[3]);
                from = new String[fl.length];
                for (int i = 0; i < fl.length; i++) from[i] = Ops.str(fl[i]);
            }
            int level = p[4] == null ? 0 : (int) Ops.index(p[4]);
            return in.importModule(name, g, from, level);
        }));
        put(m, PyBuiltinFunction.of("input", (a, k) -> {
            if (a.length > 0) {
                in.stdout.write(Ops.str(a[0]));
            }
            in.stdout.flush();
            String s = in.stdin.readline(-1);
            if (s.isEmpty()) throw Err.make(PyExc.EOFError, "EOF when reading a line");
            if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
            return PyStr.of(s);
        }));
        put(m, PyBuiltinFunction.of("globals", (a, k) -> in.frame.globals));
        put(m, PyBuiltinFunction.of("locals", (a, k) -> in.localsOf(in.frame)));
        put(m, PyBuiltinFunction.of("vars", (a, k) -> {
            if (a.length == 0) return in.localsOf(in.frame);
            PyObject dd = Ops.getAttrOrNull(a[0], "__dict__");
            if (dd == null) throw Err.typeError("vars() argument must have __dict__ attribute");
            return dd;
        }));
        put(m, PyBuiltinFunction.of("dir", (a, k) -> {
            if (a.length == 0) {
                PyObject l = in.localsOf(in.frame);
                PyList out = new PyList(Ops.toArray(l));
                CollMethods.sort(out.items, out.size, null, false);
                return out;
            }
            PyObject f = a[0].type().lookup("__dir__");
            PyObject r = f == null ? dirOf(a[0]) : Ops.callDunder(f, a[0]);
            PyObject[] items = Ops.toArray(r).clone();
            CollMethods.sort(items, items.length, null, false);
            return new PyList(items);
        }));
        put(m, PyBuiltinFunction.of("format", (a, k) -> {
            Args.range("format", a, 1, 2);
            return PyStr.of(Ops.format(a[0], a.length > 1 ? Args.str(a[1], "format() argument 2") : ""));
        }));
        put(m, PyBuiltinFunction.of("exec", (a, k) -> execOrEval(in, a, k, true)));
        put(m, PyBuiltinFunction.of("eval", (a, k) -> execOrEval(in, a, k, false)));
        put(m, PyBuiltinFunction.of("compile", (a, k) -> {
            PyObject[] p = Args.bind("compile", a, k, new String[]{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, 6);
            int flags = p[3] == null ? 0 : (int) Ops.index(p[3]);
            String mode = Ops.str(p[2]);
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single") && !(mode.equals("func_type") && (flags & AstModule.PyCF_ONLY_AST) != 0)) {
                throw Err.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            PyObject astType = in.builtinModules.load("_ast").dict.getStr("AST");
            if (Ops.isInstance(p[0], astType)) {
                if ((flags & AstModule.PyCF_ONLY_AST) != 0) return p[0];
                return AstToTree.compile(in, p[0], Ops.str(p[1]), mode);
            }
            String src = p[0] instanceof PyBytes ? new String(((PyBytes) p[0]).data, java.nio.charset.StandardCharsets.UTF_8) : Args.str(p[0], "compile() arg 1");
            String fn = Ops.str(p[1]);
            auditCompile(in, src, p[1]);
            if ((flags & AstModule.PyCF_ONLY_AST) != 0) return parseToAst(in, src, fn, mode);
            return compileSource(in, src, fn, mode);
        }));
        put(m, PyBuiltinFunction.of("exit", (a, k) -> { throw Err.make(PyExc.SystemExit, a.length > 0 ? a : new PyObject[0]); }));
        put(m, PyBuiltinFunction.of("quit", (a, k) -> { throw Err.make(PyExc.SystemExit, a.length > 0 ? a : new PyObject[0]); }));
        return m;
    }

    /**
     * "single" mode takes one statement: one compound statement, or simple statements on one
     * line (CPython's single_input and its bad_single_statement check).
     */
    private static void checkSingle(org.herthon.interpreter.ast.Module mod, SourceText st, String fn) {
        java.util.List<org.herthon.interpreter.ast.Stmt> body = mod.body();
        if (body.size() < 2) return;
        org.herthon.interpreter.ast.Stmt first = body.get(0);
        boolean compound = first instanceof org.herthon.interpreter.ast.Stmt.If || first instanceof org.herthon.interpreter.ast.Stmt.For
                || first instanceof org.herthon.interpreter.ast.Stmt.While || first instanceof org.herthon.interpreter.ast.Stmt.FunctionDef
                || first instanceof org.herthon.interpreter.ast.Stmt.ClassDef || first instanceof org.herthon.interpreter.ast.Stmt.With
                || first instanceof org.herthon.interpreter.ast.Stmt.Try || first instanceof org.herthon.interpreter.ast.Stmt.TryStar
                || first instanceof org.herthon.interpreter.ast.Stmt.AsyncFunctionDef || first instanceof org.herthon.interpreter.ast.Stmt.AsyncFor
                || first instanceof org.herthon.interpreter.ast.Stmt.AsyncWith || first instanceof org.herthon.interpreter.ast.Stmt.Match
                || first.end_lineno() != first.lineno();
        org.herthon.interpreter.ast.Stmt last = first;
        for (int i = 1; i < body.size(); i++) {
            org.herthon.interpreter.ast.Stmt s = body.get(i);
            if (compound) {
                throw HerthonSyntaxError.syntax("invalid syntax", fn, s.lineno(), s.col_offset() + 1, s.lineno(), s.col_offset() + 2, st.line(s.lineno()));
            }
            if (s.lineno() != first.lineno()) {
                int col = last.end_col_offset() + 1;
                throw HerthonSyntaxError.syntax("multiple statements found while compiling a single statement", fn,
                        last.end_lineno(), col, last.end_lineno(), col, st.line(last.end_lineno()));
            }
            last = s;
        }
    }

    /** compile(..., PyCF_ONLY_AST): the tree as _ast objects (ast.parse). */
    static PyObject parseToAst(Interpreter in, String src, String fn, String mode) {
        checkSourceString(src);
        if (mode.equals("func_type")) throw Err.valueError("compile() mode 'func_type' is not supported");
        try {
            SourceText st = new SourceText(fn, SourceText.normalizeNewlines(src));
            org.herthon.interpreter.ast.Module mod = Parser.parse(st);
            if (mode.equals("eval") && (mod.body().size() != 1 || !(mod.body().get(0) instanceof org.herthon.interpreter.ast.Stmt.Expr))) {
                org.herthon.interpreter.ast.Stmt first = mod.body().isEmpty() ? null : mod.body().get(0);
                int line = first == null ? 1 : first.lineno(), col = first == null ? 1 : first.col_offset() + 1;
                throw HerthonSyntaxError.syntax("invalid syntax", fn, line, col, line, col, st.line(line));
            }
            return new AstModule.Converter(in, st).module(mod, mode);
        } catch (HerthonSyntaxError e) {
            throw syntaxError(e);
        }
    }

    static PyObject compileSource(Interpreter in, String src, String fn, String mode) {
        checkSourceString(src);
        try {
            if (mode.equals("eval")) {
                SourceText st = new SourceText(fn, SourceText.normalizeNewlines(src.strip()));
                org.herthon.interpreter.ast.Module mod = Parser.parse(st);
                if (mod.body().size() != 1 || !(mod.body().get(0) instanceof org.herthon.interpreter.ast.Stmt.Expr)) {
                    throw HerthonSyntaxError.syntax("invalid syntax", fn, 1, 1, 1, 1, src);
                }
                org.herthon.interpreter.scope.ScopeTable scopes = org.herthon.interpreter.scope.ScopeAnalyzer.analyze(mod, st);
                org.herthon.interpreter.parser.CompileChecks.check(mod, st);
                return Compiler.compileEval(in, ((org.herthon.interpreter.ast.Stmt.Expr) mod.body().get(0)).value(), scopes, fn, "__main__", st);
            }
            String modName = in.frame == null ? "__main__" : moduleNameOf(in.frame.globals);
            if (mode.equals("single")) {
                SourceText st = new SourceText(fn, SourceText.normalizeNewlines(src));
                org.herthon.interpreter.ast.Module mod = Parser.parse(st);
                checkSingle(mod, st, fn);
                return in.compileAst(mod, st, fn, modName, true, true);
            }
            return in.compile(src, fn, modName);
        } catch (HerthonSyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** CPython's "compile" event carries the source as the UTF-8 bytes it parses, for str and bytes alike. */
    private static void auditCompile(Interpreter in, String src, PyObject filename) {
        if (in.auditHooks.isEmpty() && !org.herthon.bridge.Probes.auditEnabled()) return;
        in.audit("compile", new PyBytes(src.getBytes(java.nio.charset.StandardCharsets.UTF_8)), filename);
    }

    /** What CPython refuses before it parses a str: it encodes it to UTF-8 and reads it as a C string. */
    private static void checkSourceString(String src) {
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\0') throw Err.valueError("source code string cannot contain null bytes");
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < src.length() && Character.isLowSurrogate(src.charAt(i + 1));
                if (pair) {
                    i++;
                    continue;
                }
                throw Err.make(PyExc.UnicodeEncodeError, "'utf-8' codec can't encode character '\\u" + Integer.toHexString(c)
                        + "' in position " + i + ": surrogates not allowed");
            }
        }
    }

    static String moduleNameOf(PyDict g) {
        PyObject n = g.getStr("__name__");
        return n instanceof PyStr ? ((PyStr) n).value : "__main__";
    }

    public static PyException syntaxError(HerthonSyntaxError e) {
        PyType t = PyExc.ALL.getOrDefault(e.pythonType(), PyExc.SyntaxError);
        PyObject text = e.text() == null ? PyNone.INSTANCE : PyStr.of(e.text());
        PyTuple info = new PyTuple(PyStr.of(e.filename()), PyInt.of(e.lineno()), PyInt.of(e.offset()), text,
                PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        return Err.make(t, PyStr.of(e.msg()), info);
    }

    static PyObject execOrEval(Interpreter in, PyObject[] a, String[] k, boolean exec) {
        String name = exec ? "exec" : "eval";
        PyObject closureArg = null;
        if (exec && k != null) {
            // exec(source, globals=None, locals=None, /, *, closure=None)
            int nk = k.length, np = a.length - nk;
            for (int i = 0; i < nk; i++) {
                if (k[i].equals("closure")) {
                    closureArg = a[np + i];
                    PyObject[] a2 = new PyObject[a.length - 1];
                    System.arraycopy(a, 0, a2, 0, np + i);
                    System.arraycopy(a, np + i + 1, a2, np + i, a.length - np - i - 1);
                    String[] k2 = new String[nk - 1];
                    System.arraycopy(k, 0, k2, 0, i);
                    System.arraycopy(k, i + 1, k2, i, nk - i - 1);
                    a = a2;
                    k = k2.length == 0 ? null : k2;
                    break;
                }
            }
        }
        PyObject[] p = Args.bind(name, a, k, new String[]{"source", "globals", "locals"}, 1, 3);
        PyObject g = p[1], l = p[2];
        PyDict globals;
        PyObject locals;
        if (g == null || g == PyNone.INSTANCE) {
            globals = in.frame.globals;
            locals = l == null || l == PyNone.INSTANCE ? in.localsOf(in.frame) : l;
        } else {
            if (!(g instanceof PyDict)) throw Err.typeError(name + "() globals must be a dict, not " + g.type().name);
            globals = (PyDict) g;
            locals = l == null || l == PyNone.INSTANCE ? globals : l;
        }
        PyCode code;
        if (p[0] instanceof PyCode) code = (PyCode) p[0];
        else {
            String src;
            if (p[0] instanceof PyStr) src = ((PyStr) p[0]).value;
            else if (p[0] instanceof PyBytes) src = new String(((PyBytes) p[0]).data, java.nio.charset.StandardCharsets.UTF_8);
            else throw Err.typeError(name + "() arg 1 must be a string, bytes or code object");
            auditCompile(in, src, PyStr.of("<string>"));
            code = (PyCode) compileSource(in, src, "<string>", exec ? "exec" : "eval");
        }
        PyCell[] closure = null;
        if (closureArg == PyNone.INSTANCE) closureArg = null;
        if (p[0] instanceof PyCode) {
            int nfree = code.freevars.length;
            if (!exec) {
                if (nfree > 0) throw Err.typeError("code object passed to eval() may not contain free variables");
            } else if (closureArg != null) {
                if (nfree == 0) throw Err.typeError("cannot use a closure with this code object");
                PyObject[] items = closureArg.type() == PyType.TUPLE ? ((PyTuple) closureArg).items : null;
                if (items != null && items.length == nfree) {
                    closure = new PyCell[nfree];
                    for (int i = 0; i < nfree; i++) {
                        if (!(items[i] instanceof PyCell)) { closure = null; break; }
                        closure[i] = (PyCell) items[i];
                    }
                }
                if (closure == null) throw Err.typeError("code object requires a closure of exactly length " + nfree);
            } else if (nfree > 0) {
                throw Err.typeError("code object requires a closure of exactly length " + nfree);
            }
        } else if (closureArg != null) {
            throw Err.typeError("closure can only be used when source is a code object");
        }
        in.audit("exec", code);
        if (globals.getStr("__builtins__") == null) globals.putStr("__builtins__", in.builtinsModule);
        PyObject r = in.exec(code, globals, locals, closure);
        return exec ? PyNone.INSTANCE : r;
    }

    static String radix(PyObject o, int radix, String prefix) {
        PyObject i = Ops.indexObj(o);
        java.math.BigInteger v = Arith.big(i);
        String s = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + s;
    }

    static PyObject minmax(PyObject[] a, String[] k, boolean min) {
        String name = min ? "min" : "max";
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        PyObject key = null, dflt = null;
        for (int i = 0; i < nkw; i++) {
            if (k[i].equals("key")) key = a[npos + i];
            else if (k[i].equals("default")) dflt = a[npos + i];
            else throw Err.typeError(name + "() got an unexpected keyword argument '" + k[i] + "'");
        }
        if (key == PyNone.INSTANCE) key = null;
        if (npos == 0) throw Err.typeError(name + " expected at least 1 argument, got 0");
        PyObject it;
        if (npos == 1) it = Ops.iter(a[0]);
        else {
            if (dflt != null) throw Err.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            it = new Iterators.ArrayIterator(a, npos, PyType.TUPLE_ITERATOR);
        }
        PyObject best = null, bestKey = null, x;
        while ((x = Ops.next(it)) != null) {
            PyObject kx = key == null ? x : key.call1(x);
            if (best == null) { best = x; bestKey = kx; continue; }
            boolean better = min ? Ops.isTrue(Ops.richCompare(kx, bestKey, Ops.LT)) : Ops.isTrue(Ops.richCompare(kx, bestKey, Ops.GT));
            if (better) { best = x; bestKey = kx; }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Err.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    public static PyObject dirOf(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = o.getDict();
        if (d != null && !(o instanceof PyType)) {
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) if (d.keys[i] instanceof PyStr) names.add(((PyStr) d.keys[i]).value);
        }
        if (o instanceof PyModule) {
            List<PyObject> l = new ArrayList<>();
            for (String n : names) l.add(PyStr.of(n));
            return new PyList(l.toArray(new PyObject[0]));
        }
        PyType[] mro = o instanceof PyType ? ((PyType) o).mro : o.type().mro;
        for (PyType t : mro) {
            t.ready();
            for (int i = t.dict.nextEntry(0); i >= 0; i = t.dict.nextEntry(i + 1)) {
                if (t.dict.keys[i] instanceof PyStr) names.add(((PyStr) t.dict.keys[i]).value);
            }
        }
        List<PyObject> l = new ArrayList<>();
        for (String n : names) l.add(PyStr.of(n));
        return new PyList(l.toArray(new PyObject[0]));
    }
}
