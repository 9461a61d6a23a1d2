package org.herthon.interpreter.modules;

import org.herthon.interpreter.runtime.*;

/** The buffer protocol as the twins need it: the bytes of a bytes-like object. */
public final class Buffers {
    private Buffers() {}

    /** A view on bytes owned by a Java object (array.array implements it). */
    public interface Exporter {
        byte[] bufferBytes();
        /** Writes data at a byte offset (bounds already checked by the caller). */
        void writeBytes(int offset, byte[] data);
    }

    /** The object's bytes (a copy or the backing array, never to be written), or null when it has no buffer. */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes) return ((PyBytes) o).data;
        if (o instanceof Exporter) return ((Exporter) o).bufferBytes();
        PyType t = o.type();
        if (t.isSubtypeOf(PyType.BYTEARRAY) || hasTypeNamed(t, "memoryview") || hasTypeNamed(t, "bytearray")) {
            PyObject b = PyType.BYTES.call1(o);
            if (b instanceof PyBytes) return ((PyBytes) b).data;
        }
        return null;
    }

    private static boolean hasTypeNamed(PyType t, String name) {
        for (PyType s : t.mro) if (s.builtin && s.name.equals(name)) return true;
        return false;
    }

    /** A bytes-like argument; TypeError "a bytes-like object is required, not 'str'" otherwise. */
    public static byte[] bytes(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) throw Err.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        return b;
    }

    /** A buffer argument of a hash function: str gets "Strings must be encoded before hashing". */
    public static byte[] hashData(PyObject o) {
        if (o instanceof PyStr) throw Err.typeError("Strings must be encoded before hashing");
        byte[] b = bytesOrNull(o);
        if (b == null) throw Err.typeError("object supporting the buffer API required");
        return b;
    }

    /** Whether the object is a writable buffer (bytearray, array, writable memoryview). */
    public static boolean isWritable(PyObject o) {
        return o instanceof Exporter || o.type().isSubtypeOf(PyType.BYTEARRAY) || hasTypeNamed(o.type(), "bytearray")
                || hasTypeNamed(o.type(), "memoryview");
    }

    /** Writes data into a writable buffer at offset, through its item assignment (o[off:off+n] = data). */
    public static void write(PyObject o, int offset, byte[] data) {
        if (o instanceof Exporter) {
            ((Exporter) o).writeBytes(offset, data);
            return;
        }
        Ops.setItem(o, new PySlice(PyInt.of(offset), PyInt.of(offset + data.length), PyNone.INSTANCE), new PyBytes(data));
    }

    public static String hex(byte[] d) {
        StringBuilder sb = new StringBuilder(d.length * 2);
        for (byte b : d) {
            sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
