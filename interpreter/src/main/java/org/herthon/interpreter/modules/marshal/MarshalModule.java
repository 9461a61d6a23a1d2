package org.herthon.interpreter.modules.marshal;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.math.BigInteger;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's {@code marshal}: values to bytes and back in CPython's own format (versions 0
 * to 4), for {@code profile}/{@code pstats} files and other stdlib users. Code objects are the
 * one difference: Herthon's are not CPython bytecode, so they neither dump nor load.
 */
public final class MarshalModule implements JavaModule {
    @Override public String name() { return "marshal"; }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("marshal");
        m.dict.putStr("__doc__", PyStr.of("Reads and writes Python values in CPython's marshal format: None, bools, ints, floats,\n"
                + "complex numbers, str, bytes (and other buffers, written as bytes), tuples, lists, dicts,\n"
                + "sets and frozensets, StopIteration and Ellipsis. Herthon's code objects are not supported.\n"));
        m.dict.putStr("version", PyInt.of(MarshalFormat.VERSION));
        def(m, "dumps", (a, k) -> {
            Args.noKw("marshal.dumps", k);
            Args.range("dumps", a, 1, 2);
            return new PyBytes(MarshalWriter.dumps(in, a[0], version(a, 1)));
        });
        def(m, "dump", (a, k) -> {
            Args.noKw("marshal.dump", k);
            Args.range("dump", a, 2, 3);
            byte[] data = MarshalWriter.dumps(in, a[0], version(a, 2));
            Ops.getAttr(a[1], "write").call1(new PyBytes(data));
            return PyNone.INSTANCE;
        });
        def(m, "loads", (a, k) -> {
            Args.one("marshal.loads", a, k);
            byte[] data = Buffers.bytes(a[0]);
            in.audit("marshal.loads", new PyBytes(data));
            return new MarshalReader(new BytesSource(data)).readValue();
        });
        def(m, "load", (a, k) -> {
            Args.one("marshal.load", a, k);
            // As CPython: a read of nothing first, so a text file fails before any of it is consumed.
            PyObject read = Ops.getAttr(a[0], "read");
            PyObject probe = read.call1(PyInt.ZERO);
            if (!(probe instanceof PyBytes)) throw Err.typeError("file.read() returned not bytes but " + probe.type().name);
            in.audit("marshal.load");
            return new MarshalReader(new FileSource(read)).readValue();
        });
        return m;
    }

    /** The optional version argument, converted as a C int. */
    private static int version(PyObject[] a, int i) {
        if (a.length <= i) return MarshalFormat.VERSION;
        PyObject v = a[i];
        if (v instanceof PyFloat || !(v instanceof PyInt || v instanceof PyBigInt) && v.type().lookup("__index__") == null) {
            throw Err.typeError("'" + v.type().name + "' object cannot be interpreted as an integer");
        }
        BigInteger b = Arith.big(Ops.indexObj(v));
        if (b.bitLength() > 31) throw Err.overflow("Python int too large to convert to C int");
        return b.intValue();
    }

    /** loads: the bytes of a buffer; running short is "marshal data too short". */
    private static final class BytesSource implements MarshalReader.Source {
        private final byte[] data;
        private int pos;

        BytesSource(byte[] data) { this.data = data; }

        @Override public int readByte() { return pos < data.length ? data[pos++] & 0xff : -1; }

        @Override public byte[] read(int n) {
            if (n > data.length - pos) throw Err.make(PyExc.EOFError, "marshal data too short");
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        @Override public int remaining() { return data.length - pos; }
    }

    /**
     * load: bytes from the file's read method, as many as each item needs, so the file is left
     * just after the value (several values can be read one after another).
     */
    private static final class FileSource implements MarshalReader.Source {
        /** Large sizes from bad data are read in steps, never allocated up front. */
        private static final int STEP = 1 << 20;
        private final PyObject read;

        FileSource(PyObject read) { this.read = read; }

        @Override public int readByte() {
            byte[] b = chunk(1);
            return b.length == 0 ? -1 : b[0] & 0xff;
        }

        @Override public byte[] read(int n) {
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream(Math.min(n, STEP));
            while (got.size() < n) {
                byte[] b = chunk(Math.min(n - got.size(), STEP));
                if (b.length == 0) throw Err.make(PyExc.EOFError, "EOF read where not expected");
                got.writeBytes(b);
            }
            return got.toByteArray();
        }

        private byte[] chunk(int n) {
            PyObject r = read.call1(PyInt.of(n));
            if (!(r instanceof PyBytes)) throw Err.typeError("file.read() returned not bytes but " + r.type().name);
            byte[] b = ((PyBytes) r).data;
            if (b.length > n) throw Err.valueError("read() returned too much data. " + n + " bytes requested, " + b.length + " returned");
            return b;
        }

        @Override public int remaining() { return Integer.MAX_VALUE; }
    }
}
