package org.herthon.interpreter.modules.os;

import org.herthon.interpreter.runtime.*;

/**
 * CPython's "struct sequence" types ({@code os.stat_result}, {@code time.struct_time}...): a
 * tuple of the first {@code visible} fields, every field also an attribute, and a repr that names
 * the visible ones. The type is made once per module (types are per interpreter).
 */
public final class StructSeq {
    public final PyType type;
    private final String[] fields;
    private final int visible;

    public StructSeq(String module, String name, String[] fields, int visible) {
        this.fields = fields;
        this.visible = visible;
        PyType t = new PyType(name, false, new PyType[]{PyType.TUPLE});
        t.dict.putStr("__module__", PyStr.of(module));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        t.dict.putStr("n_sequence_fields", PyInt.of(visible));
        t.dict.putStr("n_fields", PyInt.of(fields.length));
        t.dict.putStr("n_unnamed_fields", PyInt.ZERO);
        for (int i = 0; i < fields.length; i++) {
            final int idx = i;
            final String f = fields[i];
            t.dict.putStr(f, new PyProperty(PyBuiltinFunction.of1(f, self -> {
                if (idx < visible) return ((PyTuple) self).items[idx];
                PyObject v = self.getDict() == null ? null : self.getDict().getStr(f);
                return v == null ? PyNone.INSTANCE : v;
            }), null, null, null));
        }
        final String qual = module.equals("builtins") ? name : module + "." + name;
        t.dict.putStr("__repr__", PyBuiltinFunction.method1(name, "__repr__", self -> {
            PyObject[] it = ((PyTuple) self).items;
            StringBuilder b = new StringBuilder(qual).append('(');
            for (int i = 0; i < visible && i < it.length; i++) {
                if (i > 0) b.append(", ");
                b.append(fields[i]).append('=').append(Ops.repr(it[i]));
            }
            return PyStr.of(b.append(')').toString());
        }));
        t.dict.putStr("__reduce__", PyBuiltinFunction.method1(name, "__reduce__", self -> {
            PyObject[] it = ((PyTuple) self).items;
            PyDict extra = new PyDict();
            for (int i = visible; i < fields.length; i++) {
                PyObject v = self.getDict().getStr(fields[i]);
                extra.putStr(fields[i], v == null ? PyNone.INSTANCE : v);
            }
            return new PyTuple(self.type(), new PyTuple(new PyTuple(it), extra));
        }));
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind(name, a, k, new String[]{"cls", "sequence", "dict"}, 2, 3);
            PyObject[] seq = Ops.toArray(p[1]);
            if (seq.length < visible) {
                throw Err.typeError(qual + "() takes an at least " + visible + "-sequence (" + seq.length + "-sequence given)");
            }
            if (seq.length > fields.length) {
                throw Err.typeError(qual + "() takes an at most " + fields.length + "-sequence (" + seq.length + "-sequence given)");
            }
            PyObject[] vis = java.util.Arrays.copyOf(seq, visible);
            PyTuple.Sub r = new PyTuple.Sub((PyType) p[0], vis);
            for (int i = visible; i < fields.length; i++) {
                PyObject v = i < seq.length ? seq[i] : null;
                if (v == null && p[2] instanceof PyDict) v = ((PyDict) p[2]).getStr(fields[i]);
                r.getDict().putStr(fields[i], v == null ? PyNone.INSTANCE : v);
            }
            return r;
        })));
        t.invalidate();
        this.type = t;
    }

    /** An instance: the first {@code visible} values are the tuple, the rest attributes only. */
    public PyObject make(PyObject... values) {
        PyObject[] vis = java.util.Arrays.copyOf(values, visible);
        PyTuple.Sub r = new PyTuple.Sub(type, vis);
        for (int i = visible; i < fields.length && i < values.length; i++) r.getDict().putStr(fields[i], values[i]);
        return r;
    }
}
