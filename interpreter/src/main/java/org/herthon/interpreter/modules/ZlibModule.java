package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's zlib over java.util.zip (the JDK links the same system zlib, so deflate output
 * is byte-identical for the same level and strategy). The gzip wrapper (wbits 25..31) is written
 * here; window sizes below 15 only change the zlib header (the JDK has no windowBits).
 */
public final class ZlibModule implements JavaModule {
    @Override public String name() { return "zlib"; }

    static final PyType ERROR = errorType();

    private static PyType errorType() {
        PyType t = new PyType("error", true, new PyType[]{PyExc.Exception});
        t.dict.putStr("__module__", PyStr.of("zlib"));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    static PyException error(String msg) { return Err.make(ERROR, msg); }

    enum Wrap { ZLIB, RAW, GZIP, AUTO }

    static Wrap compressWrap(int wbits) {
        if (wbits >= 9 && wbits <= 15 || wbits == 8) return Wrap.ZLIB;
        if (wbits >= -15 && wbits <= -8) return Wrap.RAW;
        if (wbits >= 24 && wbits <= 31) return Wrap.GZIP;
        return null;
    }

    static Wrap decompressWrap(int wbits) {
        if (wbits == 0 || wbits >= 8 && wbits <= 15) return Wrap.ZLIB;
        if (wbits >= -15 && wbits <= -8) return Wrap.RAW;
        if (wbits >= 24 && wbits <= 31) return Wrap.GZIP;
        if (wbits >= 40 && wbits <= 47) return Wrap.AUTO;
        return null;
    }

    // ---- compression ------------------------------------------------------------------------

    /** A deflate stream: the JDK's Deflater plus the gzip wrapper and zlib header rewriting. */
    static final class Compressor {
        final int level, wbits, strategy;
        final Wrap wrap;
        final byte[] zdict;
        final Deflater def;
        boolean started, finished;
        int crc;
        long size;
        /** Every call so far (data, then flush mode or -1 for compress), for copy(). */
        final List<Object[]> log = new ArrayList<>();

        Compressor(int level, int wbits, int strategy, byte[] zdict) {
            this.level = level;
            this.wbits = wbits;
            this.strategy = strategy;
            this.zdict = zdict;
            this.wrap = compressWrap(wbits);
            def = new Deflater(level, wrap != Wrap.ZLIB);
            if (strategy == 1) def.setStrategy(Deflater.FILTERED);
            else if (strategy == 2) def.setStrategy(Deflater.HUFFMAN_ONLY);
            if (zdict != null) def.setDictionary(zdict);
        }

        private byte[] drain(int flush, boolean finishing) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            while (true) {
                int n = def.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
                if (n == buf.length) continue;
                if (def.finished()) break;
                if (finishing) continue;
                if (flush != Deflater.NO_FLUSH || def.needsInput() || n == 0) break;
            }
            return out.toByteArray();
        }

        private byte[] prefix(byte[] body) {
            if (started) return body;
            started = true;
            if (wrap == Wrap.GZIP) {
                byte xfl = (byte) (level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0);
                byte[] h = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3};
                byte[] r = new byte[h.length + body.length];
                System.arraycopy(h, 0, r, 0, h.length);
                System.arraycopy(body, 0, r, h.length, body.length);
                return r;
            }
            if (wrap == Wrap.ZLIB && wbits < 15 && body.length >= 2) {
                int w = Math.max(wbits, 9);
                int lvl = level == -1 ? 6 : level;
                int flags = strategy >= 2 || lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
                int header = ((w - 8) << 4 | 8) << 8 | flags << 6 | (zdict != null ? 0x20 : 0);
                header += 31 - header % 31;
                body[0] = (byte) (header >> 8);
                body[1] = (byte) header;
            }
            return body;
        }

        byte[] compress(byte[] data) {
            if (finished) throw error("Error -2 while compressing data: inconsistent stream state");
            log.add(new Object[]{data, -1});
            if (wrap == Wrap.GZIP) {
                crc = BinasciiModule.crc32(data, crc);
                size += data.length;
            }
            def.setInput(data);
            return prefix(drain(Deflater.NO_FLUSH, false));
        }

        byte[] flush(int mode) {
            if (mode == 0) return new byte[0];
            if (finished) throw error("Error -2 while flushing: inconsistent stream state");
            log.add(new Object[]{null, mode});
            if (mode == 4) {
                def.finish();
                byte[] body = prefix(drain(Deflater.NO_FLUSH, true));
                finished = true;
                def.end();
                if (wrap == Wrap.GZIP) {
                    byte[] r = java.util.Arrays.copyOf(body, body.length + 8);
                    for (int i = 0; i < 4; i++) {
                        r[body.length + i] = (byte) (crc >>> (8 * i));
                        r[body.length + 4 + i] = (byte) (size >>> (8 * i));
                    }
                    return r;
                }
                return body;
            }
            return prefix(drain(mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH, false));
        }

        Compressor copy() {
            if (finished) throw Err.valueError("Inconsistent stream state");
            Compressor c = new Compressor(level, wbits, strategy, zdict);
            for (Object[] call : log) {
                if ((Integer) call[1] == -1) c.compress((byte[]) call[0]);
                else c.flush((Integer) call[1]);
            }
            return c;
        }
    }

    // ---- decompression ----------------------------------------------------------------------

    /** An inflate stream with the gzip wrapper parsed here. */
    static final class Decompressor {
        final int wbits;
        final byte[] zdict;
        Wrap wrap;
        Inflater inf;
        /** Gzip header bytes seen so far (until the header is complete). */
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        ByteArrayOutputStream trailer = new ByteArrayOutputStream();
        int crc;
        long size;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];
        final List<Object[]> log = new ArrayList<>();

        Decompressor(int wbits, byte[] zdict) {
            this.wbits = wbits;
            this.zdict = zdict;
            this.wrap = decompressWrap(wbits);
            if (wrap == Wrap.ZLIB || wrap == Wrap.RAW) start(wrap);
        }

        private void start(Wrap w) {
            wrap = w;
            inf = new Inflater(w != Wrap.ZLIB);
            if (w == Wrap.RAW && zdict != null) inf.setDictionary(zdict);
        }

        /** Length of a complete gzip header at the start of h, or -1 if more bytes are needed. */
        static int gzipHeaderLength(byte[] h) {
            if (h.length < 10) return -1;
            if ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b) throw error("Error -3 while decompressing data: incorrect header check");
            if (h[2] != 8) throw error("Error -3 while decompressing data: unknown compression method");
            int flg = h[3] & 0xff;
            int p = 10;
            if ((flg & 4) != 0) {
                if (h.length < p + 2) return -1;
                p += 2 + ((h[p] & 0xff) | (h[p + 1] & 0xff) << 8);
                if (h.length < p) return -1;
            }
            for (int bit : new int[]{8, 16}) {
                if ((flg & bit) != 0) {
                    while (p < h.length && h[p] != 0) p++;
                    if (p >= h.length) return -1;
                    p++;
                }
            }
            if ((flg & 2) != 0) {
                p += 2;
                if (h.length < p) return -1;
            }
            return p;
        }

        /** Feeds data; returns the output (at most maxLength bytes when maxLength > 0). */
        byte[] decompress(byte[] data, long maxLength) {
            log.add(new Object[]{data, maxLength});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unusedData = concat(unusedData, data);
                return out.toByteArray();
            }
            if (inf == null) {
                header.write(data, 0, data.length);
                byte[] h = header.toByteArray();
                if (wrap == Wrap.AUTO) {
                    if (h.length < 2) return out.toByteArray();
                    if ((h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b) wrap = Wrap.GZIP;
                    else {
                        start(Wrap.ZLIB);
                        header = null;
                        return feed(h, maxLength, out);
                    }
                }
                int n = gzipHeaderLength(h);
                if (n < 0) return out.toByteArray();
                start(Wrap.RAW);
                wrap = Wrap.GZIP;
                header = null;
                data = java.util.Arrays.copyOfRange(h, n, h.length);
            }
            return feed(data, maxLength, out);
        }

        private byte[] feed(byte[] data, long maxLength, ByteArrayOutputStream out) {
            if (inf.finished()) return afterEnd(data, out);
            inf.setInput(data);
            byte[] buf = new byte[16384];
            try {
                while (!inf.finished()) {
                    int want = buf.length;
                    if (maxLength > 0) want = (int) Math.min(want, maxLength - out.size());
                    if (want <= 0) break;
                    int n = inf.inflate(buf, 0, want);
                    if (n == 0) {
                        if (inf.needsDictionary()) {
                            if (zdict == null) throw error("Error 2 while decompressing data");
                            inf.setDictionary(zdict);
                            continue;
                        }
                        if (inf.needsInput()) break;
                    }
                    if (wrap == Wrap.GZIP) {
                        crc = BinasciiModule.crc32(java.util.Arrays.copyOf(buf, n), crc);
                        size += n;
                    }
                    out.write(buf, 0, n);
                }
            } catch (DataFormatException e) {
                throw error("Error -3 while decompressing data: " + e.getMessage());
            }
            int rem = inf.getRemaining();
            byte[] rest = java.util.Arrays.copyOfRange(data, data.length - rem, data.length);
            if (inf.finished()) {
                unconsumedTail = new byte[0];
                return afterEnd(rest, out);
            }
            unconsumedTail = rest;
            return out.toByteArray();
        }

        private byte[] afterEnd(byte[] rest, ByteArrayOutputStream out) {
            if (wrap == Wrap.GZIP) {
                int need = 8 - trailer.size();
                int take = Math.min(need, rest.length);
                trailer.write(rest, 0, take);
                rest = java.util.Arrays.copyOfRange(rest, take, rest.length);
                if (trailer.size() < 8) return out.toByteArray();
                byte[] t = trailer.toByteArray();
                int c = (t[0] & 0xff) | (t[1] & 0xff) << 8 | (t[2] & 0xff) << 16 | (t[3] & 0xff) << 24;
                int s = (t[4] & 0xff) | (t[5] & 0xff) << 8 | (t[6] & 0xff) << 16 | (t[7] & 0xff) << 24;
                if (c != crc) throw error("Error -3 while decompressing data: incorrect data check");
                if (s != (int) size) throw error("Error -3 while decompressing data: incorrect length check");
            }
            eof = true;
            unusedData = concat(unusedData, rest);
            return out.toByteArray();
        }

        Decompressor copy() {
            Decompressor d = new Decompressor(wbits, zdict);
            for (Object[] call : log) d.decompress((byte[]) call[0], (Long) call[1]);
            return d;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static final class CompressObject extends PyObject {
        final Compressor c;
        CompressObject(Compressor c) { this.c = c; }
        @Override public PyType type() { return COMPRESS; }
    }

    static final class DecompressObject extends PyObject {
        final Decompressor d;
        DecompressObject(Decompressor d) { this.d = d; }
        @Override public PyType type() { return DECOMPRESS; }
    }

    static final PyType COMPRESS = compressType();
    static final PyType DECOMPRESS = decompressType();

    private static PyType compressType() {
        PyType t = ModuleSupport.newFinalType("zlib", "Compress");
        ModuleSupport.method(t, "compress", (a, k) -> {
            Args.noKw("compress", k);
            if (a.length != 2) throw Err.typeError("Compress.compress() takes exactly one argument (" + (a.length - 1) + " given)");
            return new PyBytes(((CompressObject) a[0]).c.compress(Buffers.bytes(a[1])));
        });
        ModuleSupport.method(t, "flush", (a, k) -> {
            Args.noKw("flush", k);
            int mode = a.length > 1 ? ModuleSupport.cInt(a[1]) : 4;
            return new PyBytes(((CompressObject) a[0]).c.flush(mode));
        });
        ModuleSupport.method(t, "copy", (a, k) -> new CompressObject(((CompressObject) a[0]).c.copy()));
        ModuleSupport.method(t, "__copy__", (a, k) -> new CompressObject(((CompressObject) a[0]).c.copy()));
        ModuleSupport.method(t, "__deepcopy__", (a, k) -> new CompressObject(((CompressObject) a[0]).c.copy()));
        return t;
    }

    private static PyType decompressType() {
        PyType t = ModuleSupport.newFinalType("zlib", "Decompress");
        ModuleSupport.method(t, "decompress", (a, k) -> {
            PyObject[] p = Args.bind("decompress", ModuleSupport.tail(a, 1), k, new String[]{"data", "max_length"}, 1, 2);
            long max = p[1] == null ? 0 : ModuleSupport.ssize(p[1]);
            if (max < 0) throw Err.valueError("max_length must be non-negative");
            return new PyBytes(((DecompressObject) a[0]).d.decompress(Buffers.bytes(p[0]), max));
        });
        ModuleSupport.method(t, "flush", (a, k) -> {
            Args.noKw("flush", k);
            if (a.length > 1) {
                long n = ModuleSupport.ssize(a[1]);
                if (n <= 0) throw Err.valueError("length must be greater than zero");
            }
            Decompressor d = ((DecompressObject) a[0]).d;
            byte[] tail = d.unconsumedTail;
            d.unconsumedTail = new byte[0];
            return new PyBytes(tail.length == 0 ? new byte[0] : d.decompress(tail, 0));
        });
        ModuleSupport.method(t, "copy", (a, k) -> new DecompressObject(((DecompressObject) a[0]).d.copy()));
        ModuleSupport.method(t, "__copy__", (a, k) -> new DecompressObject(((DecompressObject) a[0]).d.copy()));
        ModuleSupport.method(t, "__deepcopy__", (a, k) -> new DecompressObject(((DecompressObject) a[0]).d.copy()));
        PyGetSet.add(t, "unused_data", self -> new PyBytes(((DecompressObject) self).d.unusedData));
        PyGetSet.add(t, "unconsumed_tail", self -> new PyBytes(((DecompressObject) self).d.unconsumedTail));
        PyGetSet.add(t, "eof", self -> PyBool.of(((DecompressObject) self).d.eof));
        return t;
    }

    private static int adler32(byte[] d, long start) {
        long a = start & 0xffff, b = (start >>> 16) & 0xffff;
        for (byte x : d) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (int) (b << 16 | a);
    }

    private static int level(PyObject o) {
        int level = o == null ? -1 : ModuleSupport.cInt(o);
        return level;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("zlib");
        m.dict.putStr("error", ERROR);
        Object[][] consts = {{"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6}};
        for (Object[] c : consts) m.dict.putStr((String) c[0], PyInt.of((Integer) c[1]));
        m.dict.putStr("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.dict.putStr("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        def(m, "compress", (a, k) -> {
            PyObject[] p = Args.bind("compress", a, k, new String[]{"data", "level", "wbits"}, 1, 3);
            byte[] data = Buffers.bytes(p[0]);
            int level = level(p[1]);
            int wbits = p[2] == null ? 15 : ModuleSupport.cInt(p[2]);
            if (level < -1 || level > 9) throw error("Bad compression level");
            if (compressWrap(wbits) == null) throw error("Bad compression level");
            Compressor c = new Compressor(level, wbits, 0, null);
            byte[] a1 = c.compress(data);
            return new PyBytes(concat(a1, c.flush(4)));
        });
        def(m, "decompress", (a, k) -> {
            PyObject[] p = Args.bind("decompress", a, k, new String[]{"data", "wbits", "bufsize"}, 1, 3);
            byte[] data = Buffers.bytes(p[0]);
            int wbits = p[1] == null ? 15 : ModuleSupport.cInt(p[1]);
            if (p[2] != null && ModuleSupport.ssize(p[2]) < 0) throw Err.valueError("bufsize must be non-negative");
            if (decompressWrap(wbits) == null) throw error("Error -2 while preparing to decompress data: inconsistent stream state");
            Decompressor d = new Decompressor(wbits, null);
            byte[] r = d.decompress(data, 0);
            if (!d.eof) throw error("Error -5 while decompressing data: incomplete or truncated stream");
            return new PyBytes(r);
        });
        def(m, "compressobj", (a, k) -> {
            PyObject[] p = Args.bind("compressobj", a, k, new String[]{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6);
            int level = level(p[0]);
            int method = p[1] == null ? 8 : ModuleSupport.cInt(p[1]);
            int wbits = p[2] == null ? 15 : ModuleSupport.cInt(p[2]);
            int memLevel = p[3] == null ? 8 : ModuleSupport.cInt(p[3]);
            int strategy = p[4] == null ? 0 : ModuleSupport.cInt(p[4]);
            byte[] zdict = p[5] == null || p[5] == PyNone.INSTANCE ? null : Buffers.bytes(p[5]);
            if (level < -1 || level > 9 || method != 8 || compressWrap(wbits) == null || memLevel < 1 || memLevel > 9
                    || strategy < 0 || strategy > 4) {
                throw Err.valueError("Invalid initialization option");
            }
            return new CompressObject(new Compressor(level, wbits, strategy, zdict));
        });
        def(m, "decompressobj", (a, k) -> {
            PyObject[] p = Args.bind("decompressobj", a, k, new String[]{"wbits", "zdict"}, 0, 2);
            int wbits = p[0] == null ? 15 : ModuleSupport.cInt(p[0]);
            byte[] zdict = null;
            if (p[1] != null) {
                zdict = Buffers.bytesOrNull(p[1]);
                if (zdict == null) throw Err.typeError("zdict argument must support the buffer protocol");
                if (zdict.length == 0) zdict = null;
            }
            if (decompressWrap(wbits) == null) throw Err.valueError("Invalid initialization option");
            return new DecompressObject(new Decompressor(wbits, zdict));
        });
        def(m, "crc32", (a, k) -> {
            Args.noKw("crc32", k);
            Args.range("crc32", a, 1, 2);
            int start = a.length > 1 ? BinasciiModule.crcArg(a[1]) : 0;
            return PyInt.of(BinasciiModule.crc32(Buffers.bytes(a[0]), start) & 0xffffffffL);
        });
        def(m, "adler32", (a, k) -> {
            Args.noKw("adler32", k);
            Args.range("adler32", a, 1, 2);
            long start = a.length > 1 ? BinasciiModule.crcArg(a[1]) & 0xffffffffL : 1;
            return PyInt.of(adler32(Buffers.bytes(a[0]), start) & 0xffffffffL);
        });
        return m;
    }
}
