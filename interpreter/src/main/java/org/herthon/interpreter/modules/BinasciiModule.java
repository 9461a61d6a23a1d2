package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.io.ByteArrayOutputStream;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's binascii: base64 (with strict_mode), hex, uu, quoted-printable, crc32, crc_hqx. */
public final class BinasciiModule implements JavaModule {
    @Override public String name() { return "binascii"; }

    static final PyType ERROR = exc("Error", PyExc.ValueError);
    static final PyType INCOMPLETE = exc("Incomplete", PyExc.Exception);

    private static PyType exc(String name, PyType base) {
        PyType t = new PyType(name, true, new PyType[]{base});
        t.dict.putStr("__module__", PyStr.of("binascii"));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    static PyException error(String msg) { return Err.make(ERROR, msg); }

    /** The argument of an a2b_* function: bytes-like or an ASCII str. */
    static byte[] ascii(PyObject o) {
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value;
            byte[] b = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 127) throw Err.valueError("string argument should contain only ASCII characters");
                b[i] = (byte) c;
            }
            return b;
        }
        byte[] b = Buffers.bytesOrNull(o);
        if (b == null) throw Err.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name + "'");
        return b;
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] A2B64 = new int[256];
    static {
        java.util.Arrays.fill(A2B64, 255);
        for (int i = 0; i < 64; i++) A2B64[B64.charAt(i)] = i;
    }

    static byte[] a2bBase64(byte[] in, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 * 3 + 3);
        if (strict && in.length > 0 && in[0] == '=') throw error("Leading padding not allowed");
        int quadPos = 0, leftchar = 0, pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            int ch = in[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < in.length) throw error("Excess data after padding");
                    return out.toByteArray();
                }
                continue;
            }
            int v = A2B64[ch];
            if (v >= 64) {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw error("Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos) {
                case 0: quadPos = 1; leftchar = v; break;
                case 1: quadPos = 2; out.write((leftchar << 2) | (v >> 4)); leftchar = v & 0x0f; break;
                case 2: quadPos = 3; out.write((leftchar << 4) | (v >> 2)); leftchar = v & 0x03; break;
                default: quadPos = 0; out.write((leftchar << 6) | v); leftchar = 0; break;
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) throw error("Incorrect padding");
        return out.toByteArray();
    }

    static byte[] b2aBase64(byte[] in, boolean newline) {
        StringBuilder sb = new StringBuilder((in.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < in.length; i += 3) {
            int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append(B64.charAt(v & 63));
        }
        int rest = in.length - i;
        if (rest == 1) {
            int v = (in[i] & 0xff) << 16;
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append("==");
        } else if (rest == 2) {
            int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8;
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append('=');
        }
        if (newline) sb.append('\n');
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static byte[] unhexlify(byte[] in) {
        if (in.length % 2 != 0) throw error("Odd-length string");
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexValue(in[2 * i] & 0xff), lo = hexValue(in[2 * i + 1] & 0xff);
            if (hi < 0 || lo < 0) throw error("Non-hexadecimal digit found");
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** hexlify with an optional separator every bytesPerSep bytes (from the right; from the left when negative). */
    static String hexlify(byte[] in, PyObject sepObj, PyObject perSepObj) {
        String hex = Buffers.hex(in);
        if (sepObj == null || sepObj == PyNone.INSTANCE) return hex;
        String sep;
        if (sepObj instanceof PyStr) sep = ((PyStr) sepObj).value;
        else {
            byte[] b = Buffers.bytesOrNull(sepObj);
            if (b == null) throw Err.typeError("sep must be str or bytes.");
            sep = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (sep.length() != 1) throw Err.valueError("sep must be length 1.");
        if (sep.charAt(0) > 127) throw Err.valueError("sep must be ASCII.");
        long per = perSepObj == null ? 1 : ModuleSupport.cInt(perSepObj);
        if (per == 0 || in.length == 0) return hex;
        long abs = Math.abs(per);
        StringBuilder sb = new StringBuilder();
        int n = in.length;
        for (int i = 0; i < n; i++) {
            boolean boundary = per > 0 ? i > 0 && (n - i) % abs == 0 : i > 0 && i % abs == 0;
            if (boundary) sb.append(sep);
            sb.append(hex, 2 * i, 2 * i + 2);
        }
        return sb.toString();
    }

    static byte[] a2bUu(byte[] in) {
        int pos = 0, len = in.length;
        int first = len > 0 ? in[0] & 0xff : 0;
        int binLen = (first - ' ') & 077;
        pos = 1;
        len--;
        byte[] out = new byte[binLen];
        int o = 0, leftchar = 0, leftbits = 0;
        for (; binLen > 0; len--, pos++) {
            int ch = len > 0 ? in[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || len <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) throw error("Illegal char");
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[o++] = (byte) ((leftchar >> leftbits) & 0xff);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (len-- > 0) {
            int ch = in[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') throw error("Trailing garbage");
        }
        return out;
    }

    static byte[] b2aUu(byte[] in, boolean backtick) {
        if (in.length > 45) throw error("At most 45 bytes at once");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (backtick && in.length == 0) out.write('`');
        else out.write(' ' + in.length);
        for (int i = 0; i < in.length; i += 3) {
            int v = (in[i] & 0xff) << 16 | (i + 1 < in.length ? (in[i + 1] & 0xff) << 8 : 0) | (i + 2 < in.length ? in[i + 2] & 0xff : 0);
            for (int s = 18; s >= 0; s -= 6) {
                int c = (v >> s) & 63;
                out.write(backtick && c == 0 ? '`' : ' ' + c);
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    static byte[] a2bQp(byte[] in, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0, n = in.length;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) break;
                int d = in[i] & 0xff;
                if (d == '\n' || d == '\r') {
                    if (d != '\n') while (i < n && in[i] != '\n') i++;
                    if (i < n) i++;
                } else if (d == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && hexValue(d) >= 0 && hexValue(in[i + 1] & 0xff) >= 0) {
                    out.write(hexValue(d) << 4 | hexValue(in[i + 1] & 0xff));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    static byte[] b2aQp(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        final int maxLine = 76;
        boolean crlf = false;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 2);
        byte[] o = new byte[d.length * 3 + d.length / 20 * 3 + 16];
        int op = 0, in = 0, linelen = 0, n = d.length;
        while (in < n) {
            int c = d[in] & 0xff;
            boolean encode = c > 126 || c == '=' || (header && c == '_')
                    || (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && in + 1 == n)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (o.length - op < 16) o = java.util.Arrays.copyOf(o, o.length * 2 + 16);
            if (encode) {
                if (linelen + 3 >= maxLine) {
                    o[op++] = '=';
                    if (crlf) o[op++] = '\r';
                    o[op++] = '\n';
                    linelen = 0;
                }
                o[op++] = '=';
                o[op++] = (byte) Character.toUpperCase(Character.forDigit(c >> 4, 16));
                o[op++] = (byte) Character.toUpperCase(Character.forDigit(c & 15, 16));
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                if (op > 0 && (o[op - 1] == ' ' || o[op - 1] == '\t')) {
                    int ch = o[op - 1];
                    o[op - 1] = '=';
                    o[op++] = (byte) Character.toUpperCase(Character.forDigit(ch >> 4, 16));
                    o[op++] = (byte) Character.toUpperCase(Character.forDigit(ch & 15, 16));
                }
                if (crlf) o[op++] = '\r';
                o[op++] = '\n';
                in += c == '\r' ? 2 : 1;
            } else {
                if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= maxLine) {
                    o[op++] = '=';
                    if (crlf) o[op++] = '\r';
                    o[op++] = '\n';
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    o[op++] = '_';
                    in++;
                } else {
                    o[op++] = d[in++];
                }
            }
        }
        out.write(o, 0, op);
        return out.toByteArray();
    }

    private static final int[] CRC_TABLE = new int[256];
    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    /** zlib's crc32 continuing from crc. */
    static int crc32(byte[] d, int crc) {
        int c = ~crc;
        for (byte b : d) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    static int crcHqx(byte[] d, int crc) {
        crc &= 0xffff;
        for (byte b : d) {
            crc ^= (b & 0xff) << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
        }
        return crc;
    }

    /** An unsigned int argument masked to 32 bits (the 'I' unit CPython uses for crc values). */
    static int crcArg(PyObject o) {
        if (o instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
        return ModuleSupport.bigIndex(o).intValue();
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("binascii");
        m.dict.putStr("__doc__", PyStr.of("Conversion between binary data and ASCII"));
        m.dict.putStr("Error", ERROR);
        m.dict.putStr("Incomplete", INCOMPLETE);
        def(m, "a2b_base64", (a, k) -> {
            PyObject[] p = Args.bind("a2b_base64", a, k, new String[]{"data", "strict_mode"}, 1, 1);
            return new PyBytes(a2bBase64(ascii(p[0]), p[1] != null && Ops.isTrue(p[1])));
        });
        def(m, "b2a_base64", (a, k) -> {
            PyObject[] p = Args.bind("b2a_base64", a, k, new String[]{"data", "newline"}, 1, 1);
            return new PyBytes(b2aBase64(Buffers.bytes(p[0]), p[1] == null || Ops.isTrue(p[1])));
        });
        for (String n : new String[]{"a2b_hex", "unhexlify"}) {
            def(m, n, (a, k) -> {
                PyObject[] p = Args.bind(n, a, k, new String[]{"hexstr"}, 1, 1);
                return new PyBytes(unhexlify(ascii(p[0])));
            });
        }
        for (String n : new String[]{"b2a_hex", "hexlify"}) {
            def(m, n, (a, k) -> {
                PyObject[] p = Args.bind(n, a, k, new String[]{"data", "sep", "bytes_per_sep"}, 1, 3);
                return new PyBytes(hexlify(Buffers.bytes(p[0]), p[1], p[2]).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            });
        }
        def(m, "a2b_uu", (a, k) -> {
            PyObject[] p = Args.bind("a2b_uu", a, k, new String[]{"data"}, 1, 1);
            return new PyBytes(a2bUu(ascii(p[0])));
        });
        def(m, "b2a_uu", (a, k) -> {
            PyObject[] p = Args.bind("b2a_uu", a, k, new String[]{"data", "backtick"}, 1, 1);
            return new PyBytes(b2aUu(Buffers.bytes(p[0]), p[1] != null && Ops.isTrue(p[1])));
        });
        def(m, "a2b_qp", (a, k) -> {
            PyObject[] p = Args.bind("a2b_qp", a, k, new String[]{"data", "header"}, 1, 2);
            return new PyBytes(a2bQp(ascii(p[0]), p[1] != null && Ops.isTrue(p[1])));
        });
        def(m, "b2a_qp", (a, k) -> {
            PyObject[] p = Args.bind("b2a_qp", a, k, new String[]{"data", "quotetabs", "istext", "header"}, 1, 4);
            return new PyBytes(b2aQp(Buffers.bytes(p[0]), p[1] != null && Ops.isTrue(p[1]), p[2] == null || Ops.isTrue(p[2]),
                    p[3] != null && Ops.isTrue(p[3])));
        });
        def(m, "crc32", (a, k) -> {
            Args.noKw("crc32", k);
            Args.range("crc32", a, 1, 2);
            int crc = a.length > 1 ? crcArg(a[1]) : 0;
            return PyInt.of(crc32(Buffers.bytes(a[0]), crc) & 0xffffffffL);
        });
        def(m, "crc_hqx", (a, k) -> {
            Args.noKw("crc_hqx", k);
            Args.range("crc_hqx", a, 2, 2);
            return PyInt.of(crcHqx(Buffers.bytes(a[0]), crcArg(a[1])));
        });
        return m;
    }
}
