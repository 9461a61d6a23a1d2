package org.herthon.interpreter.runtime;

/** Argument checking helpers with CPython's messages for builtins. */
public final class Args {
    private Args() {}

    public static void noKw(String name, String[] kw) {
        if (kw != null && kw.length > 0) throw Err.typeError(name + "() takes no keyword arguments");
    }
    public static int npos(PyObject[] args, String[] kw) { return args.length - (kw == null ? 0 : kw.length); }

    /** METH_O style: exactly one argument. */
    public static void one(String name, PyObject[] args, String[] kw) {
        noKw(name, kw);
        if (args.length != 1) throw Err.typeError(name + "() takes exactly one argument (" + args.length + " given)");
    }
    public static void range(String name, PyObject[] args, int min, int max) {
        int n = args.length;
        if (n < min) throw Err.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        if (n > max) throw Err.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
    public static void none(String name, PyObject[] args, String[] kw) {
        noKw(name, kw);
        if (args.length != 0) throw Err.typeError(name + "() takes no arguments (" + args.length + " given)");
    }

    /**
     * Binds positional and keyword arguments to the named parameters. Returns an array with
     * null for missing optional ones. required = number of leading required parameters.
     */
    public static PyObject[] bind(String fname, PyObject[] args, String[] kw, String[] names, int required, int maxPositional) {
        PyObject[] out = new PyObject[names.length];
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > maxPositional) {
            if (maxPositional == names.length) throw Err.typeError(fname + "() takes at most " + maxPositional + " argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
            throw Err.typeError(fname + "() takes at most " + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int j = -1;
            for (int i = 0; i < names.length; i++) if (names[i].equals(kw[k])) { j = i; break; }
            if (j < 0) throw Err.typeError(fname + "() got an unexpected keyword argument '" + kw[k] + "'");
            if (out[j] != null) throw Err.typeError("argument for " + fname + "() given by name ('" + kw[k] + "') and position (" + (j + 1) + ")");
            out[j] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Err.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    public static String str(PyObject o, String what) {
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError(what + " must be str, not " + o.type().name);
    }
}
