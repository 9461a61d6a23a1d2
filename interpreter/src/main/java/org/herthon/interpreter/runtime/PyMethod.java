package org.herthon.interpreter.runtime;

/** A bound method: a callable with its first argument fixed. */
public final class PyMethod extends PyObject {
    public final PyObject self;
    public final PyObject func;
    public PyMethod(PyObject self, PyObject func) { this.self = self; this.func = func; }

    @Override public PyType type() { return func instanceof PyBuiltinFunction ? PyType.BUILTIN_FUNCTION : PyType.METHOD; }
    @Override public PyObject call0() { return func.call1(self); }
    @Override public PyObject call1(PyObject a) { return func.call2(self, a); }
    @Override public PyObject call2(PyObject a, PyObject b) { return func.call3(self, a, b); }
    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return func.call(a, kwnames);
    }
    @Override public String pyRepr() {
        PyObject qn = Ops.getAttrOrNull(func, "__qualname__");
        String n = qn instanceof PyStr ? ((PyStr) qn).value : "?";
        if (func instanceof PyBuiltinFunction) {
            return "<built-in method " + ((PyBuiltinFunction) func).name + " of " + self.type().name + " object at " + Ops.addressString(self) + ">";
        }
        return "<bound method " + n + " of " + Ops.repr(self) + ">";
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyMethod) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        PyMethod m = (PyMethod) other;
        boolean eq = m.self == self && Ops.eqBool(m.func, func);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }
    @Override public long pyHash() { return Ops.hash(func) ^ Ops.identityHash(self); }
    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "__self__": return self;
            case "__func__": return func;
            case "__name__": case "__qualname__": case "__doc__": case "__module__": return Ops.getAttr(func, name);
            default: {
                PyObject v = super.pyGetAttr(name);
                if (v != null) return v;
                return Ops.getAttrOrNull(func, name);
            }
        }
    }
}
