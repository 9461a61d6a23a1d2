package org.herthon.interpreter.runtime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.herthon.interpreter.runtime.codec.Codecs;

/** The methods bytes and bytearray share (CPython's Objects/bytes_methods.c), and bytearray's own. */
public final class BytesMethods {
    private BytesMethods() {}

    public static final PyType BYTEARRAY_ITERATOR = PyType.builtin("bytearray_iterator", PyType.OBJECT);
    static {
        Slots.slots(BYTEARRAY_ITERATOR, "__iter__", "__next__");
    }

    /** The bytes of a bytes-like object, or null (the array may be the object's own: do not modify). */
    public static byte[] bufferOrNull(PyObject o) {
        if (o instanceof PyBytes) return ((PyBytes) o).data;
        if (o instanceof PyByteArray) return ((PyByteArray) o).toBytes();
        if (o instanceof PyMemoryView) return ((PyMemoryView) o).bytes();
        return null;
    }

    public static byte[] buffer(PyObject o) {
        byte[] b = bufferOrNull(o);
        if (b == null) throw Err.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        return b;
    }

    static byte[] data(PyObject self) {
        if (self instanceof PyBytes) return ((PyBytes) self).data;
        return ((PyByteArray) self).toBytes();
    }

    static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    static int contains(byte[] data, PyObject item) {
        if (Ops.hasIndex(item) && !(item instanceof PyBytes)) {
            long v = Ops.index(item);
            if (v < 0 || v > 255) throw Err.valueError("byte must be in range(0, 256)");
            for (byte b : data) if ((b & 0xff) == v) return 1;
            return 0;
        }
        return find(data, buffer(item), 0, data.length) >= 0 ? 1 : 0;
    }

    static int find(byte[] h, byte[] n, int start, int end) {
        if (end > h.length) end = h.length;
        outer:
        for (int i = start; i + n.length <= end; i++) {
            for (int j = 0; j < n.length; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    static int rfind(byte[] h, byte[] n, int start, int end) {
        if (end > h.length) end = h.length;
        outer:
        for (int i = end - n.length; i >= start; i--) {
            for (int j = 0; j < n.length; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    static boolean isSpace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c; }
    static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }
    static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }
    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }
    static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }
    static int lower(int c) { return isUpper(c) ? c + 32 : c; }
    static int upper(int c) { return isLower(c) ? c - 32 : c; }

    /** The sub-argument of find/count/...: a bytes-like object or an int. */
    static byte[] subArg(PyObject o) {
        if (Ops.hasIndex(o) && bufferOrNull(o) == null) {
            long v = Ops.index(o);
            if (v < 0 || v > 255) throw Err.valueError("byte must be in range(0, 256)");
            return new byte[]{(byte) v};
        }
        byte[] b = bufferOrNull(o);
        if (b == null) throw Err.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
        return b;
    }

    /** [start, end) after slice-style normalisation, for args a[2], a[3]. */
    static int[] range(PyObject[] a, int from, int len) {
        long st = 0, en = len;
        if (a.length > from && a[from] != PyNone.INSTANCE) st = Ops.index(a[from]);
        if (a.length > from + 1 && a[from + 1] != PyNone.INSTANCE) en = Ops.index(a[from + 1]);
        if (st < 0) { st += len; if (st < 0) st = 0; }
        if (en < 0) { en += len; if (en < 0) en = 0; }
        if (en > len) en = len;
        return new int[]{(int) Math.min(st, Integer.MAX_VALUE), (int) en};
    }

    private static PyObject findImpl(PyObject[] a, String[] k, String name, boolean right, boolean raise) {
        Args.noKw(name, k);
        if (a.length < 2) throw Err.typeError(name + " expected at least 1 argument, got 0");
        if (a.length > 4) throw Err.typeError(name + " expected at most 3 arguments, got " + (a.length - 1));
        byte[] d = data(a[0]);
        byte[] n = subArg(a[1]);
        int[] r = range(a, 2, d.length);
        int i = r[0] > d.length ? -1 : right ? rfind(d, n, r[0], r[1]) : find(d, n, r[0], r[1]);
        if (i < 0 && raise) throw Err.valueError("subsection not found");
        return PyInt.of(i);
    }

    private static PyObject affix(PyObject[] a, String[] k, String name, boolean end) {
        Args.noKw(name, k);
        if (a.length < 2) throw Err.typeError(name + " expected at least 1 argument, got 0");
        byte[] d = data(a[0]);
        int[] r = range(a, 2, d.length);
        PyObject[] subs;
        if (a[1] instanceof PyTuple) subs = ((PyTuple) a[1]).items;
        else {
            if (bufferOrNull(a[1]) == null) throw Err.typeError(name + " first arg must be bytes or a tuple of bytes, not " + a[1].type().name);
            subs = new PyObject[]{a[1]};
        }
        for (PyObject s : subs) {
            byte[] n = bufferOrNull(s);
            if (n == null) throw Err.typeError("a bytes-like object is required, not '" + s.type().name + "'");
            if (r[0] > d.length) continue;
            if (r[1] - r[0] < n.length) continue;
            int at = end ? r[1] - n.length : r[0];
            boolean ok = true;
            for (int j = 0; j < n.length; j++) if (d[at + j] != n[j]) { ok = false; break; }
            if (ok) return PyBool.TRUE;
        }
        return PyBool.FALSE;
    }

    private static PyObject strip(PyObject[] a, String[] k, String name, int mode) {
        Args.noKw(name, k);
        if (a.length > 2) throw Err.typeError(name + " expected at most 1 argument, got " + (a.length - 1));
        byte[] d = data(a[0]);
        byte[] chars = a.length > 1 && a[1] != PyNone.INSTANCE ? buffer(a[1]) : null;
        int st = 0, en = d.length;
        if ((mode & 1) != 0) while (st < en && in(d[st], chars)) st++;
        if ((mode & 2) != 0) while (en > st && in(d[en - 1], chars)) en--;
        return make(a[0], Arrays.copyOfRange(d, st, en));
    }

    private static boolean in(byte b, byte[] chars) {
        if (chars == null) return isSpace(b & 0xff);
        for (byte c : chars) if (c == b) return true;
        return false;
    }

    private static PyObject split(PyObject self, PyObject sepO, PyObject maxO, boolean right) {
        byte[] d = data(self);
        long max = maxO == null ? -1 : Ops.index(maxO);
        if (max < 0) max = Long.MAX_VALUE;
        List<PyObject> out = new ArrayList<>();
        if (sepO == null || sepO == PyNone.INSTANCE) {
            if (!right) {
                int i = 0, n = d.length;
                while (true) {
                    while (i < n && isSpace(d[i] & 0xff)) i++;
                    if (i >= n) break;
                    if (max-- <= 0) {
                        int e = n;
                        while (e > i && isSpace(d[e - 1] & 0xff)) e--;
                        out.add(make(self, Arrays.copyOfRange(d, i, e)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(d[j] & 0xff)) j++;
                    out.add(make(self, Arrays.copyOfRange(d, i, j)));
                    i = j;
                }
            } else {
                int i = d.length;
                while (true) {
                    while (i > 0 && isSpace(d[i - 1] & 0xff)) i--;
                    if (i <= 0) break;
                    if (max-- <= 0) {
                        int s = 0;
                        while (s < i && isSpace(d[s] & 0xff)) s++;
                        out.add(0, make(self, Arrays.copyOfRange(d, s, i)));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(d[j - 1] & 0xff)) j--;
                    out.add(0, make(self, Arrays.copyOfRange(d, j, i)));
                    i = j;
                }
            }
            return new PyList(out.toArray(new PyObject[0]));
        }
        byte[] sep = buffer(sepO);
        if (sep.length == 0) throw Err.valueError("empty separator");
        if (!right) {
            int i = 0;
            while (max-- > 0) {
                int j = find(d, sep, i, d.length);
                if (j < 0) break;
                out.add(make(self, Arrays.copyOfRange(d, i, j)));
                i = j + sep.length;
            }
            out.add(make(self, Arrays.copyOfRange(d, i, d.length)));
        } else {
            int e = d.length;
            while (max-- > 0) {
                int j = rfind(d, sep, 0, e);
                if (j < 0) break;
                out.add(0, make(self, Arrays.copyOfRange(d, j + sep.length, e)));
                e = j;
            }
            out.add(0, make(self, Arrays.copyOfRange(d, 0, e)));
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static PyObject just(PyObject[] a, String[] k, String name, int mode) {
        Args.noKw(name, k);
        if (a.length < 2 || a.length > 3) throw Err.typeError(name + " expected " + (a.length < 2 ? "at least 1 argument, got 0" : "at most 2 arguments, got " + (a.length - 1)));
        byte[] d = data(a[0]);
        long w = Ops.index(a[1]);
        byte fill = ' ';
        if (a.length > 2) {
            byte[] f = bufferOrNull(a[2]);
            if (f == null || f.length != 1) throw Err.typeError(name + "() argument 2 must be a byte string of length 1, not " + a[2].type().name);
            fill = f[0];
        }
        if (w <= d.length) return make(a[0], d.clone());
        int pad = (int) w - d.length;
        int left = mode == 0 ? 0 : mode == 1 ? pad : pad / 2 + (pad & (int) w & 1);
        byte[] out = new byte[(int) w];
        Arrays.fill(out, fill);
        System.arraycopy(d, 0, out, left, d.length);
        return make(a[0], out);
    }

    private static PyObject map(PyObject self, java.util.function.IntUnaryOperator f) {
        byte[] d = data(self).clone();
        for (int i = 0; i < d.length; i++) d[i] = (byte) f.applyAsInt(d[i] & 0xff);
        return make(self, d);
    }

    private static PyObject test(PyObject self, java.util.function.IntPredicate p, boolean emptyResult) {
        byte[] d = data(self);
        if (d.length == 0) return PyBool.of(emptyResult);
        for (byte b : d) if (!p.test(b & 0xff)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) { i++; continue; }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) throw Err.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            if (i + 1 >= n) throw Err.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            char c2 = s.charAt(i + 1);
            int lo = Character.digit(c2, 16);
            if (lo < 0 || c2 > 127) throw Err.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** bytes.hex(sep=None, bytes_per_sep=1) (also memoryview.hex, bytearray.hex). */
    public static PyObject hex(byte[] d, PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("hex", a, k, new String[]{"sep", "bytes_per_sep"}, 0, 2);
        String sep = null;
        if (p[0] != null && p[0] != PyNone.INSTANCE) {
            if (p[0] instanceof PyStr) sep = ((PyStr) p[0]).value;
            else {
                byte[] sb = bufferOrNull(p[0]);
                if (sb == null) throw Err.typeError("sep must be str or bytes.");
                sep = new String(sb, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (sep.length() != 1) throw Err.valueError("sep must be length 1.");
            if (sep.charAt(0) > 127) throw Err.valueError("sep must be ASCII.");
        }
        long per = p[1] == null ? 1 : Ops.index(p[1]);
        StringBuilder sb = new StringBuilder();
        int n = d.length;
        long ap = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && ap > 0) {
                boolean boundary = per > 0 ? (n - i) % ap == 0 : i % ap == 0;
                if (boundary) sb.append(sep);
            }
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject[] rest(PyObject[] a) { return Arrays.copyOfRange(a, 1, a.length); }

    /** Fills the dict of bytes or bytearray with the shared methods. */
    static void install(PyType t) {
        Slots.def(t, "decode", (a, k) -> {
            PyObject[] p = Args.bind("decode", rest(a), k, new String[]{"encoding", "errors"}, 0, 2);
            String enc = p[0] == null ? "utf-8" : Args.str(p[0], "decode() argument 'encoding'");
            String err = p[1] == null ? "strict" : Args.str(p[1], "decode() argument 'errors'");
            return PyStr.of(Codecs.decode(data(a[0]), enc, err));
        });
        Slots.def(t, "hex", (a, k) -> hex(data(a[0]), rest(a), k));
        Slots.defClass(t, "fromhex", (a, k) -> {
            Args.noKw("fromhex", k);
            if (a.length != 2) throw Err.typeError("fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
            if (!(a[1] instanceof PyStr)) throw Err.typeError("fromhex() argument must be str, not " + a[1].type().name);
            byte[] b = fromHex(((PyStr) a[1]).value);
            PyType cls = (PyType) a[0];
            if (cls == PyType.BYTES) return new PyBytes(b);
            if (cls == PyType.BYTEARRAY) return new PyByteArray(b);
            return cls.call1(new PyBytes(b));
        });
        Slots.def(t, "find", (a, k) -> findImpl(a, k, "find", false, false));
        Slots.def(t, "rfind", (a, k) -> findImpl(a, k, "rfind", true, false));
        Slots.def(t, "index", (a, k) -> findImpl(a, k, "index", false, true));
        Slots.def(t, "rindex", (a, k) -> findImpl(a, k, "rindex", true, true));
        Slots.def(t, "count", (a, k) -> {
            Args.noKw("count", k);
            if (a.length < 2) throw Err.typeError("count expected at least 1 argument, got 0");
            byte[] d = data(a[0]);
            byte[] n = subArg(a[1]);
            int[] r = range(a, 2, d.length);
            if (r[0] > d.length) return PyInt.of(0);
            if (n.length == 0) return PyInt.of(Math.max(0, r[1] - r[0]) + 1);
            int c = 0, i = r[0];
            while ((i = find(d, n, i, r[1])) >= 0) { c++; i += n.length; }
            return PyInt.of(c);
        });
        Slots.def(t, "startswith", (a, k) -> affix(a, k, "startswith", false));
        Slots.def(t, "endswith", (a, k) -> affix(a, k, "endswith", true));
        Slots.def(t, "strip", (a, k) -> strip(a, k, "strip", 3));
        Slots.def(t, "lstrip", (a, k) -> strip(a, k, "lstrip", 1));
        Slots.def(t, "rstrip", (a, k) -> strip(a, k, "rstrip", 2));
        Slots.def(t, "split", (a, k) -> {
            PyObject[] p = Args.bind("split", rest(a), k, new String[]{"sep", "maxsplit"}, 0, 2);
            return split(a[0], p[0], p[1], false);
        });
        Slots.def(t, "rsplit", (a, k) -> {
            PyObject[] p = Args.bind("rsplit", rest(a), k, new String[]{"sep", "maxsplit"}, 0, 2);
            return split(a[0], p[0], p[1], true);
        });
        Slots.def(t, "splitlines", (a, k) -> {
            PyObject[] p = Args.bind("splitlines", rest(a), k, new String[]{"keepends"}, 0, 1);
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            byte[] d = data(a[0]);
            List<PyObject> out = new ArrayList<>();
            int i = 0, n = d.length;
            while (i < n) {
                int j = i;
                while (j < n && d[j] != '\n' && d[j] != '\r') j++;
                int eol = j;
                if (j < n) {
                    if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') j += 2;
                    else j++;
                }
                out.add(make(a[0], Arrays.copyOfRange(d, i, keep ? j : eol)));
                i = j;
            }
            return new PyList(out.toArray(new PyObject[0]));
        });
        Slots.def2(t, "join", (self, it) -> {
            byte[] sep = data(self);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject[] items = Ops.toArray(it);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.writeBytes(sep);
                byte[] b = bufferOrNull(items[i]);
                if (b == null) throw Err.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
                out.writeBytes(b);
            }
            return make(self, out.toByteArray());
        });
        Slots.def2(t, "partition", (self, s) -> part(self, s, false));
        Slots.def2(t, "rpartition", (self, s) -> part(self, s, true));
        Slots.def(t, "replace", (a, k) -> {
            Args.noKw("replace", k);
            if (a.length < 3 || a.length > 4) throw Err.typeError("replace expected " + (a.length < 3 ? "at least 2 arguments, got " : "at most 3 arguments, got ") + (a.length - 1));
            byte[] d = data(a[0]), o = buffer(a[1]), nw = buffer(a[2]);
            long max = a.length > 3 ? Ops.index(a[3]) : -1;
            if (max < 0) max = Long.MAX_VALUE;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (o.length == 0) {
                int i = 0;
                for (; i <= d.length; i++) {
                    if (max-- > 0) out.writeBytes(nw);
                    else { out.write(d, i, d.length - i); return make(a[0], out.toByteArray()); }
                    if (i < d.length) out.write(d[i]);
                }
                return make(a[0], out.toByteArray());
            }
            int i = 0;
            while (max-- > 0) {
                int j = find(d, o, i, d.length);
                if (j < 0) break;
                out.write(d, i, j - i);
                out.writeBytes(nw);
                i = j + o.length;
            }
            out.write(d, i, d.length - i);
            return make(a[0], out.toByteArray());
        });
        Slots.def2(t, "removeprefix", (self, p) -> {
            byte[] d = data(self), x = buffer(p);
            if (d.length >= x.length && Arrays.equals(d, 0, x.length, x, 0, x.length)) return make(self, Arrays.copyOfRange(d, x.length, d.length));
            return make(self, d.clone());
        });
        Slots.def2(t, "removesuffix", (self, p) -> {
            byte[] d = data(self), x = buffer(p);
            if (x.length > 0 && d.length >= x.length && Arrays.equals(d, d.length - x.length, d.length, x, 0, x.length)) return make(self, Arrays.copyOfRange(d, 0, d.length - x.length));
            return make(self, d.clone());
        });
        Slots.def1(t, "lower", self -> map(self, BytesMethods::lower));
        Slots.def1(t, "upper", self -> map(self, BytesMethods::upper));
        Slots.def1(t, "swapcase", self -> map(self, c -> isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c));
        Slots.def1(t, "capitalize", self -> {
            byte[] d = data(self).clone();
            for (int i = 0; i < d.length; i++) d[i] = (byte) (i == 0 ? upper(d[i] & 0xff) : lower(d[i] & 0xff));
            return make(self, d);
        });
        Slots.def1(t, "title", self -> {
            byte[] d = data(self).clone();
            boolean prevCased = false;
            for (int i = 0; i < d.length; i++) {
                int c = d[i] & 0xff;
                if (isAlpha(c)) { d[i] = (byte) (prevCased ? lower(c) : upper(c)); prevCased = true; } else prevCased = false;
            }
            return make(self, d);
        });
        Slots.def1(t, "isalnum", self -> test(self, c -> isAlpha(c) || isDigit(c), false));
        Slots.def1(t, "isalpha", self -> test(self, BytesMethods::isAlpha, false));
        Slots.def1(t, "isascii", self -> test(self, c -> c < 128, true));
        Slots.def1(t, "isdigit", self -> test(self, BytesMethods::isDigit, false));
        Slots.def1(t, "isspace", self -> test(self, BytesMethods::isSpace, false));
        Slots.def1(t, "islower", self -> {
            byte[] d = data(self);
            boolean cased = false;
            for (byte b : d) { if (isUpper(b & 0xff)) return PyBool.FALSE; if (isLower(b & 0xff)) cased = true; }
            return PyBool.of(cased);
        });
        Slots.def1(t, "isupper", self -> {
            byte[] d = data(self);
            boolean cased = false;
            for (byte b : d) { if (isLower(b & 0xff)) return PyBool.FALSE; if (isUpper(b & 0xff)) cased = true; }
            return PyBool.of(cased);
        });
        Slots.def1(t, "istitle", self -> {
            byte[] d = data(self);
            boolean cased = false, prevCased = false;
            for (byte b : d) {
                int c = b & 0xff;
                if (isUpper(c)) { if (prevCased) return PyBool.FALSE; prevCased = true; cased = true; }
                else if (isLower(c)) { if (!prevCased) return PyBool.FALSE; prevCased = true; cased = true; }
                else prevCased = false;
            }
            return PyBool.of(cased);
        });
        Slots.def(t, "ljust", (a, k) -> just(a, k, "ljust", 0));
        Slots.def(t, "rjust", (a, k) -> just(a, k, "rjust", 1));
        Slots.def(t, "center", (a, k) -> just(a, k, "center", 2));
        Slots.def2(t, "zfill", (self, w) -> {
            byte[] d = data(self);
            long width = Ops.index(w);
            if (width <= d.length) return make(self, d.clone());
            int pad = (int) width - d.length;
            byte[] out = new byte[(int) width];
            Arrays.fill(out, (byte) '0');
            System.arraycopy(d, 0, out, pad, d.length);
            if (d.length > 0 && (d[0] == '+' || d[0] == '-')) { out[0] = d[0]; out[pad] = '0'; }
            return make(self, out);
        });
        Slots.def(t, "expandtabs", (a, k) -> {
            PyObject[] p = Args.bind("expandtabs", rest(a), k, new String[]{"tabsize"}, 0, 1);
            long ts = p[0] == null ? 8 : Ops.index(p[0]);
            byte[] d = data(a[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int col = 0;
            for (byte b : d) {
                if (b == '\t') {
                    if (ts > 0) { int n = (int) (ts - col % ts); for (int i = 0; i < n; i++) out.write(' '); col += n; }
                } else {
                    out.write(b);
                    col = (b == '\n' || b == '\r') ? 0 : col + 1;
                }
            }
            return make(a[0], out.toByteArray());
        });
        Slots.defStatic(t, "maketrans", (a, k) -> {
            Args.noKw("maketrans", k);
            if (a.length != 2) throw Err.typeError("maketrans expected 2 arguments, got " + a.length);
            byte[] f = buffer(a[0]), to = buffer(a[1]);
            if (f.length != to.length) throw Err.valueError("maketrans arguments must have same length");
            byte[] tbl = new byte[256];
            for (int i = 0; i < 256; i++) tbl[i] = (byte) i;
            for (int i = 0; i < f.length; i++) tbl[f[i] & 0xff] = to[i];
            return new PyBytes(tbl);
        });
        Slots.def(t, "translate", (a, k) -> {
            PyObject[] p = Args.bind("translate", rest(a), k, new String[]{"table", "delete"}, 1, 2);
            byte[] d = data(a[0]);
            byte[] tbl = p[0] == PyNone.INSTANCE ? null : buffer(p[0]);
            if (tbl != null && tbl.length != 256) throw Err.valueError("translation table must be 256 characters long");
            byte[] del = p[1] == null ? new byte[0] : buffer(p[1]);
            boolean[] dl = new boolean[256];
            for (byte b : del) dl[b & 0xff] = true;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte b : d) if (!dl[b & 0xff]) out.write(tbl == null ? b : tbl[b & 0xff]);
            return make(a[0], out.toByteArray());
        });
        Slots.def2(t, "__mod__", BytesMethods::percent);
        Slots.def2(t, "__rmod__", (self, v) -> PyNotImplemented.INSTANCE);
        Slots.def1(t, "__getnewargs__", self -> new PyTuple(new PyBytes(data(self).clone())));
    }

    /** bytes % args and bytearray % args. */
    public static PyObject percent(PyObject self, PyObject v) {
        return make(self, StrFormat.percent(new String(data(self), java.nio.charset.StandardCharsets.ISO_8859_1), v, true)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static PyObject part(PyObject self, PyObject s, boolean right) {
        byte[] d = data(self), sep = buffer(s);
        if (sep.length == 0) throw Err.valueError("empty separator");
        int i = right ? rfind(d, sep, 0, d.length) : find(d, sep, 0, d.length);
        if (i < 0) {
            if (right) return new PyTuple(make(self, new byte[0]), make(self, new byte[0]), make(self, d.clone()));
            return new PyTuple(make(self, d.clone()), make(self, new byte[0]), make(self, new byte[0]));
        }
        return new PyTuple(make(self, Arrays.copyOfRange(d, 0, i)), make(self, sep.clone()), make(self, Arrays.copyOfRange(d, i + sep.length, d.length)));
    }

    /** bytearray's type: constructor and mutating methods. */
    static void bytearrayMethods() {
        PyType t = PyType.BYTEARRAY;
        t.dictSlots = true;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> new PyByteArray((PyType) a[0]))));
        Slots.def(t, "__init__", (a, k) -> {
            PyObject[] p = Args.bind("bytearray", rest(a), k, new String[]{"source", "encoding", "errors"}, 0, 3);
            PyByteArray self = (PyByteArray) a[0];
            self.setBytes(p[0] == null ? new byte[0] : fromSource(p[0], p[1], p[2], "bytearray"));
            return PyNone.INSTANCE;
        });
        Slots.slots(t, "__repr__", "__str__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "compare");
        t.dict.putStr("__hash__", PyNone.INSTANCE);
        install(t);
        Slots.def2(t, "append", (s, v) -> { ((PyByteArray) s).append(PyByteArray.byteValue(v)); return PyNone.INSTANCE; });
        Slots.def2(t, "extend", (s, v) -> {
            PyByteArray self = (PyByteArray) s;
            byte[] b = bufferOrNull(v);
            if (b == null) {
                if (v instanceof PyStr) throw Err.typeError("expected iterable of integers; got: 'str'");
                if (!Ops.isIterable(v)) throw Err.typeError("can't extend bytearray with " + v.type().name);
                PyObject[] items = Ops.toArray(v);
                b = new byte[items.length];
                for (int i = 0; i < items.length; i++) b[i] = (byte) PyByteArray.byteValue(items[i]);
            }
            self.appendAll(b.clone());
            return PyNone.INSTANCE;
        });
        Slots.def3(t, "insert", (s, i, v) -> {
            PyByteArray self = (PyByteArray) s;
            long idx = Ops.index(i);
            int x = PyByteArray.byteValue(v);
            int n = self.size;
            if (idx < 0) { idx += n; if (idx < 0) idx = 0; }
            if (idx > n) idx = n;
            byte[] out = new byte[n + 1];
            System.arraycopy(self.data, 0, out, 0, (int) idx);
            out[(int) idx] = (byte) x;
            System.arraycopy(self.data, (int) idx, out, (int) idx + 1, n - (int) idx);
            self.setBytes(out);
            return PyNone.INSTANCE;
        });
        Slots.def(t, "pop", (a, k) -> {
            Args.noKw("pop", k);
            PyByteArray self = (PyByteArray) a[0];
            if (self.size == 0) throw Err.indexError("pop from empty bytearray");
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            if (i < 0) i += self.size;
            if (i < 0 || i >= self.size) throw Err.indexError("pop index out of range");
            int v = self.data[(int) i] & 0xff;
            self.pyDelItem(PyInt.of(i));
            return PyInt.of(v);
        });
        Slots.def2(t, "remove", (s, v) -> {
            PyByteArray self = (PyByteArray) s;
            int x = PyByteArray.byteValue(v);
            for (int i = 0; i < self.size; i++) {
                if ((self.data[i] & 0xff) == x) { self.pyDelItem(PyInt.of(i)); return PyNone.INSTANCE; }
            }
            throw Err.valueError("value not found in bytearray");
        });
        Slots.def1(t, "reverse", s -> {
            PyByteArray self = (PyByteArray) s;
            for (int i = 0, j = self.size - 1; i < j; i++, j--) { byte b = self.data[i]; self.data[i] = self.data[j]; self.data[j] = b; }
            return PyNone.INSTANCE;
        });
        Slots.def1(t, "clear", s -> { ((PyByteArray) s).setBytes(new byte[0]); return PyNone.INSTANCE; });
        Slots.def1(t, "copy", s -> new PyByteArray(((PyByteArray) s).toBytes()));
        Slots.def1(t, "__alloc__", s -> PyInt.of(((PyByteArray) s).data.length + 1));
        Slots.def2(t, "__add__", (s, o) -> {
            byte[] b = bufferOrNull(o);
            if (b == null) throw Err.typeError("can't concat " + o.type().name + " to " + s.type().name);
            PyByteArray r = new PyByteArray(((PyByteArray) s).toBytes());
            r.appendAll(b.clone());
            return r;
        });
        Slots.def2(t, "__iadd__", (s, o) -> {
            byte[] b = bufferOrNull(o);
            if (b == null) throw Err.typeError("can't concat " + o.type().name + " to " + s.type().name);
            ((PyByteArray) s).appendAll(b.clone());
            return s;
        });
        PyBuiltinFunction.Impl2 mul = (s, o) -> {
            if (!Ops.hasIndex(o)) return PyNotImplemented.INSTANCE;
            long n = Math.max(0, Ops.index(o));
            byte[] d = ((PyByteArray) s).toBytes();
            byte[] r = new byte[Arith.repeatedLength(d.length, n)];
            for (int i = 0; i < r.length; i += d.length) System.arraycopy(d, 0, r, i, d.length);
            return new PyByteArray(r);
        };
        Slots.def2(t, "__mul__", mul);
        Slots.def2(t, "__rmul__", mul);
        Slots.def2(t, "__imul__", (s, o) -> {
            if (!Ops.hasIndex(o)) return PyNotImplemented.INSTANCE;
            PyByteArray r = (PyByteArray) mul.call(s, o);
            ((PyByteArray) s).setBytes(r.toBytes());
            return s;
        });
        Slots.def1(t, "__reduce_ex__", s -> new PyTuple(s.type(), new PyTuple(PyStr.of(new String(((PyByteArray) s).toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1")),
                s.getDict() == null ? PyNone.INSTANCE : s.getDict()));
    }

    /** bytes(x) / bytearray(x) contents. */
    static byte[] fromSource(PyObject x, PyObject enc, PyObject errors, String name) {
        if (x instanceof PyStr) {
            if (enc == null) throw Err.typeError("string argument without an encoding");
            return Codecs.encode(((PyStr) x).value, Args.str(enc, name + "() argument 'encoding'"), errors == null ? "strict" : Args.str(errors, name + "() argument 'errors'"));
        }
        if (enc != null) throw Err.typeError("encoding without a string argument");
        if (errors != null) throw Err.typeError("errors without a string argument");
        byte[] b = bufferOrNull(x);
        if (b != null) return b.clone();
        if (Ops.hasIndex(x)) {
            long n = Ops.index(x);
            if (n < 0) throw Err.valueError("negative count");
            return new byte[(int) n];
        }
        if (!Ops.isIterable(x)) throw Err.typeError("cannot convert '" + x.type().name + "' object to " + name);
        PyObject[] items = Ops.toArray(x);
        byte[] out = new byte[items.length];
        for (int i = 0; i < out.length; i++) {
            PyObject v = items[i];
            if (!Ops.hasIndex(v)) throw Err.typeError("'" + v.type().name + "' object cannot be interpreted as an integer");
            long iv = Ops.index(v);
            if (iv < 0 || iv > 255) throw Err.valueError("bytes must be in range(0, 256)");
            out[i] = (byte) iv;
        }
        return out;
    }
}
