package org.herthon.interpreter.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** A Herthon type (class) object. Builtin types are created once per JVM and are immutable. */
public class PyType extends PyObject {
    /** Creates an empty instance of a type whose solid base is this builtin type. */
    public interface Factory { PyObject create(PyType cls); }

    public String name;
    public String qualname;
    public PyType[] bases;
    public PyType[] mro;
    public final PyDict dict;
    public PyType metatype;
    public final boolean builtin;
    /** The nearest builtin ancestor that has a factory (decides the Java class of instances). */
    public PyType solid;
    public Factory factory;
    /** Whether instances of this type (and subtypes) are allowed as base classes. */
    public boolean baseAllowed = true;
    /**
     * The Java functions in this builtin type's dict implement its number operators (__add__,
     * __iadd__ ...): set by twins' types (deque, bytearray ...), whose operators Arith does not know.
     */
    public boolean dictSlots;
    /** __slots__: instances have no __dict__ (set for classes whose __slots__ and all bases' leave it out). */
    public boolean noInstanceDict;
    /** __slots__: instances cannot be weakly referenced. */
    public boolean noWeakref;
    /** __slots__: how many member slots instances carry (this class's and its bases'). */
    public int slotCount;
    /** __slots__: the member names this class itself added (mangled), in order. */
    public String[] ownSlots;
    /** Instances of user types get a __dict__ (always true here). */
    public boolean isException;
    /** Set once a user class defines __eq__ without __hash__ etc. */
    private final java.util.Map<String, PyObject> cache;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private static final PyObject MISSING = PyNone.INSTANCE; // never a real type attribute value? use sentinel below
    private static final PyObject ABSENT = new PyObject() { public PyType type() { return OBJECT; } };
    /** Bumped whenever this type or an ancestor changes. */
    public int version;
    /** Fills a builtin type's dict on first use. */
    public volatile Runnable lazyInit;
    private boolean initializing;

    /** Runs the deferred set-up of a builtin type's dict. */
    public final void ready() {
        if (lazyInit != null) readySlow();
    }

    private static synchronized void readySlowLocked(PyType t) {
        Runnable r = t.lazyInit;
        if (r == null || t.initializing) return;
        t.initializing = true;
        r.run();
        t.lazyInit = null;
    }

    private void readySlow() { readySlowLocked(this); }
    private int gaVersion = -1;
    private boolean gaCustom;

    /** Whether instances need the slow attribute path (__getattribute__ or __getattr__ defined in Herthon). */
    public boolean customGetattr() {
        if (gaVersion != version) {
            PyObject ga = lookup("__getattribute__");
            gaCustom = (ga != null && ga != Slots.OBJECT_GETATTRIBUTE) || lookup("__getattr__") != null;
            gaVersion = version;
        }
        return gaCustom;
    }

    // ---- builtin types (created in dependency order) -------------------------------------
    public static final PyType OBJECT;
    public static final PyType TYPE;
    static {
        OBJECT = new PyType("object", true, new PyType[0]);
        TYPE = new PyType("type", true, new PyType[]{OBJECT});
        OBJECT.metatype = TYPE;
        TYPE.metatype = TYPE;
        OBJECT.factory = PyInstance::new;
        OBJECT.solid = OBJECT;
    }
    public static final PyType INT = builtin("int", OBJECT);
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float", OBJECT);
    public static final PyType COMPLEX = builtin("complex", OBJECT);
    public static final PyType STR = builtin("str", OBJECT);
    public static final PyType BYTES = builtin("bytes", OBJECT);
    public static final PyType BYTEARRAY = builtin("bytearray", OBJECT);
    public static final PyType LIST = builtin("list", OBJECT);
    public static final PyType TUPLE = builtin("tuple", OBJECT);
    public static final PyType DICT = builtin("dict", OBJECT);
    public static final PyType SET = builtin("set", OBJECT);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT);
    public static final PyType NONE = builtin("NoneType", OBJECT);
    public static final PyType NOTIMPLEMENTED = builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS = builtin("ellipsis", OBJECT);
    public static final PyType RANGE = builtin("range", OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = builtin("wrapper_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = builtin("member_descriptor", OBJECT);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT);
    public static final PyType PROPERTY = builtin("property", OBJECT);
    public static final PyType SUPER = builtin("super", OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT);
    public static final PyType CODE = builtin("code", OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT);
    public static final PyType FRAME = builtin("frame", OBJECT);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT);
    public static final PyType GENERATOR = builtin("generator", OBJECT);
    public static final PyType MAPPINGPROXY = builtin("mappingproxy", OBJECT);
    public static final PyType DICT_KEYS = builtin("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = builtin("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = builtin("dict_items", OBJECT);
    public static final PyType ITERATOR = builtin("iterator", OBJECT);
    public static final PyType LIST_ITERATOR = builtin("list_iterator", OBJECT);
    public static final PyType LIST_REVERSEITERATOR = builtin("list_reverseiterator", OBJECT);
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator", OBJECT);
    public static final PyType STR_ITERATOR = builtin("str_ascii_iterator", OBJECT);
    public static final PyType RANGE_ITERATOR = builtin("range_iterator", OBJECT);
    public static final PyType SET_ITERATOR = builtin("set_iterator", OBJECT);
    public static final PyType DICT_KEYITERATOR = builtin("dict_keyiterator", OBJECT);
    public static final PyType DICT_VALUEITERATOR = builtin("dict_valueiterator", OBJECT);
    public static final PyType DICT_ITEMITERATOR = builtin("dict_itemiterator", OBJECT);
    public static final PyType DICT_REVERSEKEYITERATOR = builtin("dict_reversekeyiterator", OBJECT);
    public static final PyType DICT_REVERSEVALUEITERATOR = builtin("dict_reversevalueiterator", OBJECT);
    public static final PyType DICT_REVERSEITEMITERATOR = builtin("dict_reverseitemiterator", OBJECT);
    public static final PyType CALLABLE_ITERATOR = builtin("callable_iterator", OBJECT);
    public static final PyType ENUMERATE = builtin("enumerate", OBJECT);
    public static final PyType ZIP = builtin("zip", OBJECT);
    public static final PyType MAP = builtin("map", OBJECT);
    public static final PyType FILTER = builtin("filter", OBJECT);
    public static final PyType REVERSED = builtin("reversed", OBJECT);
    public static final PyType GENERIC_ALIAS = builtin("GenericAlias", OBJECT);

    public static final PyType BASE_EXCEPTION = builtin("BaseException", OBJECT);

    static PyType builtin(String name, PyType base) {
        return new PyType(name, true, new PyType[]{base});
    }

    public PyType(String name, boolean builtin, PyType[] bases) {
        this.name = name;
        this.qualname = name;
        this.builtin = builtin;
        this.bases = bases;
        this.dict = new PyDict();
        this.cache = builtin ? new java.util.concurrent.ConcurrentHashMap<>() : new HashMap<>();
        this.metatype = TYPE;
        if (bases.length == 0) {
            this.mro = new PyType[]{this};
        } else {
            this.mro = computeMro(this, bases);
        }
        for (PyType b : bases) b.subclasses.add(new WeakReference<>(this));
        PyType s = null;
        for (PyType t : mro) { if (t != this && t.factory != null && t != OBJECT) { s = t.solid; break; } }
        if (s == null) s = OBJECT;
        this.solid = s;
        for (PyType t : mro) if (t.isException) { isException = true; break; }
        if (builtin) dict.putStr("__module__", new PyStr("builtins"));
    }

    @Override public boolean plainAttributes() { return false; }
    @Override public PyType type() { return metatype; }
    @Override public PyDict getDict() { ready(); return dict; }

    public String moduleName() {
        PyObject m = dict.getStr("__module__");
        return m instanceof PyStr ? ((PyStr) m).value : "builtins";
    }

    /** "int", "__main__.Foo" — the name used in object reprs. */
    public String qualifiedName() {
        String mod = moduleName();
        return mod.equals("builtins") ? qualname : mod + "." + qualname;
    }

    @Override public String pyRepr() {
        return "<class '" + qualifiedName() + "'>";
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        PyType[] m = mro;
        for (int i = 1; i < m.length; i++) if (m[i] == other) return true;
        return false;
    }

    /** Looks name up along the MRO; null when missing. */
    public PyObject lookup(String name) {
        PyObject v = cache.get(name);
        if (v != null) return v == ABSENT ? null : v;
        v = lookupUncached(name);
        cache.put(name, v == null ? ABSENT : v);
        return v;
    }

    public PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            if (t.lazyInit != null) t.ready();
            PyObject v = t.dict.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    /** The type after 'start' in this type's MRO that defines name (for super()). */
    public PyObject lookupAfter(PyType start, String name) {
        PyType[] m = mro;
        int i = 0;
        while (i < m.length && m[i] != start) i++;
        for (i++; i < m.length; i++) {
            m[i].ready();
            PyObject v = m[i].dict.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    public void invalidate() {
        version++;
        cache.clear();
        for (WeakReference<PyType> r : subclasses) {
            PyType s = r.get();
            if (s != null) s.invalidate();
        }
    }

    public List<PyType> subclassList() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) { PyType s = r.get(); if (s != null) out.add(s); }
        return out;
    }

    // ---- attribute access ------------------------------------------------------------------
    @Override public PyObject pyGetAttr(String name) {
        PyType meta = metatype;
        PyObject metaAttr = meta == TYPE ? TYPE.lookup(name) : meta.lookup(name);
        if (metaAttr != null && metaAttr.isDataDescriptor()) return metaAttr.descrGet(this, meta);
        if (name.equals("__annotations__") && !builtin) {
            // type's __annotations__ getset: the class's own, made empty on first access (never a base's)
            PyObject a = dict.getStr(name);
            if (a == null) {
                a = new PyDict();
                dict.putStr(name, a);
                return a;
            }
            return a.isDescriptor() ? a.descrGet(null, this) : a;
        }
        // type's own data descriptors: they win over the class's namespace (a class may define a
        // __name__ property for its instances; the class's __name__ is still its name)
        switch (name) {
            case "__name__": return new PyStr(this.name);
            case "__qualname__": return new PyStr(qualname);
            case "__mro__": return new PyTuple(mro.clone());
            case "__bases__": return new PyTuple(bases.clone());
            case "__base__": return bases.length == 0 ? PyNone.INSTANCE : bases[0];
            case "__dict__": ready(); return new PyMappingProxy(dict);
            case "__class__": return metatype;
            default: break;
        }
        PyObject v = lookup(name);
        if (v != null) {
            if (v.isDescriptor()) return v.descrGet(null, this);
            return v;
        }
        if (name.equals("__doc__")) return PyNone.INSTANCE;
        if (metaAttr != null) {
            if (metaAttr.isDescriptor()) return metaAttr.descrGet(this, meta);
            return metaAttr;
        }
        return null;
    }

    @Override public void pySetAttr(String name, PyObject value) {
        if (builtin) {
            throw Err.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        PyObject metaAttr = metatype.lookup(name);
        if (metaAttr != null && metaAttr.isDataDescriptor()) { metaAttr.descrSet(this, value); return; }
        if (name.equals("__name__")) { this.name = Ops.strValue(value, "can only assign string to " + this.name + ".__name__, not '" + value.type().name + "'"); return; }
        if (name.equals("__qualname__")) { this.qualname = ((PyStr) value).value; return; }
        dict.putStr(name, value);
        invalidate();
    }

    @Override public void pyDelAttr(String name) {
        if (builtin) {
            throw Err.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        if (dict.delStr(name) == null) {
            throw Err.attributeError("type object '" + this.name + "' has no attribute '" + name + "'");
        }
        invalidate();
    }

    // ---- calling a type creates an instance ------------------------------------------------
    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames == null) return args[0].type();
        if (metatype != TYPE) {
            PyObject mc = metatype.lookup("__call__");
            if (mc != null && mc != TYPE.dict.getStr("__call__")) {
                return Ops.callMethodRaw(mc, this, args, kwnames);
            }
        }
        return construct(args, kwnames);
    }

    private int ctorVersion = -1;
    private PyObject ctorNew, ctorInit;

    public PyObject construct(PyObject[] args, String[] kwnames) {
        if (ctorVersion != version) {
            PyObject nf = lookup("__new__");
            if (nf instanceof PyStaticMethod) nf = ((PyStaticMethod) nf).func;
            ctorNew = nf;
            ctorInit = lookup("__init__");
            ctorVersion = version;
        }
        PyObject newf = ctorNew;
        PyObject obj;
        PyObject init = ctorInit;
        if (newf == Slots.OBJECT_NEW) {
            if (args.length > 0 && init == Slots.OBJECT_INIT) {
                throw Err.typeError(name + "() takes no arguments");
            }
            Builtins0.checkAbstract(this);
            obj = solid.factory.create(this);
        } else {
            PyObject[] a2 = new PyObject[args.length + 1];
            a2[0] = this;
            System.arraycopy(args, 0, a2, 1, args.length);
            obj = newf.call(a2, kwnames);
        }
        if (init != Slots.OBJECT_INIT && obj.type().isSubtypeOf(this)) {
            PyObject r;
            if (kwnames == null && init instanceof PyFunction) {
                switch (args.length) {
                    case 0: r = init.call1(obj); break;
                    case 1: r = init.call2(obj, args[0]); break;
                    case 2: r = init.call3(obj, args[0], args[1]); break;
                    default: r = Ops.callMethodRaw(init, obj, args, kwnames);
                }
            } else {
                r = Ops.callMethodRaw(init, obj, args, kwnames);
            }
            if (r != PyNone.INSTANCE) {
                throw Err.typeError("__init__() should return None, not '" + r.type().name + "'");
            }
        }
        return obj;
    }

    @Override public PyObject call0() { return call(EMPTY, null); }

    @Override public PyObject pyGetItem(PyObject key) {
        PyObject cg = lookup("__class_getitem__");
        if (cg != null) {
            PyObject f = cg.isDescriptor() ? cg.descrGet(null, this) : cg;
            return f.call1(key);
        }
        if (PyGenericAlias.genericBuiltin(this)) return new PyGenericAlias(this, key);
        throw Err.typeError("type '" + TypeNames.tpName(this) + "' is not subscriptable");
    }

    @Override public PyObject pyRichCompare(PyObject other, int op) { return super.pyRichCompare(other, op); }

    // ---- C3 linearization --------------------------------------------------------------------
    public static PyType[] computeMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType c = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(c) > 0) { inTail = true; break; }
                }
                if (!inTail) { cand = c; break; }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
                // CPython lists the remaining heads in order
                List<String> names = new ArrayList<>();
                for (List<PyType> s : seqs) { String n = s.get(0).name; if (!names.contains(n)) names.add(n); }
                sb.append(String.join(", ", names));
                throw Err.typeError(sb.toString());
            }
            result.add(cand);
            for (List<PyType> s : seqs) if (s.get(0) == cand) s.remove(0);
        }
        return result.toArray(new PyType[0]);
    }
}
