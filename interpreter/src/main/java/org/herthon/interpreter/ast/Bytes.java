package org.herthon.interpreter.ast;

import java.util.Arrays;

/** Immutable value of a bytes literal ({@code b'...'}), for {@link Expr.Constant}. */
public final class Bytes {
    private final byte[] data;

    public Bytes(byte[] data) { this.data = data.clone(); }

    public int length() { return data.length; }
    public byte get(int i) { return data[i]; }
    public byte[] toByteArray() { return data.clone(); }

    @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(data, b.data); }
    @Override public int hashCode() { return Arrays.hashCode(data); }
    @Override public String toString() { return PyRepr.bytesRepr(this); }
}
