package org.herthon.interpreter.runtime;

/** A function implemented in Java (builtins, module functions, methods of builtin types). */
public final class PyBuiltinFunction extends PyObject {
    @FunctionalInterface public interface Impl { PyObject call(PyObject[] args, String[] kwnames); }
    @FunctionalInterface public interface Impl0 { PyObject call(); }
    @FunctionalInterface public interface Impl1 { PyObject call(PyObject a); }
    @FunctionalInterface public interface Impl2 { PyObject call(PyObject a, PyObject b); }
    @FunctionalInterface public interface Impl3 { PyObject call(PyObject a, PyObject b, PyObject c); }

    public final String name;
    /** "len", "list.append": used in error messages. */
    public final String qualname;
    private final Impl impl;
    private final Impl1 impl1;
    private final Impl2 impl2;
    private final Impl3 impl3;
    private final Impl0 impl0;
    /** For methods of builtin types: binds to instances when found on a type. */
    public final boolean isMethod;
    public PyObject module = PyNone.INSTANCE;
    public PyObject doc = PyNone.INSTANCE;

    private PyBuiltinFunction(String name, String qualname, boolean isMethod, Impl impl, Impl0 i0, Impl1 i1, Impl2 i2, Impl3 i3) {
        this.name = name; this.qualname = qualname; this.isMethod = isMethod;
        this.impl = impl; this.impl0 = i0; this.impl1 = i1; this.impl2 = i2; this.impl3 = i3;
    }

    public static PyBuiltinFunction of(String name, Impl impl) { return new PyBuiltinFunction(name, name, false, impl, null, null, null, null); }
    public static PyBuiltinFunction of0(String name, Impl0 impl) { return new PyBuiltinFunction(name, name, false, null, impl, null, null, null); }
    public static PyBuiltinFunction of1(String name, Impl1 impl) { return new PyBuiltinFunction(name, name, false, null, null, impl, null, null); }
    public static PyBuiltinFunction of2(String name, Impl2 impl) { return new PyBuiltinFunction(name, name, false, null, null, null, impl, null); }
    public static PyBuiltinFunction method(String owner, String name, Impl impl) { return new PyBuiltinFunction(name, owner + "." + name, true, impl, null, null, null, null); }
    public static PyBuiltinFunction method1(String owner, String name, Impl1 impl) { return new PyBuiltinFunction(name, owner + "." + name, true, null, null, impl, null, null); }
    public static PyBuiltinFunction method2(String owner, String name, Impl2 impl) { return new PyBuiltinFunction(name, owner + "." + name, true, null, null, null, impl, null); }
    public static PyBuiltinFunction method3(String owner, String name, Impl3 impl) { return new PyBuiltinFunction(name, owner + "." + name, true, null, null, null, null, impl); }

    @Override public PyType type() { return isMethod ? PyType.METHOD_DESCRIPTOR : PyType.BUILTIN_FUNCTION; }
    @Override public boolean isDescriptor() { return isMethod; }
    @Override public boolean isMethodDescriptor() { return isMethod; }
    @Override public PyObject descrGet(PyObject obj, PyType type) { return obj == null || !isMethod ? this : new PyMethod(obj, this); }
    @Override public String pyRepr() {
        if (isMethod) return "<method '" + name + "' of '" + qualname.substring(0, qualname.length() - name.length() - 1) + "' objects>";
        return "<built-in function " + name + ">";
    }
    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "__name__": return PyStr.of(name);
            case "__qualname__": return PyStr.of(qualname);
            case "__module__": return module;
            case "__doc__": return doc;
            default: return super.pyGetAttr(n);
        }
    }

    private PyException noKeywords() { return Err.typeError(displayName() + "() takes no keyword arguments"); }
    private String displayName() { return isMethod ? qualname : name; }
    private PyException arity(int expected, int given) {
        if (expected == 0) return Err.typeError(displayName() + "() takes no arguments (" + given + " given)");
        if (expected == 1) return Err.typeError(displayName() + "() takes exactly one argument (" + given + " given)");
        return Err.typeError(displayName() + " expected " + expected + " arguments, got " + given);
    }
    /** Arity error message with 'self' excluded for methods. */
    private PyException arityErr(int expectedWithSelf, int givenWithSelf) {
        int off = isMethod ? 1 : 0;
        return arity(expectedWithSelf - off, givenWithSelf - off);
    }

    /** Java type/arity mistakes made by Herthon code (a wrong self or argument type) become TypeErrors. */
    private PyException badCall(RuntimeException e, PyObject[] args) {
        if (isMethod && args.length > 0) {
            String owner = qualname.substring(0, qualname.length() - name.length() - 1);
            PyObject self = args[0];
            if (!self.type().name.equals(owner)) {
                return Err.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + self.type().name + "' object");
            }
        }
        if (e instanceof IndexOutOfBoundsException) return Err.typeError(displayName() + "() missing required argument");
        return Err.typeError("bad argument type for built-in operation");
    }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        try {
            return call0(args, kwnames);
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            throw badCall(e, args);
        }
    }

    private PyObject call0(PyObject[] args, String[] kwnames) {
        if (impl != null) return impl.call(args, kwnames);
        if (kwnames != null && kwnames.length > 0) throw noKeywords();
        switch (args.length) {
            case 0: if (impl0 != null) return impl0.call(); break;
            case 1: if (impl1 != null) return impl1.call(args[0]); break;
            case 2: if (impl2 != null) return impl2.call(args[0], args[1]); break;
            case 3: if (impl3 != null) return impl3.call(args[0], args[1], args[2]); break;
            default: break;
        }
        throw arityErr(impl0 != null ? 0 : impl1 != null ? 1 : impl2 != null ? 2 : 3, args.length);
    }
    @Override public PyObject call0() {
        if (impl0 != null) return impl0.call();
        return call(EMPTY, null);
    }
    @Override public PyObject call1(PyObject a) {
        if (impl1 != null) {
            try {
                return impl1.call(a);
            } catch (ClassCastException | IndexOutOfBoundsException e) {
                throw badCall(e, new PyObject[]{a});
            }
        }
        return call(new PyObject[]{a}, null);
    }
    @Override public PyObject call2(PyObject a, PyObject b) {
        if (impl2 != null) {
            try {
                return impl2.call(a, b);
            } catch (ClassCastException | IndexOutOfBoundsException e) {
                throw badCall(e, new PyObject[]{a, b});
            }
        }
        return call(new PyObject[]{a, b}, null);
    }
    @Override public PyObject call3(PyObject a, PyObject b, PyObject c) {
        if (impl3 != null) {
            try {
                return impl3.call(a, b, c);
            } catch (ClassCastException | IndexOutOfBoundsException e) {
                throw badCall(e, new PyObject[]{a, b, c});
            }
        }
        return call(new PyObject[]{a, b, c}, null);
    }
}
