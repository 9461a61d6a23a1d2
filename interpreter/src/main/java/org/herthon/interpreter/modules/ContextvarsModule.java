package org.herthon.interpreter.modules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _contextvars} (CPython's Python/context.c): ContextVar, Token, Context and copy_context.
 *
 * <p>A context is an immutable mapping from variables to values (copied on write here, where
 * CPython uses a HAMT); each thread of the interpreter has its own current context, kept in the
 * module's state (a new thread starts with an empty one, as in CPython). The types are made per
 * module object, so the variables of one interpreter never see another's threads.
 */
public final class ContextvarsModule implements JavaModule {
    @Override public String name() { return "_contextvars"; }

    /** One interpreter's state: the current context of each of its threads. */
    static final class State {
        final ThreadLocal<Ctx> current = new ThreadLocal<>();
        PyType ctxType, varType, tokenType;
        PyObject missing;

        Ctx current() {
            Ctx c = current.get();
            if (c == null) {
                c = new Ctx(ctxType, new LinkedHashMap<>());
                current.set(c);
            }
            return c;
        }
    }

    /** A Context: its (never mutated) mapping, replaced by a new one at each set. */
    static final class Ctx extends PyObject {
        final PyType cls;
        Map<PyObject, PyObject> vars;
        Ctx prev;
        boolean entered;

        Ctx(PyType cls, Map<PyObject, PyObject> vars) {
            this.cls = cls;
            this.vars = vars;
        }

        @Override public PyType type() { return cls; }
        @Override public int pyLen() { return vars.size(); }
        @Override public long pyHash() { throw Err.typeError("unhashable type: '" + TypeNames.tpName(cls) + "'"); }
        @Override public boolean hasLen() { return true; }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return Ops.iter(new PyList(vars.keySet().toArray(new PyObject[0]))); }
        @Override public int pyContains(PyObject key) {
            checkKey(key);
            return vars.containsKey(key) ? 1 : 0;
        }
        @Override public PyObject pyGetItem(PyObject key) {
            checkKey(key);
            PyObject v = vars.get(key);
            if (v == null) throw Err.keyError(key);
            return v;
        }
        @Override public PyObject pyRichCompare(PyObject other, int op) {
            if (!(other instanceof Ctx) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
            Map<PyObject, PyObject> a = vars, b = ((Ctx) other).vars;
            boolean eq = a.size() == b.size();
            if (eq) {
                for (Map.Entry<PyObject, PyObject> e : a.entrySet()) {
                    PyObject w = b.get(e.getKey());
                    if (w == null || !Ops.eqBool(e.getValue(), w)) { eq = false; break; }
                }
            }
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }

        void set(PyObject var, PyObject value) {
            Map<PyObject, PyObject> m = new LinkedHashMap<>(vars);
            m.put(var, value);
            vars = m;
        }

        void delete(PyObject var) {
            Map<PyObject, PyObject> m = new LinkedHashMap<>(vars);
            m.remove(var);
            vars = m;
        }
    }

    static void checkKey(PyObject key) {
        if (!(key instanceof Var)) throw Err.typeError("a ContextVar key was expected, got " + Ops.repr(key));
    }

    /** A ContextVar: a name and maybe a default (null when none). */
    static final class Var extends PyObject {
        final PyType cls;
        final State st;
        final PyObject name, dflt;

        Var(PyType cls, State st, PyObject name, PyObject dflt) {
            this.cls = cls;
            this.st = st;
            this.name = name;
            this.dflt = dflt;
        }

        @Override public PyType type() { return cls; }
        @Override public String pyRepr() {
            return "<ContextVar name=" + Ops.repr(name) + (dflt == null ? "" : " default=" + Ops.repr(dflt)) + " at " + Ops.addressString(this) + ">";
        }
    }

    /** A Token: what ContextVar.set returns, for reset. */
    static final class Token extends PyObject {
        final PyType cls;
        final Ctx ctx;
        final Var var;
        final PyObject old;
        boolean used;

        Token(PyType cls, Ctx ctx, Var var, PyObject old) {
            this.cls = cls;
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }

        @Override public PyType type() { return cls; }
        @Override public String pyRepr() {
            return "<Token" + (used ? " used" : "") + " var=" + var.pyRepr() + " at " + Ops.addressString(this) + ">";
        }
    }

    private static PyType type(String name, PyBuiltinFunction.Impl newImpl) {
        PyType t = Types.builtinType(name, "_contextvars", PyType.OBJECT, null, newImpl);
        t.baseAllowed = false;
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    private static void noArgs(String fname, PyObject[] a, String[] k) {
        if (a.length > 1) throw Err.typeError(fname + "() takes no arguments (" + (a.length - 1) + " given)");
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_contextvars");
        m.dict.putStr("__doc__", PyStr.of("Context Variables"));
        State st = new State();

        PyType ctxT = type("Context", (a, k) -> {
            if (a.length > 1) throw Err.typeError("Context() does not accept any arguments");
            return new Ctx((PyType) a[0], new LinkedHashMap<>());
        });
        st.ctxType = ctxT;
        Types.slots(ctxT, "__len__", "__iter__", "__getitem__", "__contains__", "compare");
        ctxT.dict.putStr("__hash__", PyNone.INSTANCE);
        Types.def(ctxT, "run", (a, k) -> {
            Ctx c = (Ctx) a[0];
            if (a.length < 2) throw Err.typeError("run() missing 1 required positional argument");
            if (k != null && a.length - k.length < 2) throw Err.typeError("run() missing 1 required positional argument");
            if (c.entered) throw Err.runtimeError("cannot enter context: " + Ops.repr(c) + " is already entered");
            Ctx prev = st.current();
            c.prev = prev;
            c.entered = true;
            st.current.set(c);
            try {
                return a[1].call(Arrays.copyOfRange(a, 2, a.length), k);
            } finally {
                st.current.set(prev);
                c.prev = null;
                c.entered = false;
            }
        });
        Types.def(ctxT, "copy", (a, k) -> {
            Args.noKw("copy", k);
            noArgs("Context.copy", a, k);
            return new Ctx(ctxT, ((Ctx) a[0]).vars);
        });
        Types.def(ctxT, "get", (a, k) -> {
            Args.noKw("get", k);
            if (a.length < 2) throw Err.typeError("get expected at least 1 argument, got 0");
            if (a.length > 3) throw Err.typeError("get expected at most 2 arguments, got " + (a.length - 1));
            checkKey(a[1]);
            PyObject v = ((Ctx) a[0]).vars.get(a[1]);
            return v != null ? v : a.length == 3 ? a[2] : PyNone.INSTANCE;
        });
        Types.def(ctxT, "keys", (a, k) -> {
            noArgs("Context.keys", a, k);
            return Ops.iter(new PyList(((Ctx) a[0]).vars.keySet().toArray(new PyObject[0])));
        });
        Types.def(ctxT, "values", (a, k) -> {
            noArgs("Context.values", a, k);
            return Ops.iter(new PyList(((Ctx) a[0]).vars.values().toArray(new PyObject[0])));
        });
        Types.def(ctxT, "items", (a, k) -> {
            noArgs("Context.items", a, k);
            Map<PyObject, PyObject> vars = ((Ctx) a[0]).vars;
            PyObject[] items = new PyObject[vars.size()];
            int i = 0;
            for (Map.Entry<PyObject, PyObject> e : vars.entrySet()) items[i++] = new PyTuple(new PyObject[]{e.getKey(), e.getValue()});
            return Ops.iter(new PyList(items));
        });

        PyType tokT = type("Token", (a, k) -> { throw Err.runtimeError("Tokens can only be created by ContextVars"); });
        st.tokenType = tokT;
        PyType missingT = Types.builtinType("Token.MISSING", "_contextvars", PyType.OBJECT, null, null);
        missingT.baseAllowed = false;
        PyObject missing = new PyObject() {
            @Override public PyType type() { return missingT; }
            @Override public String pyRepr() { return "<Token.MISSING>"; }
        };
        missingT.dict.putStr("__module__", PyStr.of("builtins"));
        Types.slots(missingT, "__repr__");
        st.missing = missing;
        tokT.dict.putStr("MISSING", missing);
        Types.getter(tokT, "var", s -> ((Token) s).var);
        Types.getter(tokT, "old_value", s -> {
            PyObject o = ((Token) s).old;
            return o == null ? missing : o;
        });
        Types.slots(tokT, "__repr__");
        Types.defClass(tokT, "__class_getitem__", (a, k) -> new PyGenericAlias((PyType) a[0], a[1]));

        PyType varT = type("ContextVar", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - 1 - nkw;
            if (npos != 1) {
                if (npos > 1) throw Err.typeError("ContextVar() takes at most 1 positional argument (" + npos + " given)");
                throw Err.typeError("ContextVar() takes exactly 1 positional argument (0 given)");
            }
            PyObject dflt = null;
            for (int i = 0; i < nkw; i++) {
                if (!k[i].equals("default")) throw Err.typeError("'" + k[i] + "' is an invalid keyword argument for ContextVar()");
                dflt = a[1 + npos + i];
            }
            PyObject name = a[1];
            if (!(name instanceof PyStr)) throw Err.typeError("context variable name must be a str");
            return new Var((PyType) a[0], st, name, dflt);
        });
        st.varType = varT;
        Types.getter(varT, "name", s -> ((Var) s).name);
        Types.slots(varT, "__repr__");
        Types.defClass(varT, "__class_getitem__", (a, k) -> new PyGenericAlias((PyType) a[0], a[1]));
        Types.def(varT, "get", (a, k) -> {
            Args.noKw("get", k);
            if (a.length > 2) throw Err.typeError("get expected at most 1 argument, got " + (a.length - 1));
            Var v = (Var) a[0];
            PyObject r = st.current().vars.get(v);
            if (r != null) return r;
            if (a.length == 2) return a[1];
            if (v.dflt != null) return v.dflt;
            throw Err.make(PyExc.LookupError, v);
        });
        Types.def(varT, "set", (a, k) -> {
            Args.noKw("set", k);
            if (a.length != 2) throw Err.typeError("ContextVar.set() takes exactly one argument (" + (a.length - 1) + " given)");
            Var v = (Var) a[0];
            Ctx c = st.current();
            PyObject old = c.vars.get(v);
            Token t = new Token(tokT, c, v, old);
            c.set(v, a[1]);
            return t;
        });
        Types.def(varT, "reset", (a, k) -> {
            Args.noKw("reset", k);
            if (a.length != 2) throw Err.typeError("ContextVar.reset() takes exactly one argument (" + (a.length - 1) + " given)");
            Var v = (Var) a[0];
            if (!(a[1] instanceof Token)) throw Err.typeError("expected an instance of Token, got " + Ops.repr(a[1]));
            Token t = (Token) a[1];
            if (t.used) throw Err.runtimeError(Ops.repr(t) + " has already been used once");
            if (t.var != v) throw Err.valueError(Ops.repr(t) + " was created by a different ContextVar");
            Ctx c = st.current();
            if (t.ctx != c) throw Err.valueError(Ops.repr(t) + " was created in a different Context");
            t.used = true;
            if (t.old == null) c.delete(v);
            else c.set(v, t.old);
            return PyNone.INSTANCE;
        });

        m.dict.putStr("Context", ctxT);
        m.dict.putStr("ContextVar", varT);
        m.dict.putStr("Token", tokT);
        ModuleSupport.def(m, "copy_context", (a, k) -> {
            Args.noKw("copy_context", k);
            if (a.length > 0) throw Err.typeError("_contextvars.copy_context() takes no arguments (" + a.length + " given)");
            return new Ctx(ctxT, st.current().vars);
        });
        return m;
    }
}
