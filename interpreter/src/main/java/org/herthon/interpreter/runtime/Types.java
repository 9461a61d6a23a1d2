package org.herthon.interpreter.runtime;

/**
 * Public helpers for Java twins that define builtin types of their own (itertools.count,
 * collections.deque, weakref.ref ...): a type whose instances are a Java class, subclassable from
 * Herthon code, with its methods as method descriptors in its dict.
 */
public final class Types {
    private Types() {}

    /**
     * A builtin type named name in module, deriving from base, whose instances (also those of
     * Herthon subclasses) are made by factory. newImpl, when not null, is its __new__ (args[0] is the class).
     */
    public static PyType builtinType(String name, String module, PyType base, PyType.Factory factory, PyBuiltinFunction.Impl newImpl) {
        PyType t = new PyType(name, true, new PyType[]{base});
        t.dict.putStr("__module__", PyStr.of(module));
        if (factory != null) {
            t.factory = factory;
            t.solid = t;
        }
        if (newImpl != null) t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", newImpl)));
        return t;
    }

    public static void def(PyType t, String name, PyBuiltinFunction.Impl impl) { Slots.def(t, name, impl); }
    public static void def1(PyType t, String name, PyBuiltinFunction.Impl1 impl) { Slots.def1(t, name, impl); }
    public static void def2(PyType t, String name, PyBuiltinFunction.Impl2 impl) { Slots.def2(t, name, impl); }
    public static void def3(PyType t, String name, PyBuiltinFunction.Impl3 impl) { Slots.def3(t, name, impl); }
    public static void defClass(PyType t, String name, PyBuiltinFunction.Impl impl) { Slots.defClass(t, name, impl); }
    public static void defStatic(PyType t, String name, PyBuiltinFunction.Impl impl) { Slots.defStatic(t, name, impl); }
    /** The standard slot wrappers backed by the py* hooks: "__repr__", "__iter__", "__next__", "compare" ... */
    public static void slots(PyType t, String... names) { Slots.slots(t, names); }
    /** A read-only attribute computed by getter. */
    public static void getter(PyType t, String name, PyBuiltinFunction.Impl1 getter) {
        PyGetSet.add(t, name, getter);
    }
    /** A writable attribute: setter gets (obj, value), or (obj, null) on delete. */
    public static void getset(PyType t, String name, PyBuiltinFunction.Impl1 getter, PyBuiltinFunction.Impl2 setter) {
        t.dict.putStr(name, new PyGetSet(t, name, getter, setter));
    }

    /** The arguments after self (or after cls in __new__). */
    public static PyObject[] rest(PyObject[] a) { return java.util.Arrays.copyOfRange(a, 1, a.length); }

    /** Base of instances of such types: the exact type or a Herthon subclass (which gets a __dict__). */
    public abstract static class Instance extends PyObject {
        private final PyType cls;
        private final PyDict dict;
        protected Instance(PyType cls, PyType exact) {
            this.cls = cls;
            this.dict = cls == exact ? null : new PyDict();
        }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }

    /** Base of iterator types: iter(x) is x. */
    public abstract static class Iter extends Instance {
        protected Iter(PyType cls, PyType exact) { super(cls, exact); }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return this; }
        @Override public boolean isIterator() { return true; }
        @Override public abstract PyObject pyNext();
    }
}
