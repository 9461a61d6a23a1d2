package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** The abstract object protocols (CPython's abstract.c / object.c). */
public final class Ops {
    private Ops() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    public static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    public static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    static final PyObject NI = PyNotImplemented.INSTANCE;

    public static boolean cmpResult(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    // ---- identity / addresses -----------------------------------------------------------------
    private static final IdentityIds IDS = new IdentityIds();
    public static long id(PyObject o) {
        return IDS.of(o);
    }
    public static String addressString(PyObject o) { return "0x" + Long.toHexString(id(o)); }
    public static long identityHash(PyObject o) { return System.identityHashCode(o); }

    // ---- calling helpers ---------------------------------------------------------------------
    /** Calls a descriptor found on a type as a method of self. */
    public static PyObject callMethodRaw(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr.isMethodDescriptor()) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return descr.call(a, kwnames);
        }
        PyObject bound = descr.isDescriptor() ? descr.descrGet(self, self.type()) : descr;
        return bound.call(args, kwnames);
    }
    public static PyObject callDunder(PyObject descr, PyObject self) {
        if (descr.isMethodDescriptor()) return descr.call1(self);
        return (descr.isDescriptor() ? descr.descrGet(self, self.type()) : descr).call0();
    }
    public static PyObject callDunder(PyObject descr, PyObject self, PyObject a) {
        if (descr.isMethodDescriptor()) return descr.call2(self, a);
        return (descr.isDescriptor() ? descr.descrGet(self, self.type()) : descr).call1(a);
    }
    public static PyObject callDunder(PyObject descr, PyObject self, PyObject a, PyObject b) {
        if (descr.isMethodDescriptor()) return descr.call3(self, a, b);
        return (descr.isDescriptor() ? descr.descrGet(self, self.type()) : descr).call2(a, b);
    }

    public static PyObject callViaDunder(PyObject callee, PyObject[] args, String[] kwnames) {
        PyObject c = callee.type().lookup("__call__");
        if (c == null) throw Err.typeError("'" + callee.type().name + "' object is not callable");
        if (c instanceof PyFunction || c instanceof PyBuiltinFunction) return callMethodRaw(c, callee, args, kwnames);
        // __call__ is itself some other callable (an instance whose class sets __call__ = A()): a
        // chain of such calls runs no Herthon frame, so it is counted here (CPython's slot_tp_call
        // enters a recursive call " while calling a Python object").
        int[] depth = DUNDER_CALL_DEPTH.get();
        if (++depth[0] > DUNDER_CALL_LIMIT) {
            depth[0]--;
            throw Err.make(PyExc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return callMethodRaw(c, callee, args, kwnames);
        } finally {
            depth[0]--;
        }
    }

    /** Nesting of __call__ dispatches through non-function callables, per thread (the JVM stack is per thread). */
    private static final ThreadLocal<int[]> DUNDER_CALL_DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final int DUNDER_CALL_LIMIT = 1000;

    public static boolean isCallable(PyObject o) {
        if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType || o instanceof PyMethod
                || o instanceof PyStaticMethod) return true;
        return o.type().lookup("__call__") != null;
    }

    // ---- truth, repr, str, hash -------------------------------------------------------------------
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.INSTANCE) return false;
        PyType t = o.type();
        if (t.builtin) return o.pyBool();
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = callDunder(f, o);
            if (!(r instanceof PyBool)) throw Err.typeError("__bool__ should return bool, returned " + r.type().name);
            return r == PyBool.TRUE;
        }
        f = t.lookup("__len__");
        if (f != null) {
            return len(o) != 0;
        }
        return o.pyBool();
    }

    public static String repr(PyObject o) {
        PyType t = o.type();
        if (t.builtin) return o.pyRepr();
        PyObject f = t.lookup("__repr__");
        PyObject r = callDunder(f, o);
        if (!(r instanceof PyStr)) throw Err.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        return ((PyStr) r).value;
    }

    public static String str(PyObject o) {
        if (o instanceof PyStr && (o.getClass() == PyStr.class || o.type().lookup("__str__") == PyType.STR.lookup("__str__"))) return ((PyStr) o).value;
        PyType t = o.type();
        if (t.builtin) return o.pyStr();
        PyObject f = t.lookup("__str__");
        PyObject r = callDunder(f, o);
        if (!(r instanceof PyStr)) throw Err.typeError("__str__ returned non-string (type " + r.type().name + ")");
        return ((PyStr) r).value;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr) return o.pyHash();
        PyType t = o.type();
        if (t.builtin) return o.pyHash();
        PyObject f = t.lookup("__hash__");
        if (f == null || f == PyNone.INSTANCE) throw Err.typeError("unhashable type: '" + t.name + "'");
        PyObject r = callDunder(f, o);
        if (r instanceof PyInt) { long v = ((PyInt) r).value; return v == -1 ? -2 : v; }
        if (r instanceof PyBigInt) return r.pyHash();
        throw Err.typeError("__hash__ method should return an integer");
    }

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPRS = ThreadLocal.withInitial(IdentityHashMap::new);
    /**
     * Containers being repr'd on this thread nest no deeper than CPython's default recursion
     * limit: a 100,000-deep list gives RecursionError, as in CPython, not a quadratic hang.
     */
    private static final int MAX_REPR_NESTING = 1000;
    public static boolean reprEnter(PyObject o) {
        IdentityHashMap<PyObject, Boolean> active = REPRS.get();
        if (active.size() >= MAX_REPR_NESTING) {
            throw Err.make(PyExc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        return active.put(o, Boolean.TRUE) == null;
    }
    public static void reprLeave(PyObject o) { REPRS.get().remove(o); }

    public static String strValue(PyObject v, String msg) {
        if (v instanceof PyStr) return ((PyStr) v).value;
        throw Err.typeError(msg);
    }

    // ---- comparison ------------------------------------------------------------------------------
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyBool.of(cmpResult(Long.compare(((PyInt) a).value, ((PyInt) b).value), op));
        }
        PyType ta = a.type(), tb = b.type();
        if (ta.builtin && tb.builtin) {
            if (Arith.isNumber(a) && Arith.isNumber(b)) return Arith.numberCompare(a, b, op);
            PyObject r = a.pyRichCompare(b, op);
            if (r != NI) return r;
            r = b.pyRichCompare(a, SWAPPED[op]);
            if (r != NI) return r;
            return cmpFallback(a, b, op);
        }
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && overrides(tb, CMP_NAMES[SWAPPED[op]])) {
            checkedReverse = true;
            PyObject r = slotCompare(b, a, SWAPPED[op]);
            if (r != NI) return r;
        }
        PyObject r = slotCompare(a, b, op);
        if (r != NI) return r;
        if (!checkedReverse) {
            r = slotCompare(b, a, SWAPPED[op]);
            if (r != NI) return r;
        }
        return cmpFallback(a, b, op);
    }

    private static PyObject cmpFallback(PyObject a, PyObject b, int op) {
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) return PyBool.of(a != b);
        throw Err.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + a.type().name + "' and '" + b.type().name + "'");
    }

    private static boolean overrides(PyType t, String name) {
        PyObject f = t.lookup(name);
        return f != null && f != PyType.OBJECT.dict.getStr(name);
    }

    /** Calls a's comparison slot (builtin or user-defined). */
    static PyObject slotCompare(PyObject a, PyObject b, int op) {
        PyType t = a.type();
        if (t.builtin) {
            if (Arith.isNumber(a) && Arith.isNumber(b)) return Arith.numberCompare(a, b, op);
            return a.pyRichCompare(b, op);
        }
        PyObject f = t.lookup(CMP_NAMES[op]);
        if (f == null || f == PyNone.INSTANCE) return NI;
        if (!(f instanceof PyFunction) && !f.isMethodDescriptor() && f.isDescriptor()) {
            // CPython's slot_tp_richcompare: an error while binding the method (a property whose
            // getter raises) is cleared, and the comparison is NotImplemented
            PyObject bound;
            try {
                bound = f.descrGet(a, t);
            } catch (PyException e) {
                return NI;
            }
            return bound.call1(b);
        }
        return callDunder(f, a, b);
    }

    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return ((PyInt) a).value == ((PyInt) b).value;
        if (a instanceof PyStr && b instanceof PyStr) return ((PyStr) a).value.equals(((PyStr) b).value);
        return isTrue(richCompare(a, b, EQ));
    }

    public static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == EQ || op == NE) && na != nb) return PyBool.of(op == NE);
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            if (!eqBool(a[i], b[i])) break;
        }
        if (i >= n) return PyBool.of(cmpResult(Integer.compare(na, nb), op));
        if (op == EQ) return PyBool.FALSE;
        if (op == NE) return PyBool.TRUE;
        return richCompare(a[i], b[i], op);
    }

    // ---- arithmetic --------------------------------------------------------------------------------
    public static PyObject add(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return Arith.add(((PyInt) a).value, ((PyInt) b).value);
        if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        if (a instanceof PyStr && b instanceof PyStr) return PyStr.of(((PyStr) a).value.concat(((PyStr) b).value));
        return binary(a, b, Arith.ADD);
    }
    public static PyObject sub(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return Arith.sub(((PyInt) a).value, ((PyInt) b).value);
        if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(((PyFloat) a).value - ((PyFloat) b).value);
        return binary(a, b, Arith.SUB);
    }
    public static PyObject mul(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return Arith.mul(((PyInt) a).value, ((PyInt) b).value);
        if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
        return binary(a, b, Arith.MUL);
    }

    /** Generic binary operator dispatch (CPython binary_op1), raising TypeError when unsupported. */
    public static PyObject binary(PyObject a, PyObject b, int op) {
        PyObject r = binaryOrNI(a, b, op);
        if (r != NI) return r;
        throw unsupported(a, b, op, false);
    }

    static PyException unsupported(PyObject a, PyObject b, int op, boolean inplace) {
        if (op == Arith.ADD && a instanceof PyStr && !inplace) {
            return Err.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
        }
        if (op == Arith.ADD && a instanceof PyList) {
            return Err.typeError("can only concatenate list (not \"" + b.type().name + "\") to list");
        }
        if (op == Arith.ADD && a instanceof PyTuple) {
            return Err.typeError("can only concatenate tuple (not \"" + b.type().name + "\") to tuple");
        }
        if (op == Arith.ADD && (a instanceof PyBytes || a instanceof PyByteArray)) {
            return Err.typeError("can't concat " + b.type().name + " to " + a.type().name);
        }
        if (op == Arith.MUL && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)) {
            PyObject other = (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) ? b : a;
            return Err.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
        }
        if (op == Arith.POW) {
            return Err.typeError("unsupported operand type(s) for " + (inplace ? "**=" : "** or pow()") + ": '" + a.type().name + "' and '" + b.type().name + "'");
        }
        String sym = inplace ? Arith.ISYMBOLS[op] : Arith.SYMBOLS[op];
        return Err.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '" + b.type().name + "'");
    }

    public static PyObject binaryOrNI(PyObject a, PyObject b, int op) {
        PyType ta = a.type(), tb = b.type();
        if (ta.builtin && tb.builtin && !ta.dictSlots && !tb.dictSlots) {
            PyObject r = Arith.binary(op, a, b);
            if (r != NI) return r;
            if (Arith.isInt(b) || b instanceof PyFloat) return NI;
            if (op == Arith.MUL && (Arith.isInt(a))) return Arith.seqRepeat(b, a);
            return NI;
        }
        PyObject fa = ta.lookup(Arith.NAMES[op]);
        PyObject fb = ta != tb ? tb.lookup(Arith.RNAMES[op]) : null;
        if (fb != null && fa != null && fb == fa) fb = null;
        if (fb != null && tb.isSubtypeOf(ta) && tb != ta) {
            PyObject r = callBinarySlot(fb, b, a, op, true);
            if (r != NI) return r;
            fb = null;
        }
        if (fa != null) {
            PyObject r = callBinarySlot(fa, a, b, op, false);
            if (r != NI) return r;
        }
        if (fb != null) {
            PyObject r = callBinarySlot(fb, b, a, op, true);
            if (r != NI) return r;
        }
        return NI;
    }

    private static PyObject callBinarySlot(PyObject f, PyObject self, PyObject other, int op, boolean reflected) {
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod && self.type().solid != PyType.OBJECT && !self.type().solid.dictSlots) {
            // builtin base implementation: operate natively on the builtin part
            return reflected ? Arith.binary(op, other, self) : Arith.binary(op, self, other);
        }
        if (f == PyNone.INSTANCE) return NI;
        return callDunder(f, self, other);
    }

    public static PyObject inplace(PyObject a, PyObject b, int op) {
        if (op == Arith.ADD) {
            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return Arith.add(((PyInt) a).value, ((PyInt) b).value);
            if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
            if (a instanceof PyStr && b instanceof PyStr) return PyStr.of(((PyStr) a).value.concat(((PyStr) b).value));
        } else if (op == Arith.SUB) {
            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return Arith.sub(((PyInt) a).value, ((PyInt) b).value);
        }
        PyType ta = a.type();
        if (ta.dictSlots || ta.solid.dictSlots) {
            PyObject f = Arith.INAMES[op] == null ? null : ta.lookup(Arith.INAMES[op]);
            if (f != null) {
                PyObject r = callDunder(f, a, b);
                if (r != NI) return r;
            }
        } else if (ta.builtin) {
            if (a instanceof PyList) {
                PyList l = (PyList) a;
                if (op == Arith.ADD) {
                    if (!isIterable(b)) throw Err.typeError("'" + b.type().name + "' object is not iterable");
                    l.extend(b);
                    return l;
                }
                if (op == Arith.MUL && (Arith.isInt(b) || hasIndex(b))) {
                    long n = Math.max(0, index(b));
                    PyObject[] src = l.toArray();
                    PyObject[] r = new PyObject[Arith.repeatedLength(src.length, n)];
                    for (int i = 0; i < r.length; i += src.length) System.arraycopy(src, 0, r, i, src.length);
                    l.items = r;
                    l.size = r.length;
                    return l;
                }
            } else if (a instanceof PySet && !((PySet) a).frozen && b instanceof PySet) {
                PySet s = (PySet) a;
                switch (op) {
                    case Arith.OR: s.update(b); return s;
                    case Arith.AND: s.intersectionUpdate(b); return s;
                    case Arith.SUB: s.differenceUpdate(b); return s;
                    case Arith.XOR: s.symmetricDifferenceUpdate(b); return s;
                    default: break;
                }
            } else if (a instanceof PyDict && op == Arith.OR) {
                Builtins0.dictUpdate((PyDict) a, b, null, null);
                return a;
            }
        } else if (Arith.INAMES[op] != null) {
            PyObject f = ta.lookup(Arith.INAMES[op]);
            if (f != null) {
                PyObject r;
                if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) {
                    r = inplaceBuiltinBase(a, b, op);
                } else {
                    r = callDunder(f, a, b);
                }
                if (r != NI) return r;
            }
        }
        PyObject r = binaryOrNI(a, b, op);
        if (r != NI) return r;
        throw unsupported(a, b, op, true);
    }

    private static PyObject inplaceBuiltinBase(PyObject a, PyObject b, int op) {
        if (a instanceof PyList && op == Arith.ADD) { ((PyList) a).extend(b); return a; }
        if (a instanceof PySet && op == Arith.OR) { ((PySet) a).update(b); return a; }
        if (a instanceof PyDict && op == Arith.OR) { Builtins0.dictUpdate((PyDict) a, b, null, null); return a; }
        return NI;
    }

    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (m == null || m == PyNone.INSTANCE) return binary(a, b, Arith.POW);
        if (!a.type().builtin) {
            PyObject f = a.type().lookup("__pow__");
            if (f != null) return callDunder(f, a, b, m);
        }
        return Arith.powMod(a, b, m);
    }

    public static PyObject neg(PyObject a) {
        PyType t = a.type();
        if (t.builtin) {
            PyObject r = Arith.neg(a);
            if (r != null) return r;
            throw Err.typeError("bad operand type for unary -: '" + t.name + "'");
        }
        return unaryDunder(a, "__neg__", "-");
    }
    public static PyObject pos(PyObject a) {
        PyType t = a.type();
        if (t.builtin) {
            PyObject r = Arith.pos(a);
            if (r != null) return r;
            throw Err.typeError("bad operand type for unary +: '" + t.name + "'");
        }
        return unaryDunder(a, "__pos__", "+");
    }
    public static PyObject invert(PyObject a) {
        PyType t = a.type();
        if (t.builtin) {
            PyObject r = Arith.invert(a);
            if (r != null) return r;
            throw Err.typeError("bad operand type for unary ~: '" + t.name + "'");
        }
        return unaryDunder(a, "__invert__", "~");
    }
    public static PyObject abs(PyObject a) {
        PyType t = a.type();
        if (t.builtin) {
            PyObject r = Arith.abs(a);
            if (r != null) return r;
            throw Err.typeError("bad operand type for abs(): '" + t.name + "'");
        }
        PyObject f = t.lookup("__abs__");
        if (f == null) throw Err.typeError("bad operand type for abs(): '" + t.name + "'");
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) return Arith.abs(a);
        return callDunder(f, a);
    }
    private static PyObject unaryDunder(PyObject a, String name, String sym) {
        PyObject f = a.type().lookup(name);
        if (f == null) throw Err.typeError("bad operand type for unary " + sym + ": '" + a.type().name + "'");
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) {
            PyObject r = name.equals("__neg__") ? Arith.neg(a) : name.equals("__pos__") ? Arith.pos(a) : Arith.invert(a);
            if (r != null) return r;
        }
        return callDunder(f, a);
    }

    public static PyObject not(PyObject a) { return PyBool.of(!isTrue(a)); }

    // ---- index / numbers -------------------------------------------------------------------------
    public static boolean hasIndex(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBigInt) return true;
        if (o.type().builtin) return false;
        return o.type().lookup("__index__") != null;
    }
    public static PyObject indexObj(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBigInt) return o;
        PyObject f = o.type().builtin ? null : o.type().lookup("__index__");
        if (f == null) throw Err.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        PyObject r = callDunder(f, o);
        if (!(r instanceof PyInt || r instanceof PyBigInt)) throw Err.typeError("__index__ returned non-int (type " + r.type().name + ")");
        if (r.getClass() != PyInt.class && r instanceof PyInt) {
            Warnings.warn(PyExc.DeprecationWarning, "__index__ returned non-int (type " + r.type().name + ").  The ability to return an "
                    + "instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1);
            return PyInt.of(((PyInt) r).value);
        }
        return r;
    }
    /** __index__ as a Java long (OverflowError when too big). */
    public static long index(PyObject o) {
        if (o instanceof PyInt) return ((PyInt) o).value;
        PyObject r = indexObj(o);
        if (r instanceof PyInt) return ((PyInt) r).value;
        throw Err.make(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    public static int indexInt(PyObject o) {
        long v = index(o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Err.overflow("Python int too large to convert to C int");
        return (int) v;
    }

    // ---- attributes ---------------------------------------------------------------------------------
    public static PyObject genericGetAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.isDataDescriptor()) return descr.descrGet(obj, t);
        PyDict d = obj.getDict();
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        if (descr != null) return descr.isDescriptor() ? descr.descrGet(obj, t) : descr;
        if (name.startsWith("__")) {
            switch (name) {
                case "__class__": return t;
                case "__dict__": if (d != null) return d; break;
                case "__doc__": return PyNone.INSTANCE;
                case "__module__": if (obj instanceof PyType) return PyStr.of(((PyType) obj).moduleName()); break;
                default: break;
            }
        }
        return null;
    }

    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.isDataDescriptor()) { descr.descrSet(obj, value); return; }
        PyDict d = obj.getDict();
        if (d == null) {
            if (name.equals("__class__")) throw Err.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (descr != null) throw Err.attributeError(obj, name, "'" + t.name + "' object attribute '" + name + "' is read-only");
            throw Err.attributeError(obj, name, "'" + t.name + "' object has no attribute '" + name + "'");
        }
        if (name.equals("__dict__") && value instanceof PyDict && obj instanceof PyInstance) {
            ((PyInstance) obj).dict = (PyDict) value;
            return;
        }
        d.putStr(name, value);
    }

    public static void genericDelAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.isDataDescriptor()) { descr.descrDelete(obj); return; }
        PyDict d = obj.getDict();
        if (d == null && descr != null) throw Err.attributeError(obj, name, "'" + t.name + "' object attribute '" + name + "' is read-only");
        if (d == null || d.delStr(name) == null) {
            throw Err.attributeError(obj, name, "'" + t.name + "' object has no attribute '" + name + "'");
        }
    }

    public static PyException noAttribute(PyObject obj, String name) {
        String msg;
        if (obj instanceof PyModule) msg = "module '" + ((PyModule) obj).name() + "' has no attribute '" + name + "'";
        else if (obj instanceof PyType) msg = "type object '" + ((PyType) obj).name + "' has no attribute '" + name + "'";
        else msg = "'" + obj.type().name + "' object has no attribute '" + name + "'";
        return Err.attributeError(obj, name, msg);
    }

    public static PyObject getAttr(PyObject obj, String name) {
        PyType t = obj.type();
        if (t.builtin) {
            PyObject v = obj.pyGetAttr(name);
            if (v == null) throw noAttribute(obj, name);
            return v;
        }
        PyObject ga = t.lookup("__getattribute__");
        PyObject getattr = t.lookup("__getattr__");
        if (ga != null && ga != PyType.OBJECT.dict.getStr("__getattribute__")) {
            try {
                return callDunder(ga, obj, PyStr.of(name));
            } catch (PyException e) {
                if (getattr == null || !e.matches(PyExc.AttributeError)) throw e;
                return callDunder(getattr, obj, PyStr.of(name));
            }
        }
        if (getattr == null) {
            PyObject v = obj.pyGetAttr(name);
            if (v == null) throw noAttribute(obj, name);
            return v;
        }
        try {
            PyObject v = obj.pyGetAttr(name);
            if (v != null) return v;
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) throw e;
        }
        return callDunder(getattr, obj, PyStr.of(name));
    }

    public static PyObject getAttrOrNull(PyObject obj, String name) {
        try {
            return getAttr(obj, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) return null;
            throw e;
        }
    }

    public static void setAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        if (!t.builtin) {
            PyObject sa = t.lookup("__setattr__");
            if (sa != null && sa != PyType.OBJECT.dict.getStr("__setattr__")) {
                callDunder(sa, obj, PyStr.of(name), value);
                return;
            }
        }
        obj.pySetAttr(name, value);
    }

    public static void delAttr(PyObject obj, String name) {
        PyType t = obj.type();
        if (!t.builtin) {
            PyObject da = t.lookup("__delattr__");
            if (da != null && da != PyType.OBJECT.dict.getStr("__delattr__")) {
                callDunder(da, obj, PyStr.of(name));
                return;
            }
        }
        obj.pyDelAttr(name);
    }

    // ---- items ---------------------------------------------------------------------------------
    public static PyObject getItem(PyObject obj, PyObject key) {
        PyType t = obj.type();
        if (t.builtin) return obj.pyGetItem(key);
        PyObject f = t.lookup("__getitem__");
        if (f == null) {
            if (obj instanceof PyType) return obj.pyGetItem(key);
            throw Err.typeError("'" + t.name + "' object is not subscriptable");
        }
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) return obj.pyGetItem(key);
        return callDunder(f, obj, key);
    }
    public static void setItem(PyObject obj, PyObject key, PyObject value) {
        PyType t = obj.type();
        if (t.builtin) { obj.pySetItem(key, value); return; }
        PyObject f = t.lookup("__setitem__");
        if (f == null) throw Err.typeError("'" + t.name + "' object does not support item assignment");
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) { obj.pySetItem(key, value); return; }
        callDunder(f, obj, key, value);
    }
    public static void delItem(PyObject obj, PyObject key) {
        PyType t = obj.type();
        if (t.builtin) { obj.pyDelItem(key); return; }
        PyObject f = t.lookup("__delitem__");
        if (f == null) throw Err.typeError("'" + t.name + "' object doesn't support item deletion");
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) { obj.pyDelItem(key); return; }
        callDunder(f, obj, key);
    }

    /**
     * len() as a Py_ssize_t: the full 64-bit length (a range or a __len__ beyond 2**31), for len()
     * and the C-written functions that take a sequence's size (bisect).
     */
    public static long lenLong(PyObject o) {
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            // a length past a long came out negative (range(-maxsize, maxsize)): CPython's OverflowError
            if (r.length < 0) throw Err.overflow("Python int too large to convert to C ssize_t");
            return r.length;
        }
        PyType t = o.type();
        if (t.builtin) return o.pyLen();
        PyObject f = t.lookup("__len__");
        if (f == null || f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) return len(o);
        return userLen(f, o);
    }

    /** What a class's own __len__ returns, checked as CPython's slot_sq_length checks it. */
    private static long userLen(PyObject f, PyObject o) {
        PyObject r = callDunder(f, o);
        if (!(r instanceof PyInt || r instanceof PyBigInt)) {
            throw Err.typeError("'" + r.type().name + "' object cannot be interpreted as an integer");
        }
        if (r instanceof PyBigInt) throw Err.overflow("cannot fit 'int' into an index-sized integer");
        long v = ((PyInt) r).value;
        if (v < 0) throw Err.valueError("__len__() should return >= 0");
        return v;
    }

    public static int len(PyObject o) {
        PyType t = o.type();
        if (t.builtin) return o.pyLen();
        PyObject f = t.lookup("__len__");
        if (f == null) throw Err.typeError("object of type '" + t.name + "' has no len()");
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) return o.pyLen();
        return (int) userLen(f, o);
    }

    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.type();
        if (t.builtin) {
            int r = container.pyContains(item);
            if (r >= 0) return r == 1;
            return iterContains(container, item);
        }
        PyObject f = t.lookup("__contains__");
        if (f != null) {
            if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod) {
                int r = container.pyContains(item);
                if (r >= 0) return r == 1;
            } else {
                return isTrue(callDunder(f, container, item));
            }
        }
        return iterContains(container, item);
    }
    private static boolean iterContains(PyObject container, PyObject item) {
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Err.typeError("argument of type '" + container.type().name + "' is not iterable");
            throw e;
        }
        PyObject x;
        while ((x = next(it)) != null) if (x == item || eqBool(x, item)) return true;
        return false;
    }

    // ---- iteration -----------------------------------------------------------------------------
    public static boolean isIterable(PyObject o) {
        PyType t = o.type();
        if (t.builtin) return o.isIterable();
        return t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
    }

    public static PyObject iter(PyObject o) {
        PyType t = o.type();
        if (t.builtin) {
            if (o.isIterable()) return o.pyIter();
            throw Err.typeError("'" + t.name + "' object is not iterable");
        }
        PyObject f = t.lookup("__iter__");
        if (f == null || f == PyNone.INSTANCE) {
            if (f == null && t.lookup("__getitem__") != null) return new Iterators.SeqIterator(o);
            throw Err.typeError("'" + t.name + "' object is not iterable");
        }
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod && o.isIterable()) return o.pyIter();
        PyObject r = callDunder(f, o);
        if (!isIterator(r)) throw Err.typeError("iter() returned non-iterator of type '" + r.type().name + "'");
        return r;
    }

    public static boolean isIterator(PyObject o) {
        PyType t = o.type();
        if (t.builtin) return o.isIterator();
        return t.lookup("__next__") != null;
    }

    /** The next item, or null when the iterator is exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        PyType t = it.type();
        if (t.builtin) return it.pyNext();
        PyObject f = t.lookup("__next__");
        if (f == null) throw Err.typeError("'" + t.name + "' object is not an iterator");
        if (f instanceof PyBuiltinFunction && ((PyBuiltinFunction) f).isMethod && it.isIterator()) return it.pyNext();
        try {
            return callDunder(f, it);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return null;
            throw e;
        }
    }

    /** CPython's PyObject_LengthHint side effect: list()/tuple() call __len__ of Herthon classes first. */
    public static void lengthHint(PyObject o) {
        PyType t = o.type();
        if (o instanceof Iterators.Reversed) ((Iterators.Reversed) o).lengthHint();
        if (t.builtin) return;
        PyObject f = t.lookup("__len__");
        if (f != null && !(f instanceof PyBuiltinFunction)) {
            try {
                len(o);
                return;
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
            }
        }
        // CPython's PyObject_LengthHint: then __length_hint__ (its errors other than TypeError count)
        PyObject h = t.lookup("__length_hint__");
        if (h == null || h instanceof PyBuiltinFunction) return;
        PyObject r;
        try {
            r = callDunder(h, o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) return;
            throw e;
        }
        if (r == PyNotImplemented.INSTANCE) return;
        if (!Arith.isInt(r)) throw Err.typeError("__length_hint__ must be an integer, not " + r.type().name);
        if (Arith.big(r).signum() < 0) throw Err.valueError("__length_hint__() should return >= 0");
    }

    public static PyObject[] toArray(PyObject iterable) {
        // only the exact types: a subclass may iterate otherwise (PySequence_Tuple)
        if (iterable.getClass() == PyTuple.class) return ((PyTuple) iterable).items;
        if (PyList.isExact(iterable)) return ((PyList) iterable).toArray();
        PyObject it = iter(iterable);
        lengthHint(iterable);
        List<PyObject> out = new ArrayList<>();
        PyObject x;
        while ((x = next(it)) != null) out.add(x);
        return out.toArray(new PyObject[0]);
    }
    public static List<PyObject> toList(PyObject iterable) { return List.of(toArray(iterable)); }

    // ---- isinstance -----------------------------------------------------------------------------
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType) {
            PyType c = (PyType) cls;
            if (obj.type().isSubtypeOf(c)) return true;
            if (c.metatype != PyType.TYPE) {
                PyObject f = c.metatype.lookup("__instancecheck__");
                if (f != null) return isTrue(callDunder(f, c, obj));
            }
            return false;
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) if (isInstance(obj, c)) return true;
            return false;
        }
        if (cls instanceof PyUnionType) {
            for (PyObject c : ((PyUnionType) cls).args) {
                if (c instanceof PyGenericAlias) throw Err.typeError("isinstance() argument 2 cannot be a parameterized generic");
            }
            for (PyObject c : ((PyUnionType) cls).args) if (isInstance(obj, c)) return true;
            return false;
        }
        if (cls instanceof PyGenericAlias) throw Err.typeError("isinstance() argument 2 cannot be a parameterized generic");
        PyObject f = cls.type().lookup("__instancecheck__");
        if (f != null) return isTrue(callDunder(f, cls, obj));
        throw Err.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (!(sub instanceof PyType)) throw Err.typeError("issubclass() arg 1 must be a class");
        if (cls instanceof PyType) {
            PyType c = (PyType) cls;
            if (c.metatype != PyType.TYPE) {
                PyObject f = c.metatype.lookup("__subclasscheck__");
                if (f != null) return isTrue(callDunder(f, c, sub));
            }
            return ((PyType) sub).isSubtypeOf(c);
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) if (isSubclass(sub, c)) return true;
            return false;
        }
        if (cls instanceof PyUnionType) {
            for (PyObject c : ((PyUnionType) cls).args) {
                if (c instanceof PyGenericAlias) throw Err.typeError("issubclass() argument 2 cannot be a parameterized generic");
            }
            for (PyObject c : ((PyUnionType) cls).args) if (isSubclass(sub, c)) return true;
            return false;
        }
        if (cls instanceof PyGenericAlias) throw Err.typeError("issubclass() argument 2 cannot be a parameterized generic");
        PyObject f = cls.type().lookup("__subclasscheck__");
        if (f != null) return isTrue(callDunder(f, cls, sub));
        throw Err.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // ---- format ---------------------------------------------------------------------------------
    public static String format(PyObject v, String spec) {
        PyType t = v.type();
        if (t.builtin || t.lookup("__format__") == PyType.OBJECT.dict.getStr("__format__")) {
            if (t.builtin) return StrFormat.formatBuiltin(v, spec);
            if (!spec.isEmpty()) throw Err.typeError("unsupported format string passed to " + t.name + ".__format__");
            return str(v);
        }
        PyObject f = t.lookup("__format__");
        if (f instanceof PyBuiltinFunction) return StrFormat.formatBuiltin(v, spec);
        PyObject r = callDunder(f, v, PyStr.of(spec));
        if (!(r instanceof PyStr)) throw Err.typeError("__format__ must return a str, not " + r.type().name);
        return ((PyStr) r).value;
    }

    public static boolean isStr(PyObject o) { return o instanceof PyStr; }
}
