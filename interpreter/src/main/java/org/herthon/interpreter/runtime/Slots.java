package org.herthon.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Fills the dictionaries of the builtin types with their methods (once per JVM). */
public final class Slots {
    private Slots() {}

    public static final PyBuiltinFunction OBJECT_NEW = Builtins0.OBJECT_NEW;
    public static final PyBuiltinFunction OBJECT_INIT = Builtins0.OBJECT_INIT;
    public static final PyBuiltinFunction OBJECT_SETATTR = PyBuiltinFunction.method3("object", "__setattr__", (self, n, v) -> {
        self.pySetAttr(Args.str(n, "attribute name"), v);
        return PyNone.INSTANCE;
    });
    public static final PyBuiltinFunction OBJECT_GETATTRIBUTE = PyBuiltinFunction.method2("object", "__getattribute__", (self, n) -> {
        String name = Args.str(n, "attribute name");
        PyObject v = self.pyGetAttr(name);
        if (v == null) throw Ops.noAttribute(self, name);
        return v;
    });

    private static boolean done;

    public static synchronized void init() {
        if (done) return;
        done = true;
        // make sure exception types exist
        PyExc.ALL.size();
        objectMethods();
        typeMethods();
        numberMethods();
        exceptionMethods();
        miscMethods();
        lazy(PyType.STR, 19);
        CollMethods.init();
    }

    /** Defers filling a builtin type's dict to its first lookup (saves start-up time). */
    static void lazy(PyType t, int kind) { t.lazyInit = new Lazy(kind); }

    static final class Lazy implements Runnable {
        final int kind;
        Lazy(int kind) { this.kind = kind; }
        @Override public void run() {
            switch (kind) {
                case 1: intMethods(); break;
                case 2: boolMethods(); break;
                case 3: floatMethods(); break;
                case 4: complexMethods(); break;
                case 5: baseExceptionMethods(); break;
                case 6: miscTypeMethods(); break;
                case 10: CollMethods.listMethods(); break;
                case 11: CollMethods.tupleMethods(); break;
                case 12: CollMethods.dictMethods(); break;
                case 13: CollMethods.setMethods(PyType.SET); break;
                case 14: CollMethods.setMethods(PyType.FROZENSET); break;
                case 15: CollMethods.rangeMethods(); break;
                case 16: CollMethods.sliceMethods(); break;
                case 17: CollMethods.bytesMethods(); break;
                case 18: CollMethods.viewMethods(); break;
                case 19: StrMethods.init(); break;
                case 20: BytesMethods.bytearrayMethods(); break;
                case 21: PyMemoryView.init(); break;
                default: throw new IllegalStateException("lazy " + kind);
            }
        }
    }

    static void def(PyType t, String name, PyBuiltinFunction.Impl impl) { t.dict.putStr(name, PyBuiltinFunction.method(t.name, name, impl)); }
    static void def1(PyType t, String name, PyBuiltinFunction.Impl1 impl) { t.dict.putStr(name, PyBuiltinFunction.method1(t.name, name, impl)); }
    static void def2(PyType t, String name, PyBuiltinFunction.Impl2 impl) { t.dict.putStr(name, PyBuiltinFunction.method2(t.name, name, impl)); }
    static void def3(PyType t, String name, PyBuiltinFunction.Impl3 impl) { t.dict.putStr(name, PyBuiltinFunction.method3(t.name, name, impl)); }
    static void defStatic(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, new PyStaticMethod(PyBuiltinFunction.of(name, impl)));
    }
    static void defClass(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, new PyClassMethod(PyBuiltinFunction.of(name, impl)));
    }

    /** Standard slot wrappers backed by the Java hooks. */
    static void slots(PyType t, String... names) {
        for (String n : names) {
            switch (n) {
                case "__repr__": def1(t, n, self -> PyStr.of(self.pyRepr())); break;
                case "__str__": def1(t, n, self -> PyStr.of(self.pyStr())); break;
                case "__hash__": def1(t, n, self -> PyInt.of(self.pyHash())); break;
                case "__len__": def1(t, n, self -> PyInt.of(self.pyLen())); break;
                case "__bool__": def1(t, n, self -> PyBool.of(self.pyBool())); break;
                case "__iter__": def1(t, n, PyObject::pyIter); break;
                case "__next__": def1(t, n, self -> {
                    PyObject v = self.pyNext();
                    if (v == null) throw Err.make(PyExc.StopIteration);
                    return v;
                }); break;
                case "__getitem__": def2(t, n, PyObject::pyGetItem); break;
                case "__setitem__": def3(t, n, (self, k, v) -> { self.pySetItem(k, v); return PyNone.INSTANCE; }); break;
                case "__delitem__": def2(t, n, (self, k) -> { self.pyDelItem(k); return PyNone.INSTANCE; }); break;
                case "__contains__": def2(t, n, (self, k) -> {
                    int r = self.pyContains(k);
                    if (r < 0) return PyBool.of(Ops.contains(self, k));
                    return PyBool.of(r == 1);
                }); break;
                case "compare":
                    for (int op = 0; op < 6; op++) {
                        final int o = op;
                        def2(t, Ops.CMP_NAMES[op], (self, other) -> {
                            if (Arith.isNumber(self) && Arith.isNumber(other)) return Arith.numberCompare(self, other, o);
                            return self.pyRichCompare(other, o);
                        });
                    }
                    break;
                default: throw new IllegalArgumentException(n);
            }
            if (n.equals("compare")) {
                for (int op = 0; op < 6; op++) slotDoc(t, Ops.CMP_NAMES[op], "Return self" + Ops.CMP_SYMBOLS[op] + "value.");
            } else {
                slotDoc(t, n, SLOT_DOCS.get(n));
            }
        }
    }

    /** The docstrings of CPython's slot wrappers (typeobject.c slotdefs). */
    private static final java.util.Map<String, String> SLOT_DOCS = java.util.Map.ofEntries(
            java.util.Map.entry("__repr__", "Return repr(self)."), java.util.Map.entry("__str__", "Return str(self)."),
            java.util.Map.entry("__hash__", "Return hash(self)."), java.util.Map.entry("__len__", "Return len(self)."),
            java.util.Map.entry("__bool__", "True if self else False"), java.util.Map.entry("__iter__", "Implement iter(self)."),
            java.util.Map.entry("__next__", "Implement next(self)."), java.util.Map.entry("__getitem__", "Return self[key]."),
            java.util.Map.entry("__setitem__", "Set self[key] to value."), java.util.Map.entry("__delitem__", "Delete self[key]."),
            java.util.Map.entry("__contains__", "Return key in self."));

    private static void slotDoc(PyType t, String name, String doc) {
        PyObject f = t.dict.getStr(name);
        if (doc != null && f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).doc == PyNone.INSTANCE) {
            ((PyBuiltinFunction) f).doc = PyStr.of(doc);
        }
    }

    static void arith(PyType t, int... ops) {
        for (int op : ops) {
            final int o = op;
            def2(t, Arith.NAMES[op], (self, other) -> Arith.binary(o, self, other));
            def2(t, Arith.RNAMES[op], (self, other) -> Arith.binary(o, other, self));
        }
    }

    /**
     * The operator methods of int (level 0), float (1) and complex (2): like CPython's number slots
     * they answer NotImplemented for an operand of a wider kind ((1).__add__(2.0) is NotImplemented).
     */
    static void numArith(PyType t, int level, int... ops) {
        for (int op : ops) {
            final int o = op;
            def2(t, Arith.NAMES[op], (self, other) -> accepts(level, other) ? Arith.binary(o, self, other) : PyNotImplemented.INSTANCE);
            def2(t, Arith.RNAMES[op], (self, other) -> accepts(level, other) ? Arith.binary(o, other, self) : PyNotImplemented.INSTANCE);
        }
    }

    private static boolean accepts(int level, PyObject other) {
        if (Arith.isInt(other)) return true;
        if (other instanceof PyFloat) return level >= 1;
        if (other instanceof PyComplex) return level >= 2;
        return false;
    }

    // ---- object ------------------------------------------------------------------------------
    private static void objectMethods() {
        PyType t = PyType.OBJECT;
        t.noInstanceDict = true;
        t.noWeakref = true;
        t.dict.putStr("__new__", new PyStaticMethod(OBJECT_NEW));
        t.dict.putStr("__init__", OBJECT_INIT);
        t.dict.putStr("__setattr__", OBJECT_SETATTR);
        t.dict.putStr("__getattribute__", OBJECT_GETATTRIBUTE);
        def2(t, "__delattr__", (self, n) -> { self.pyDelAttr(Args.str(n, "attribute name")); return PyNone.INSTANCE; });
        def1(t, "__repr__", self -> PyStr.of(self.pyRepr()));
        def1(t, "__str__", self -> PyStr.of(Ops.repr(self)));
        def1(t, "__hash__", self -> PyInt.of(Ops.identityHash(self)));
        def2(t, "__eq__", (self, o) -> self == o ? PyBool.TRUE : PyNotImplemented.INSTANCE);
        def2(t, "__ne__", (self, o) -> {
            // CPython's object_richcompare: type(self)'s own == slot, its result negated
            PyObject r = Ops.slotCompare(self, o, Ops.EQ);
            if (r == PyNotImplemented.INSTANCE) return r;
            return PyBool.of(!Ops.isTrue(r));
        });
        for (int op : new int[]{Ops.LT, Ops.LE, Ops.GT, Ops.GE}) {
            def2(t, Ops.CMP_NAMES[op], (self, o) -> PyNotImplemented.INSTANCE);
        }
        def2(t, "__format__", (self, spec) -> {
            String s = Args.str(spec, "format spec");
            if (!s.isEmpty()) throw Err.typeError("unsupported format string passed to " + self.type().name + ".__format__");
            return PyStr.of(Ops.str(self));
        });
        def1(t, "__dir__", self -> org.herthon.interpreter.builtins.BuiltinsModule.dirOf(self));
        def2(t, "__reduce_ex__", Reduce::reduceEx);
        def1(t, "__reduce__", Reduce::reduceNewobj);
        Reduce.objectReduce = (PyBuiltinFunction) t.dict.getStr("__reduce__");
        def1(t, "__getstate__", Reduce::objectGetstate);
        Reduce.objectGetstate = (PyBuiltinFunction) t.dict.getStr("__getstate__");
        defClass(t, "__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) throw Err.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            return PyNone.INSTANCE;
        });
        defClass(t, "__subclasshook__", (a, k) -> PyNotImplemented.INSTANCE);
        t.dict.putStr("__class__", new ClassDescriptor());
    }

    /** object.__class__ as a data descriptor (so instance dicts cannot shadow it). */
    static final class ClassDescriptor extends PyObject {
        @Override public PyType type() { return PyType.GETSET_DESCRIPTOR; }
        @Override public boolean isDescriptor() { return true; }
        @Override public boolean isDataDescriptor() { return true; }
        @Override public PyObject descrGet(PyObject obj, PyType type) { return obj == null ? this : obj.type(); }
        @Override public void descrSet(PyObject obj, PyObject value) {
            if (!(value instanceof PyType)) throw Err.typeError("__class__ must be set to a class, not '" + value.type().name + "' object");
            throw Err.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        @Override public String pyRepr() { return "<attribute '__class__' of 'object' objects>"; }
    }

    /** getset_descriptor's __get__/__set__/__delete__, __name__ and __objclass__. */
    private static void getsetMethods() {
        PyType g = PyType.GETSET_DESCRIPTOR;
        def(g, "__get__", (a, k) -> {
            if (a.length < 2 || a.length > 3) throw Err.typeError("expected 1 or 2 arguments, got " + (a.length - 1));
            PyObject obj = a[1], typ = a.length > 2 ? a[2] : PyNone.INSTANCE;
            if (obj == PyNone.INSTANCE && typ == PyNone.INSTANCE) throw Err.typeError("__get__(None, None) is invalid");
            return a[0].descrGet(obj == PyNone.INSTANCE ? null : obj, typ instanceof PyType ? (PyType) typ : obj.type());
        });
        def(g, "__set__", (a, k) -> { a[0].descrSet(a[1], a[2]); return PyNone.INSTANCE; });
        def(g, "__delete__", (a, k) -> { a[0].descrDelete(a[1]); return PyNone.INSTANCE; });
        g.dict.putStr("__name__", new PyGetSet(g, "__name__", o -> PyStr.of(o instanceof PyGetSet gs ? gs.name : "__class__")));
        g.dict.putStr("__qualname__", new PyGetSet(g, "__qualname__", o -> PyStr.of(o instanceof PyGetSet gs ? gs.owner.name + "." + gs.name : "object.__class__")));
        g.dict.putStr("__objclass__", new PyGetSet(g, "__objclass__", o -> o instanceof PyGetSet gs ? gs.owner : PyType.OBJECT));
    }

    // ---- type -------------------------------------------------------------------------------
    private static void typeMethods() {
        PyType t = PyType.TYPE;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (a.length - nk == 2 && nk == 0) return a[1].type();
            if (a.length - nk != 4) throw Err.typeError("type() takes 1 or 3 arguments");
            PyType meta = (PyType) a[0];
            String name = Args.str(a[1], "type.__new__() argument 1");
            if (!(a[2] instanceof PyTuple)) throw Err.typeError("type.__new__() argument 2 must be tuple, not " + a[2].type().name);
            if (!(a[3] instanceof PyDict)) throw Err.typeError("type.__new__() argument 3 must be dict, not " + a[3].type().name);
            PyObject[] bases = ((PyTuple) a[2]).items;
            PyDict ns = (PyDict) a[3];
            PyType winner = TypeSupport.calculateMeta(meta, bases);
            if (winner != meta) {
                // type_new: the most derived metaclass decides, through its own __new__ if it has one
                PyObject wn = winner.lookup("__new__");
                if (wn instanceof PyStaticMethod) wn = ((PyStaticMethod) wn).func;
                PyObject tn = ((PyStaticMethod) PyType.TYPE.dict.getStr("__new__")).func;
                if (wn != tn) {
                    PyObject[] a2 = a.clone();
                    a2[0] = winner;
                    return wn.call(a2, k);
                }
                meta = winner;
            }
            PyDict kw = new PyDict();
            if (k != null) for (int i = 0; i < k.length; i++) kw.putStr(k[i], a[a.length - k.length + i]);
            return TypeSupport.newType(meta, name, bases, ns, kw);
        })));
        def(t, "__init__", (a, k) -> PyNone.INSTANCE);
        // as in CPython's type.__dict__ (inspect.getattr_static reads them there)
        t.dict.putStr("__mro__", new PyGetSet(t, "__mro__", o -> new PyTuple(((PyType) o).mro.clone())));
        t.dict.putStr("__dict__", new PyGetSet(t, "__dict__", o -> { ((PyType) o).ready(); return new PyMappingProxy(((PyType) o).dict); }));
        // tp_itemsize of the variable-size builtin types (64-bit CPython), inherited by subclasses
        t.dict.putStr("__itemsize__", new PyGetSet(t, "__itemsize__", o -> {
            for (PyType c : ((PyType) o).mro) {
                if (!c.builtin) continue;
                switch (c.name) {
                    case "tuple": return PyInt.of(8);
                    case "int": case "bool": return PyInt.of(4);
                    case "bytes": return PyInt.of(1);
                    case "type": return PyInt.of(40);
                    default: break;
                }
            }
            return PyInt.ZERO;
        }));
        getsetMethods();
        def(t, "__call__", (a, k) -> {
            PyType self = (PyType) a[0];
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            if (self == PyType.TYPE && rest.length == 1 && (k == null || k.length == 0)) return rest[0].type();
            return self.construct(rest, k);
        });
        def1(t, "__repr__", self -> PyStr.of(self.pyRepr()));
        def1(t, "mro", self -> new PyList(((PyType) self).mro.clone()));
        def1(t, "__subclasses__", self -> new PyList(((PyType) self).subclassList().toArray(new PyObject[0])));
        defClass(t, "__prepare__", (a, k) -> new PyDict());
        def2(t, "__instancecheck__", (self, o) -> PyBool.of(o.type().isSubtypeOf((PyType) self)));
        def2(t, "__subclasscheck__", (self, o) -> PyBool.of(o instanceof PyType && ((PyType) o).isSubtypeOf((PyType) self)));
        def2(t, "__getattribute__", (self, n) -> {
            String name = Args.str(n, "attribute name");
            PyObject v = self.pyGetAttr(name);
            if (v == null) throw Ops.noAttribute(self, name);
            return v;
        });
        def3(t, "__setattr__", (self, n, v) -> { self.pySetAttr(Args.str(n, "attribute name"), v); return PyNone.INSTANCE; });
        def2(t, "__or__", PyUnionType::or);
        def2(t, "__ror__", (self, o) -> PyUnionType.or(o, self));
    }

    // ---- numbers ------------------------------------------------------------------------------
    /** PyLong_FromString: optional spaces, sign, base prefix, digits with single underscores between them, spaces. */
    static PyObject intFromString(String s, int base, PyObject orig) {
        int n = s.length(), i = 0;
        while (i < n && isSpace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { neg = s.charAt(i) == '-'; i++; }
        int b = base;
        boolean octalCheck = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char c = Character.toLowerCase(s.charAt(i + 1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb)) {
                b = pb;
                i += 2;
                if (i < n && s.charAt(i) == '_') i++;   // one underscore may follow the prefix
            }
        }
        if (b == 0) {
            b = 10;
            octalCheck = i < n && s.charAt(i) == '0';   // "0..." in base 0 must be all zeros
        }
        StringBuilder digits = new StringBuilder();
        boolean ok = true, prevUnderscore = false;
        int start = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == start || prevUnderscore) { ok = false; break; }
                prevUnderscore = true;
                continue;
            }
            int d = c < 128 ? Character.digit(c, b) : (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1);
            if (d < 0 || d >= b) break;
            digits.append(Character.forDigit(d, b));
            prevUnderscore = false;
        }
        if (prevUnderscore || digits.length() == 0) ok = false;
        while (ok && i < n && isSpace(s.charAt(i))) i++;
        if (i < n) ok = false;
        if (ok && octalCheck) for (int j = 0; j < digits.length(); j++) if (digits.charAt(j) != '0') { ok = false; break; }
        if (!ok) {
            PyObject shown = orig instanceof PyStr || orig instanceof PyBytes ? orig : PyStr.of(s);
            if (shown instanceof PyStr && ((PyStr) shown).value.length() > 200) shown = PyStr.of(((PyStr) shown).value.substring(0, 200));
            if (shown instanceof PyBytes && ((PyBytes) shown).data.length > 200) shown = new PyBytes(java.util.Arrays.copyOf(((PyBytes) shown).data, 200));
            String r = Ops.repr(shown);   // %.200R
            throw Err.valueError("invalid literal for int() with base " + base + ": " + (r.length() > 200 ? r.substring(0, 200) : r));
        }
        IntStrLimit.checkParse(digits.length(), b);
        String t = digits.toString();
        if (t.length() <= 15 && b <= 16) {
            long v = Long.parseLong(t, b);
            return PyInt.of(neg ? -v : v);
        }
        BigInteger v = new BigInteger(t, b);
        return PyInt.of(neg ? v.negate() : v);
    }

    /** Python's str.isspace for the characters int() and float() skip. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == '\u0085'
                || (c > 127 && Character.isWhitespace(c)) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    private static final String SUBCLASS_DEPRECATED = ").  The ability to return an instance of a strict subclass of int is deprecated, "
            + "and may be removed in a future version of Python.";

    /** An int of exactly type int with the value of the int (or int subclass) r. */
    private static PyObject exactInt(PyObject r) {
        if (r.getClass() == PyInt.class || r.getClass() == PyBigInt.class) return r;
        if (r instanceof PyBigInt) return new PyBigInt(((PyBigInt) r).value);
        return PyInt.of(((PyInt) r).value);
    }

    /** PyNumber_Long: int(x) for one argument. */
    public static PyObject toInt(PyObject x) {
        if (x.getClass() == PyInt.class || x.getClass() == PyBigInt.class) return x;
        // an int subclass holding a big value (PyBigInt.Sub) that keeps int's __int__
        if (x instanceof PyBigInt && x.type().lookup("__int__") == PyType.INT.dict.getStr("__int__")) return new PyBigInt(((PyBigInt) x).value);
        PyType t = x.type();
        PyObject f = t.lookup("__int__");
        if (f != null) {
            if (x instanceof PyInt && f == PyType.INT.dict.getStr("__int__")) return exactInt(x);
            PyObject r = Ops.callDunder(f, x);
            if (r.getClass() == PyInt.class || r instanceof PyBigInt) return r;
            if (!Arith.isInt(r)) throw Err.typeError("__int__ returned non-int (type " + r.type().name + ")");
            Warnings.warn(PyExc.DeprecationWarning, "__int__ returned non-int (type " + r.type().name + SUBCLASS_DEPRECATED, 1);
            return exactInt(r);
        }
        f = t.lookup("__index__");
        if (f != null) return exactInt(Ops.indexObj(x));
        f = t.lookup("__trunc__");
        if (f != null) {
            Warnings.warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Ops.callDunder(f, x);
            if (Arith.isInt(r)) return exactInt(r);
            if (r.type().lookup("__index__") == null) throw Err.typeError("__trunc__ returned non-Integral (type " + r.type().name + ")");
            return exactInt(Ops.indexObj(r));
        }
        if (x instanceof PyStr) return intFromString(((PyStr) x).value, 10, x);
        byte[] raw = org.herthon.interpreter.modules.Buffers.bytesOrNull(x);
        if (raw != null) {
            PyBytes shown = x instanceof PyBytes ? (PyBytes) x : new PyBytes(raw);
            return intFromString(asciiText(raw), 10, shown);
        }
        throw Err.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
    }

    /** PyNumber_Float: float(x) for one argument. */
    public static double toFloat(PyObject x) {
        if (x.getClass() == PyFloat.class) return ((PyFloat) x).value;
        if (x.getClass() == PyInt.class || x instanceof PyBigInt || x instanceof PyBool) return Arith.toDouble(x);
        PyType t = x.type();
        PyObject f = t.lookup("__float__");
        if (f != null) {
            if (x instanceof PyFloat && f == PyType.FLOAT.dict.getStr("__float__")) return ((PyFloat) x).value;
            if (x instanceof PyInt && f == PyType.INT.dict.getStr("__float__")) return Arith.toDouble(x);
            PyObject r = Ops.callDunder(f, x);
            if (!(r instanceof PyFloat)) throw Err.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
            if (r.getClass() != PyFloat.class) {
                Warnings.warn(PyExc.DeprecationWarning, t.name + ".__float__ returned non-float (type " + r.type().name + ").  The ability "
                        + "to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1);
            }
            return ((PyFloat) r).value;
        }
        f = t.lookup("__index__");
        if (f != null) return Arith.toDouble(Ops.indexObj(x));
        if (x instanceof PyFloat) return ((PyFloat) x).value;
        if (x instanceof PyStr) return parseFloat(((PyStr) x).value, x);
        byte[] raw = org.herthon.interpreter.modules.Buffers.bytesOrNull(x);
        if (raw != null) return parseFloat(asciiText(raw), x instanceof PyBytes || x instanceof PyByteArray ? x : new PyBytes(raw));
        throw Err.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    /** float_from_string: spaces, sign, digits with single underscores between digits, inf/nan in any case. */
    static double parseFloat(String s, PyObject orig) {
        StringBuilder b = new StringBuilder(s.length());
        boolean ok = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) b.append(c);
            else if (isSpace(c)) b.append(' ');
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) b.append((char) ('0' + Character.digit(c, 10)));
            else { ok = false; break; }
        }
        String t = ok ? strip(b.toString()) : "";
        if (t.indexOf('_') >= 0) {
            StringBuilder u = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '_') {
                    if (i == 0 || i + 1 == t.length() || !isAsciiDigit(t.charAt(i - 1)) || !isAsciiDigit(t.charAt(i + 1))) { ok = false; break; }
                } else u.append(c);
            }
            t = u.toString();
        }
        if (ok) {
            boolean neg = false;
            String body = t;
            if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) { neg = body.charAt(0) == '-'; body = body.substring(1); }
            String low = body.toLowerCase(java.util.Locale.ROOT);
            if (low.equals("inf") || low.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            if (low.equals("nan")) return neg ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
            if (low.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
                double v = Double.parseDouble(body);
                return neg ? -v : v;
            }
        }
        throw Err.valueError("could not convert string to float: " + Ops.repr(orig));
    }

    /** The text of bytes parsed as numbers: C strings, where a byte past ASCII is neither a digit nor a space. */
    static String asciiText(byte[] raw) {
        char[] c = new char[raw.length];
        for (int i = 0; i < raw.length; i++) c[i] = raw[i] < 0 ? '?' : (char) raw[i];
        return new String(c);
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    private static String strip(String s) {
        int i = 0, j = s.length();
        while (i < j && isSpace(s.charAt(i))) i++;
        while (j > i && isSpace(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    public static PyObject round(PyObject x, PyObject nd) {
        if (x instanceof PyFloat) {
            double v = ((PyFloat) x).value;
            if (nd == null || nd == PyNone.INSTANCE) {
                if (Double.isNaN(v)) throw Err.valueError("cannot convert float NaN to integer");
                if (Double.isInfinite(v)) throw Err.overflow("cannot convert float infinity to integer");
                double r = Math.rint(v);
                return Builtins0.floatToInt(r);
            }
            long n = CollMethods.clippedIndex(nd);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return x;
            // double_round: past these every digit is kept, or none is
            if (n > 323) return x;
            if (n < -308) return new PyFloat(0.0 * v);
            BigDecimal bd = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN);
            double r = bd.doubleValue();
            if (Double.isInfinite(r)) throw Err.overflow("rounded value too large to represent");
            if (r == 0) r = Math.copySign(0.0, v);
            return new PyFloat(r);
        }
        if (Arith.isInt(x)) {
            if (nd == null || nd == PyNone.INSTANCE) return x instanceof PyBool ? PyInt.of(((PyInt) x).value) : x;
            long n = CollMethods.clippedIndex(nd);
            if (n >= 0) return x instanceof PyBool ? PyInt.of(((PyInt) x).value) : x;
            BigInteger v = Arith.big(x);
            if (-n > v.bitLength() / 3 + 2) return PyInt.ZERO;   // |v| < 10**-n / 2
            BigInteger p = BigInteger.TEN.pow((int) -n);
            BigDecimal r = new BigDecimal(v).divide(new BigDecimal(p)).setScale(0, RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger().multiply(p));
        }
        PyObject f = x.type().lookup("__round__");
        if (f == null) throw Err.typeError("type " + x.type().name + " doesn't define __round__ method");
        if (nd == null) return Ops.callDunder(f, x);
        return Ops.callDunder(f, x, nd);
    }

    private static void numberMethods() {
        PyType.INT.factory = cls -> new PyInt.Sub(cls, 0);
        PyType.INT.solid = PyType.INT;
        PyType.BOOL.baseAllowed = false;
        PyType.FLOAT.factory = cls -> new PyFloat.Sub(cls, 0.0);
        PyType.FLOAT.solid = PyType.FLOAT;
        PyType.STR.factory = cls -> new PyStr.Sub(cls, "");
        PyType.STR.solid = PyType.STR;
        lazy(PyType.INT, 1);
        lazy(PyType.BOOL, 2);
        lazy(PyType.FLOAT, 3);
        lazy(PyType.COMPLEX, 4);
    }

    static void intMethods() {
        PyType t = PyType.INT;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (k != null) for (String name : k) if (!name.equals("base")) throw Err.typeError("'" + name + "' is an invalid keyword argument for int()");
            PyObject[] p = Args.bind("int", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"x", "base"}, 0, 2);
            PyObject r;
            if (p[0] == null) {
                if (p[1] != null) throw Err.typeError("int() missing string argument");
                r = PyInt.ZERO;
            } else if (p[1] != null) {
                PyObject bo = Ops.indexObj(p[1]);
                long base = bo instanceof PyInt ? ((PyInt) bo).value : ((PyBigInt) bo).value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
                if (base != 0 && (base < 2 || base > 36)) throw Err.valueError("int() base must be >= 2 and <= 36, or 0");
                String digits;
                if (p[0] instanceof PyStr) {
                    digits = ((PyStr) p[0]).value;
                } else {
                    // bytes and bytearray are parsed as their ASCII text (re's compiler does int(b"...", 2))
                    byte[] raw = BytesMethods.bufferOrNull(p[0]);
                    if (raw == null || p[0] instanceof PyMemoryView) throw Err.typeError("int() can't convert non-string with explicit base");
                    digits = asciiText(raw);
                }
                r = intFromString(digits, (int) base, p[0]);
            } else {
                r = toInt(p[0]);
            }
            PyType cls = (PyType) a[0];
            if (cls == PyType.INT) return r;
            if (r instanceof PyInt) return new PyInt.Sub(cls, ((PyInt) r).value);
            if (r instanceof PyBigInt) return new PyBigInt.Sub(cls, ((PyBigInt) r).value);
            return r;
        })));
        slots(t, "__repr__", "__hash__", "__bool__", "compare");
        numArith(t, 0, Arith.ADD, Arith.SUB, Arith.MUL, Arith.TRUEDIV, Arith.FLOORDIV, Arith.MOD, Arith.POW, Arith.LSHIFT, Arith.RSHIFT,
                Arith.AND, Arith.OR, Arith.XOR, Arith.DIVMOD);
        def1(t, "__neg__", Arith::neg);
        def1(t, "__pos__", Arith::pos);
        def1(t, "__abs__", Arith::abs);
        def1(t, "__invert__", Arith::invert);
        def1(t, "__int__", self -> toInt(self));
        def1(t, "__index__", self -> toInt(self));
        def1(t, "__float__", self -> new PyFloat(Arith.toDouble(self)));
        def1(t, "__trunc__", self -> toInt(self));
        def1(t, "__floor__", self -> toInt(self));
        def1(t, "__ceil__", self -> toInt(self));
        def(t, "__round__", (a, k) -> round(a[0], a.length > 1 ? a[1] : null));
        def2(t, "__format__", (self, spec) -> PyStr.of(StrFormat.formatBuiltin(self, Args.str(spec, "format spec"))));
        PyGetSet.add(t, "real", self -> toInt(self));
        PyGetSet.add(t, "imag", self -> PyInt.ZERO);
        PyGetSet.add(t, "numerator", self -> toInt(self));
        PyGetSet.add(t, "denominator", self -> PyInt.ONE);
        def1(t, "bit_length", self -> PyInt.of(Arith.big(self).abs().bitLength()));
        def1(t, "bit_count", self -> PyInt.of(Arith.big(self).abs().bitCount()));
        def1(t, "conjugate", self -> toInt(self));
        def1(t, "as_integer_ratio", self -> new PyTuple(toInt(self), PyInt.ONE));
        def1(t, "is_integer", self -> PyBool.TRUE);
        def(t, "to_bytes", (a, k) -> {
            PyObject[] p = Args.bind("to_bytes", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"length", "byteorder", "signed"}, 0, 2);
            long len = p[0] == null ? 1 : Ops.index(p[0]);
            if (len < 0) throw Err.valueError("length argument must be non-negative");
            boolean little = littleEndian(p[1], "to_bytes");
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            BigInteger v = Arith.big(a[0]);
            if (!signed && v.signum() < 0) throw Err.overflow("can't convert negative int to unsigned");
            long bits = 8 * len;
            boolean fits = signed ? (len == 0 ? v.signum() == 0 : v.bitLength() <= bits - 1) : v.bitLength() <= bits;
            if (!fits) throw Err.overflow("int too big to convert");
            byte[] out = new byte[(int) len];
            BigInteger u = v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft((int) bits)) : v;
            byte[] raw = u.toByteArray();
            int n = Math.min(raw.length, out.length);
            System.arraycopy(raw, raw.length - n, out, out.length - n, n);
            if (little) reverse(out);
            return new PyBytes(out);
        });
        defClass(t, "from_bytes", (a, k) -> {
            PyObject[] p = Args.bind("from_bytes", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"bytes", "byteorder", "signed"}, 1, 2);
            if (p[0] instanceof PyStr) throw Err.typeError("cannot convert 'str' object to bytes");
            // any bytes-like object or iterable of ints, as bytes() takes them
            byte[] b = BytesMethods.bufferOrNull(p[0]);
            b = b == null ? ((PyBytes) PyType.BYTES.call1(p[0])).data.clone() : b.clone();
            boolean little = littleEndian(p[1], "from_bytes");
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            if (little) reverse(b);
            BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
            PyObject r = PyInt.of(v);
            return a[0] == PyType.INT ? r : a[0].call1(r);
        });

    }

    private static boolean littleEndian(PyObject order, String fname) {
        if (order == null) return false;
        if (!(order instanceof PyStr)) throw Err.typeError(fname + "() argument 'byteorder' must be str, not " + order.type().name);
        String o = ((PyStr) order).value;
        if (o.equals("little")) return true;
        if (o.equals("big")) return false;
        throw Err.valueError("byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] b) {
        for (int i = 0; i < b.length / 2; i++) {
            byte tmp = b[i];
            b[i] = b[b.length - 1 - i];
            b[b.length - 1 - i] = tmp;
        }
    }

    static void boolMethods() {
        PyType bt = PyType.BOOL;
        bt.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            Args.noKw("bool", k);
            if (a.length > 2) throw Err.typeError("bool expected at most 1 argument, got " + (a.length - 1));
            return PyBool.of(a.length > 1 && Ops.isTrue(a[1]));
        })));
        slots(bt, "__repr__");
        def2(bt, "__and__", (s, o) -> s instanceof PyBool && o instanceof PyBool ? PyBool.of(s == PyBool.TRUE & o == PyBool.TRUE) : Arith.binary(Arith.AND, s, o));
        def2(bt, "__or__", (s, o) -> s instanceof PyBool && o instanceof PyBool ? PyBool.of(s == PyBool.TRUE | o == PyBool.TRUE) : Arith.binary(Arith.OR, s, o));
        def2(bt, "__xor__", (s, o) -> s instanceof PyBool && o instanceof PyBool ? PyBool.of(s != o) : Arith.binary(Arith.XOR, s, o));

    }

    static void floatMethods() {
        PyType ft = PyType.FLOAT;
        ft.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (a[0] == PyType.FLOAT || CollMethods.initIsObjects((PyType) a[0])) Args.noKw("float", k);
            else a = CollMethods.positional(a, k);
            if (a.length > 2) throw Err.typeError("float expected at most 1 argument, got " + (a.length - 1));
            double v = a.length == 1 ? 0.0 : toFloat(a[1]);
            return a[0] == PyType.FLOAT ? new PyFloat(v) : new PyFloat.Sub((PyType) a[0], v);
        })));
        slots(ft, "__repr__", "__hash__", "__bool__", "compare");
        // Java's double and float are IEEE 754; the machines Herthon runs on are little-endian
        defClass(ft, "__getformat__", (a, k) -> {
            PyObject[] p = Args.bind("__getformat__", a, k, new String[]{"cls", "typestr"}, 2, 2);
            if (!(p[1] instanceof PyStr)) throw Err.typeError("__getformat__() argument must be str, not " + p[1].type().name);
            String t = ((PyStr) p[1]).value;
            if (!t.equals("double") && !t.equals("float")) throw Err.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.of("IEEE, little-endian");
        });
        numArith(ft, 1, Arith.ADD, Arith.SUB, Arith.MUL, Arith.TRUEDIV, Arith.FLOORDIV, Arith.MOD, Arith.POW, Arith.DIVMOD);
        def1(ft, "__neg__", Arith::neg);
        def1(ft, "__pos__", Arith::pos);
        def1(ft, "__abs__", Arith::abs);
        def1(ft, "__int__", self -> Builtins0.floatToInt(((PyFloat) self).value));
        def1(ft, "__trunc__", self -> Builtins0.floatToInt(((PyFloat) self).value));
        def1(ft, "__floor__", self -> Builtins0.floatToInt(Math.floor(((PyFloat) self).value)));
        def1(ft, "__ceil__", self -> Builtins0.floatToInt(Math.ceil(((PyFloat) self).value)));
        def1(ft, "__float__", self -> self);
        def(ft, "__round__", (a, k) -> round(a[0], a.length > 1 ? a[1] : null));
        def2(ft, "__format__", (self, spec) -> PyStr.of(StrFormat.formatBuiltin(self, Args.str(spec, "format spec"))));
        def1(ft, "is_integer", self -> PyBool.of(((PyFloat) self).value == Math.rint(((PyFloat) self).value) && !Double.isInfinite(((PyFloat) self).value)));
        def1(ft, "conjugate", self -> self);
        PyGetSet.add(ft, "real", self -> self);
        PyGetSet.add(ft, "imag", self -> new PyFloat(0.0));
        def1(ft, "as_integer_ratio", self -> {
            double v = ((PyFloat) self).value;
            if (Double.isInfinite(v)) throw Err.overflow("cannot convert Infinity to integer ratio");
            if (Double.isNaN(v)) throw Err.valueError("cannot convert NaN to integer ratio");
            BigDecimal bd = new BigDecimal(v);
            BigInteger num, den;
            if (bd.scale() <= 0) { num = bd.toBigIntegerExact(); den = BigInteger.ONE; }
            else {
                num = bd.unscaledValue();
                den = BigInteger.TEN.pow(bd.scale());
                BigInteger g = num.gcd(den);
                num = num.divide(g);
                den = den.divide(g);
            }
            return new PyTuple(PyInt.of(num), PyInt.of(den));
        });
        def1(ft, "hex", self -> PyStr.of(floatHex(((PyFloat) self).value)));
        defClass(ft, "fromhex", (a, k) -> {
            double v = fromHex(Args.str(a[1], "fromhex() argument"));
            return a[0] == PyType.FLOAT ? new PyFloat(v) : a[0].call1(new PyFloat(v));
        });

    }

    static void complexMethods() {
        PyType ct = PyType.COMPLEX;
        ct.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("complex", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"real", "imag"}, 0, 2);
            PyType cls = (PyType) a[0];
            PyComplex z = ComplexParse.construct(p[0], p[1], cls == PyType.COMPLEX);
            return cls == PyType.COMPLEX ? z : new PyComplex.Sub(cls, z.real, z.imag);
        })));
        def2(ct, "__format__", (self, spec) -> PyStr.of(StrFormat.formatBuiltin(self, Args.str(spec, "format spec"))));
        slots(ct, "__repr__", "__hash__", "__bool__");
        numArith(ct, 2, Arith.ADD, Arith.SUB, Arith.MUL, Arith.TRUEDIV, Arith.POW);
        def1(ct, "conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        def1(ct, "__abs__", Arith::abs);
        def1(ct, "__neg__", Arith::neg);
    }

    private static final java.util.regex.Pattern HEX_FLOAT = java.util.regex.Pattern.compile(
            "[ \\t\\n\\x0b\\f\\r]*([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)[ \\t\\n\\x0b\\f\\r]*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** float.fromhex (CPython's float_fromhex): correctly rounded, OverflowError past the largest float. */
    static double fromHex(String text) {
        java.util.regex.Matcher m = HEX_FLOAT.matcher(text);
        if (!m.matches()) throw Err.valueError("invalid hexadecimal floating-point string");
        boolean neg = m.group(1).equals("-");
        if (m.group(2) != null) {
            double special = m.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return neg ? -special : special;
        }
        String ip = m.group(3), fp = m.group(4) == null ? "" : m.group(4);
        if (ip.isEmpty() && fp.isEmpty()) throw Err.valueError("invalid hexadecimal floating-point string");
        BigInteger exp = m.group(5) == null ? BigInteger.ZERO : new BigInteger(m.group(5));
        // beyond this the value is 0 or infinite whatever the digits are
        long limit = 4L * (ip.length() + fp.length()) + 2200;
        if (exp.compareTo(BigInteger.valueOf(limit)) > 0) exp = BigInteger.valueOf(limit);
        if (exp.compareTo(BigInteger.valueOf(-limit)) < 0) exp = BigInteger.valueOf(-limit);
        double v = Double.parseDouble("0x" + (ip.isEmpty() ? "0" : ip) + "." + fp + "p" + exp);
        if (Double.isInfinite(v)) throw Err.overflow("hexadecimal value too large to represent as a float");
        return neg ? -v : v;
    }

    static String floatHex(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return Double.doubleToRawLongBits(v) < 0 ? "-0x0.0p+0" : "0x0.0p+0";
        String s = Double.toHexString(v); // e.g. 0x1.8p1
        s = s.replace("p", "p+").replace("p+-", "p-");
        if (!s.contains("p")) return s;
        // CPython pads the mantissa to 13 hex digits
        int dot = s.indexOf('.');
        int p = s.indexOf('p');
        String frac = s.substring(dot + 1, p);
        while (frac.length() < 13) frac += "0";
        return s.substring(0, dot + 1) + frac + s.substring(p);
    }

    // ---- exceptions ----------------------------------------------------------------------------
    private static void exceptionMethods() {
        lazy(PyExc.BaseException, 5);
    }

    static void baseExceptionMethods() {
        PyType t = PyExc.BaseException;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            int npos = a.length - 1 - (k == null ? 0 : k.length);
            if (cls == PyExc.OSError && npos >= 2 && npos <= 5 && Arith.isInt(a[1])) {
                // OSError(errno, ...) makes the subclass for that errno (CPython's errnomap)
                PyType sub = osErrorSubclass(Arith.big(a[1]).intValue());
                if (sub != null && Arith.big(a[1]).bitLength() < 32) cls = sub;
            }
            PyBaseException e = (PyBaseException) cls.solid.factory.create(cls);
            e.args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length)));
            return e;
        })));
        def(t, "__init__", (a, k) -> {
            PyBaseException self = (PyBaseException) a[0];
            if (k != null && k.length > 0) {
                String[] allowed = self.type().isSubtypeOf(PyExc.ImportError) ? new String[]{"name", "path"}
                        : self.type().isSubtypeOf(PyExc.AttributeError) ? new String[]{"name", "obj"}
                        : self.type().isSubtypeOf(PyExc.NameError) ? new String[]{"name"} : null;
                if (allowed == null) {
                    if (self.type().builtin) throw Err.typeError(self.type().name + "() takes no keyword arguments");
                } else {
                    PyDict d = self.getDict();
                    for (int i = 0; i < k.length; i++) {
                        if (!java.util.Arrays.asList(allowed).contains(k[i])) {
                            throw Err.typeError("'" + k[i] + "' is an invalid keyword argument for " + self.type().name + "()");
                        }
                        d.putStr(k[i], a[a.length - k.length + i]);
                    }
                }
            }
            self.init(java.util.Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length)));
            return PyNone.INSTANCE;
        });
        slots(t, "__repr__", "__str__");
        def2(t, "with_traceback", (self, tb) -> {
            ((PyBaseException) self).traceback = tb == PyNone.INSTANCE ? null : (PyTraceback) tb;
            return self;
        });
        def2(t, "add_note", (self, note) -> {
            if (!(note instanceof PyStr)) throw Err.typeError("note must be a str, not '" + note.type().name + "'");
            PyDict d = self.getDict();
            PyObject notes = d.getStr("__notes__");
            if (notes == null) { notes = new PyList(); d.putStr("__notes__", notes); }
            ((PyList) notes).append(note);
            return PyNone.INSTANCE;
        });
        def1(t, "__reduce__", self -> new PyTuple(self.type(), ((PyBaseException) self).args));
    }

    /** The OSError subclass CPython's OSError() makes for a Linux errno value, or null. */
    public static PyType osErrorSubclass(int errno) {
        switch (errno) {
            case 11: case 114: case 115: return PyExc.BlockingIOError;      // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10: return PyExc.ChildProcessError;                       // ECHILD
            case 32: case 108: return PyExc.BrokenPipeError;               // EPIPE, ESHUTDOWN
            case 103: return PyExc.ConnectionAbortedError;                 // ECONNABORTED
            case 111: return PyExc.ConnectionRefusedError;                 // ECONNREFUSED
            case 104: return PyExc.ConnectionResetError;                   // ECONNRESET
            case 17: return PyExc.FileExistsError;                         // EEXIST
            case 2: return PyExc.FileNotFoundError;                        // ENOENT
            case 21: return PyExc.IsADirectoryError;                       // EISDIR
            case 20: return PyExc.NotADirectoryError;                      // ENOTDIR
            case 4: return PyExc.InterruptedError;                         // EINTR
            case 1: case 13: return PyExc.PermissionError;                 // EPERM, EACCES
            case 3: return PyExc.ProcessLookupError;                       // ESRCH
            case 110: return PyExc.TimeoutError;                           // ETIMEDOUT
            default: return null;
        }
    }

    // ---- misc types ---------------------------------------------------------------------------

    /** The types whose methods are set up on first use, all at once, by miscTypeMethods. */
    private static PyType[] miscTypes() {
        return new PyType[]{PyType.NONE, PyType.NOTIMPLEMENTED, PyType.ELLIPSIS, PyType.FUNCTION, PyType.BUILTIN_FUNCTION,
                PyType.METHOD_DESCRIPTOR, PyType.METHOD, PyType.STATICMETHOD, PyType.CLASSMETHOD, PyType.PROPERTY, PyType.SUPER,
                PyType.GENERATOR, PyType.CELL, PyType.CODE, PyType.MODULE, PyType.ITERATOR, PyType.LIST_ITERATOR, PyType.LIST_REVERSEITERATOR,
                PyType.TUPLE_ITERATOR, PyType.STR_ITERATOR, PyType.RANGE_ITERATOR, PyType.SET_ITERATOR, PyType.DICT_KEYITERATOR,
                PyType.DICT_VALUEITERATOR, PyType.DICT_ITEMITERATOR, PyType.DICT_REVERSEKEYITERATOR, PyType.DICT_REVERSEVALUEITERATOR,
                PyType.DICT_REVERSEITEMITERATOR, PyType.CALLABLE_ITERATOR, PyType.ENUMERATE, PyType.ZIP, PyType.MAP,
                PyType.FILTER, PyType.REVERSED, PyType.GENERIC_ALIAS};
    }

    private static void miscMethods() {
        PyType.NONE.baseAllowed = false;
        PyType.FUNCTION.baseAllowed = false;
        for (PyType t : miscTypes()) {
            lazy(t, 6);
        }
    }

    private static boolean miscDone;

    static synchronized void miscTypeMethods() {
        if (miscDone) return;
        miscDone = true;
        for (PyType t : miscTypes()) {
            t.lazyInit = null;
        }
        PyType nt = PyType.NONE;
        slots(nt, "__repr__", "__bool__");
        nt.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (a.length > 1) throw Err.typeError("NoneType takes no arguments");
            return PyNone.INSTANCE;
        })));
        slots(PyType.NOTIMPLEMENTED, "__repr__");
        slots(PyType.ELLIPSIS, "__repr__");

        PyType fn = PyType.FUNCTION;
        slots(fn, "__repr__");
        def(fn, "__get__", (a, k) -> {
            PyObject obj = a.length > 1 ? a[1] : PyNone.INSTANCE;
            if (obj == PyNone.INSTANCE) return a[0];
            return new PyMethod(obj, a[0]);
        });
        def(fn, "__call__", (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        // class-level descriptors (types.py reads FunctionType.__code__ and .__globals__); instances answer these names themselves
        for (String n : new String[]{"__code__", "__defaults__", "__kwdefaults__", "__annotations__"}) {
            fn.dict.putStr(n, new PyGetSet(fn, n, self -> self.pyGetAttr(n), (self, v) -> {
                if (v == null) self.pyDelAttr(n); else self.pySetAttr(n, v);
                return PyNone.INSTANCE;
            }));
        }
        for (String n : new String[]{"__globals__", "__closure__", "__builtins__"}) {
            fn.dict.putStr(n, new PyMemberDescr(fn, n, self -> self.pyGetAttr(n), null));
        }
        PyType bf = PyType.BUILTIN_FUNCTION;
        slots(bf, "__repr__");
        def(bf, "__call__", (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        // meth_reduce for functions of a module: pickled by name, found again through __module__
        def1(bf, "__reduce__", self -> PyStr.of(((PyBuiltinFunction) self).name));
        PyType md = PyType.METHOD_DESCRIPTOR;
        def(md, "__call__", (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        def(md, "__get__", (a, k) -> {
            PyObject obj = a.length > 1 ? a[1] : PyNone.INSTANCE;
            if (obj == PyNone.INSTANCE) return a[0];
            return new PyMethod(obj, a[0]);
        });
        PyType mt = PyType.METHOD;
        slots(mt, "__repr__");
        mt.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (k != null && k.length > 0) throw Err.typeError("method() takes no keyword arguments");
            if (a.length != 3) throw Err.typeError("method expected 2 arguments, got " + (a.length - 1));
            if (!Ops.isCallable(a[1])) throw Err.typeError("first argument must be callable");
            if (a[2] == PyNone.INSTANCE) throw Err.typeError("instance must not be None");
            return new PyMethod(a[2], a[1]);
        })));
        def(mt, "__call__", (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k));

        PyType sm = PyType.STATICMETHOD;
        sm.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (a.length != 2) throw Err.typeError("staticmethod expected 1 argument, got " + (a.length - 1));
            return new PyStaticMethod(a[1]);
        })));
        def(sm, "__get__", (a, k) -> ((PyStaticMethod) a[0]).func);
        def(sm, "__call__", (a, k) -> ((PyStaticMethod) a[0]).func.call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        PyType cm = PyType.CLASSMETHOD;
        cm.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (a.length != 2) throw Err.typeError("classmethod expected 1 argument, got " + (a.length - 1));
            return new PyClassMethod(a[1]);
        })));
        def(cm, "__get__", (a, k) -> {
            PyType type = a.length > 2 && a[2] instanceof PyType ? (PyType) a[2] : a[1].type();
            return a[0].descrGet(a.length > 1 && a[1] != PyNone.INSTANCE ? a[1] : null, type);
        });

        PyType pt = PyType.PROPERTY;
        pt.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("property", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"fget", "fset", "fdel", "doc"}, 0, 4);
            return new PyProperty(nz(p[0]), nz(p[1]), nz(p[2]), p[3]);
        })));
        def(pt, "__init__", (a, k) -> PyNone.INSTANCE);
        def2(pt, "getter", (self, f) -> { PyProperty p = (PyProperty) self; return p.with(f, p.fset, p.fdel); });
        def2(pt, "setter", (self, f) -> { PyProperty p = (PyProperty) self; return p.with(p.fget, f, p.fdel); });
        def2(pt, "deleter", (self, f) -> { PyProperty p = (PyProperty) self; return p.with(p.fget, p.fset, f); });
        def(pt, "__get__", (a, k) -> {
            PyObject obj = a.length > 1 ? a[1] : PyNone.INSTANCE;
            if (obj == PyNone.INSTANCE) return a[0];
            return a[0].descrGet(obj, obj.type());
        });
        def3(pt, "__set__", (self, obj, v) -> { self.descrSet(obj, v); return PyNone.INSTANCE; });
        def2(pt, "__delete__", (self, obj) -> { self.descrDelete(obj); return PyNone.INSTANCE; });
        def3(pt, "__set_name__", (self, owner, name) -> { ((PyProperty) self).setName(Ops.str(name)); return PyNone.INSTANCE; });
        PyGetSet.add(pt, "__isabstractmethod__", self -> {
            PyProperty p = (PyProperty) self;
            for (PyObject f : new PyObject[]{p.fget, p.fset, p.fdel}) if (abstractFlag(f)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        PyGetSet.add(sm, "__isabstractmethod__", self -> PyBool.of(abstractFlag(((PyStaticMethod) self).func)));
        PyGetSet.add(cm, "__isabstractmethod__", self -> PyBool.of(abstractFlag(((PyClassMethod) self).func)));

        PyType su = PyType.SUPER;
        su.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (a.length == 1) throw Err.runtimeError("super(): no arguments");
            if (!(a[1] instanceof PyType)) throw Err.typeError("super() argument 1 must be a type, not " + a[1].type().name);
            return new PySuper((PyType) a[1], a.length > 2 ? a[2] : null);
        })));
        slots(su, "__repr__");

        PyType gen = PyType.GENERATOR;
        slots(gen, "__repr__", "__iter__", "__next__");
        def2(gen, "send", (self, v) -> ((PyGenerator) self).send(v));
        def(gen, "throw", (a, k) -> ((PyGenerator) a[0]).throwExc(PyGenerator.throwArgs("throw", a)));
        for (String n : new String[]{"gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"}) {
            PyGetSet.add(gen, n, self -> self.pyGetAttr(n));
        }
        def1(gen, "close", self -> { ((PyGenerator) self).close(); return PyNone.INSTANCE; });

        PyType cell = PyType.CELL;
        slots(cell, "__repr__");
        cell.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            // cell(contents=<empty>): positional only, at most one
            Args.noKw("cell", k);
            if (a.length > 2) throw Err.typeError("cell expected at most 1 argument, got " + (a.length - 1));
            return a.length == 2 ? new PyCell(a[1]) : new PyCell();
        })));
        PyType code = PyType.CODE;
        slots(code, "__repr__");
        PyType mod = PyType.MODULE;
        slots(mod, "__repr__");
        mod.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> new PyModule(a.length > 1 ? Ops.str(a[1]) : "?"))));
        def(mod, "__init__", (a, k) -> {
            if (a.length > 1) ((PyModule) a[0]).dict.putStr("__name__", a[1]);
            if (a.length > 2) ((PyModule) a[0]).dict.putStr("__doc__", a[2]);
            return PyNone.INSTANCE;
        });

        for (PyType it : new PyType[]{PyType.ITERATOR, PyType.LIST_ITERATOR, PyType.LIST_REVERSEITERATOR, PyType.TUPLE_ITERATOR,
                PyType.STR_ITERATOR, PyType.RANGE_ITERATOR, PyType.SET_ITERATOR, PyType.DICT_KEYITERATOR, PyType.DICT_VALUEITERATOR,
                PyType.DICT_ITEMITERATOR, PyType.DICT_REVERSEKEYITERATOR, PyType.DICT_REVERSEVALUEITERATOR, PyType.DICT_REVERSEITEMITERATOR,
                PyType.CALLABLE_ITERATOR, PyType.ENUMERATE, PyType.ZIP, PyType.MAP, PyType.FILTER, PyType.REVERSED}) {
            slots(it, "__iter__", "__next__");
            def1(it, "__reduce__", self -> ((Iterators.Base) self).reduce());
        }
        def1(PyType.RANGE, "__reduce__", self -> {
            PyRange r = (PyRange) self;
            return new PyTuple(PyType.RANGE, new PyTuple(PyInt.of(r.start), PyInt.of(r.stop), PyInt.of(r.step)));
        });
        // CPython gives __setstate__ to these only.
        for (PyType it : new PyType[]{PyType.ITERATOR, PyType.LIST_ITERATOR, PyType.LIST_REVERSEITERATOR, PyType.TUPLE_ITERATOR,
                PyType.STR_ITERATOR, PyType.RANGE_ITERATOR, PyType.ZIP, PyType.REVERSED}) {
            def2(it, "__setstate__", (self, state) -> {
                ((Iterators.Base) self).setState(state);
                return PyNone.INSTANCE;
            });
        }
        for (PyType it : new PyType[]{PyType.LIST_ITERATOR, PyType.LIST_REVERSEITERATOR, PyType.TUPLE_ITERATOR, PyType.SET_ITERATOR,
                PyType.DICT_KEYITERATOR, PyType.DICT_VALUEITERATOR, PyType.DICT_ITEMITERATOR, PyType.DICT_REVERSEKEYITERATOR,
                PyType.DICT_REVERSEVALUEITERATOR, PyType.DICT_REVERSEITEMITERATOR, PyType.RANGE_ITERATOR, PyType.STR_ITERATOR}) {
            def1(it, "__length_hint__", self -> PyInt.of(((Iterators.Base) self).remaining()));
        }
        PyType ga = PyType.GENERIC_ALIAS;
        ga.dict.putStr("__module__", PyStr.of("types"));
        ga.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            if (a.length != 3) throw Err.typeError("GenericAlias expected 2 arguments, got " + (a.length - 1));
            return new PyGenericAlias(a[1], a[2]);
        })));
        slots(ga, "__repr__", "__hash__", "compare", "__getitem__");
        def2(ga, "__or__", PyUnionType::or);
        def2(ga, "__ror__", (self, o) -> PyUnionType.or(o, self));
        def2(ga, "__mro_entries__", (self, b) -> new PyTuple(((PyGenericAlias) self).origin));
        def(ga, "__call__", (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        for (PyType g : new PyType[]{PyType.LIST, PyType.DICT, PyType.TUPLE, PyType.SET, PyType.FROZENSET, PyType.ENUMERATE}) {
            g.dict.putStr("__class_getitem__", new PyClassMethod(PyType.GENERIC_ALIAS));
        }
    }

    /** Whether f (a property's accessor, a wrapped function) says it is abstract. */
    static boolean abstractFlag(PyObject f) {
        if (f == null || f == PyNone.INSTANCE) return false;
        PyObject v = Ops.getAttrOrNull(f, "__isabstractmethod__");
        return v != null && Ops.isTrue(v);
    }

    private static PyObject nz(PyObject o) { return o == PyNone.INSTANCE ? null : o; }
}
