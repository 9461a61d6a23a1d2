package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

public final class PyFunction extends PyObject {
    public PyCode code;
    public final PyDict globals;
    public PyObject[] defaults;     // may be null
    public PyDict kwdefaults;       // may be null
    public final PyCell[] closure;  // may be null
    public String name;
    public String qualname;
    public PyObject doc = PyNone.INSTANCE;
    public PyObject module;
    private PyDict dict;
    public PyDict annotations;

    public PyFunction(PyCode code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults != null && defaults.length == 0 ? null : defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.INSTANCE : m;
    }

    @Override public PyType type() { return PyType.FUNCTION; }
    @Override public PyDict getDict() { if (dict == null) dict = new PyDict(); return dict; }
    @Override public boolean isDescriptor() { return true; }
    @Override public boolean isMethodDescriptor() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(obj, this);
    }
    @Override public String pyRepr() { return "<function " + qualname + " at " + Ops.addressString(this) + ">"; }

    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "__name__": return PyStr.of(name);
            case "__qualname__": return PyStr.of(qualname);
            case "__code__": return code;
            case "__globals__": return globals;
            case "__defaults__": return defaults == null ? PyNone.INSTANCE : PyTuple.of(defaults);
            case "__kwdefaults__": return kwdefaults == null ? PyNone.INSTANCE : kwdefaults;
            case "__doc__": return doc;
            case "__module__": return module;
            case "__dict__": return getDict();
            case "__closure__": {
                if (closure == null) return PyNone.INSTANCE;
                return PyTuple.of((PyObject[]) closure.clone());
            }
            case "__annotations__": if (annotations == null) annotations = new PyDict(); return annotations;
            default: return super.pyGetAttr(n);
        }
    }
    @Override public void pySetAttr(String n, PyObject v) {
        switch (n) {
            case "__name__": name = Ops.strValue(v, "__name__ must be set to a string object"); return;
            case "__qualname__": qualname = Ops.strValue(v, "__qualname__ must be set to a string object"); return;
            case "__doc__": doc = v; return;
            case "__module__": module = v; return;
            case "__defaults__": defaults = v == PyNone.INSTANCE ? null : Ops.toArray(v); return;
            case "__kwdefaults__": kwdefaults = v == PyNone.INSTANCE ? null : (PyDict) v; return;
            case "__annotations__": annotations = (PyDict) v; return;
            case "__code__": code = (PyCode) v; return;
            default: getDict().putStr(n, v);
        }
    }

    // ---- calls ----------------------------------------------------------------------------
    private Frame newFrame() {
        PyCode c = code;
        return new Frame(c, globals, c.nslots);
    }

    private PyObject run(Frame f) {
        PyCode c = code;
        if (c.cell2arg != null) initCells(f, c);
        if (c.generator) {
            if (c.coroutine) return new PyCoroutine(f, this);
            if (c.asyncGenerator) return new PyAsyncGenerator(f, this);
            return new PyGenerator(f, this);
        }
        return c.invoke(f);
    }

    /** A fresh frame with cells and closure set up (class bodies). */
    public Frame newFrameWithCells() {
        Frame f = newFrame();
        PyCode c = code;
        if (c.cell2arg != null) initCells(f, c);
        return f;
    }

    private void initCells(Frame f, PyCode c) {
        PyObject[] fast = f.fast;
        int cs = c.cellStart();
        int[] c2a = c.cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            int a = c2a[i];
            fast[cs + i] = a >= 0 ? new PyCell(fast[a]) : new PyCell();
        }
        if (closure != null) {
            int fs = c.freeStart();
            System.arraycopy(closure, 0, fast, fs, closure.length);
        }
    }

    @Override public PyObject call0() {
        PyCode c = code;
        if (c.simple && c.argcount == 0) return run(newFrame());
        return call(EMPTY, null);
    }
    @Override public PyObject call1(PyObject a) {
        PyCode c = code;
        if (c.simple && c.argcount == 1) {
            Frame f = newFrame();
            f.fast[0] = a;
            return run(f);
        }
        return call(new PyObject[]{a}, null);
    }
    @Override public PyObject call2(PyObject a, PyObject b) {
        PyCode c = code;
        if (c.simple && c.argcount == 2) {
            Frame f = newFrame();
            f.fast[0] = a;
            f.fast[1] = b;
            return run(f);
        }
        return call(new PyObject[]{a, b}, null);
    }
    @Override public PyObject call3(PyObject a, PyObject b, PyObject d) {
        PyCode c = code;
        if (c.simple && c.argcount == 3) {
            Frame f = newFrame();
            f.fast[0] = a;
            f.fast[1] = b;
            f.fast[2] = d;
            return run(f);
        }
        return call(new PyObject[]{a, b, d}, null);
    }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        Frame f = newFrame();
        bind(f.fast, args, kwnames);
        return run(f);
    }

    /** Calls with self prepended (method call without creating a bound method). */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return call(a, kwnames);
    }

    private void bind(PyObject[] slots, PyObject[] args, String[] kwnames) {
        PyCode c = code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = c.argcount;
        int kwonly = c.kwonlyargcount;
        String[] names = c.varnames;
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, slots, 0, n);
        int extraIndex = argcount + kwonly;
        if (c.varargs) {
            if (npos > argcount) {
                PyObject[] rest = new PyObject[npos - argcount];
                System.arraycopy(args, argcount, rest, 0, rest.length);
                slots[extraIndex] = new PyTuple(rest);
            } else {
                slots[extraIndex] = PyTuple.EMPTY;
            }
            extraIndex++;
        } else if (npos > argcount) {
            throw tooManyPositional(npos, args, kwnames);
        }
        PyDict kwdict = null;
        if (c.varkw) {
            kwdict = new PyDict();
            slots[extraIndex] = kwdict;
        }
        List<String> posonlyPassed = null;
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            PyObject v = args[npos + k];
            int j = -1;
            for (int i = c.posonlyargcount; i < argcount + kwonly; i++) {
                if (names[i].equals(kn)) { j = i; break; }
            }
            if (j >= 0) {
                if (slots[j] != null) {
                    throw Err.typeError(qualname + "() got multiple values for argument '" + kn + "'");
                }
                slots[j] = v;
            } else if (kwdict != null) {
                kwdict.putStr(kn, v);
            } else {
                for (int i = 0; i < c.posonlyargcount; i++) {
                    if (names[i].equals(kn)) {
                        if (posonlyPassed == null) posonlyPassed = new ArrayList<>();
                        posonlyPassed.add(kn);
                    }
                }
                if (posonlyPassed == null) {
                    throw Err.typeError(qualname + "() got an unexpected keyword argument '" + kn + "'");
                }
            }
        }
        if (posonlyPassed != null) {
            throw Err.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '" + String.join(", ", posonlyPassed) + "'");
        }
        if (npos < argcount) {
            PyObject[] defs = defaults;
            int ndef = defs == null ? 0 : defs.length;
            int firstDefault = argcount - ndef;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (slots[i] == null) {
                    if (i >= firstDefault) slots[i] = defs[i - firstDefault];
                    else {
                        if (missing == null) missing = new ArrayList<>();
                        missing.add(names[i]);
                    }
                }
            }
            if (missing != null) throw missingArgs(missing, "positional");
        }
        if (kwonly > 0) {
            List<String> missing = null;
            for (int i = argcount; i < argcount + kwonly; i++) {
                if (slots[i] == null) {
                    PyObject d = kwdefaults == null ? null : kwdefaults.getStr(names[i]);
                    if (d != null) slots[i] = d;
                    else {
                        if (missing == null) missing = new ArrayList<>();
                        missing.add(names[i]);
                    }
                }
            }
            if (missing != null) throw missingArgs(missing, "keyword-only");
        }
    }

    private PyException missingArgs(List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder(qualname).append("() missing ").append(missing.size()).append(" required ")
                .append(kind).append(" argument").append(missing.size() == 1 ? "" : "s").append(": ");
        sb.append(joinNames(missing));
        return Err.typeError(sb.toString());
    }

    static String joinNames(List<String> names) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }

    private PyException tooManyPositional(int given, PyObject[] args, String[] kwnames) {
        PyCode c = code;
        int argcount = c.argcount;
        int ndef = defaults == null ? 0 : defaults.length;
        String takes;
        if (ndef > 0) takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        else takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String kn : kwnames) {
                for (int i = argcount; i < argcount + c.kwonlyargcount; i++) if (c.varnames[i].equals(kn)) kwonlyGiven++;
            }
        }
        String given_ = given + " positional argument" + (given == 1 ? "" : "s");
        String msg;
        if (kwonlyGiven > 0) {
            msg = qualname + "() takes " + takes + " but " + given_ + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            msg = qualname + "() takes " + takes + " but " + given + (given == 1 ? " was" : " were") + " given";
        }
        return Err.typeError(msg);
    }
}
