package org.herthon.interpreter.imports;

import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.ast.AstRecords;
import org.herthon.interpreter.ast.Bytes;
import org.herthon.interpreter.ast.Ellipsis;

/**
 * A compact binary form of a parsed module (the records of the {@code ast} package), for the
 * parse cache. Generic over the node records, so new node classes need no change here: each
 * file names the record and enum classes it uses once, in a table, and repeated strings once.
 * Any surprise while reading is an {@link IOException}: the caller then parses the source again.
 */
final class AstCodec {
    private AstCodec() {}

    private static final String AST_PACKAGE = "org.herthon.interpreter.ast.";

    private static final int NULL = 0, RECORD = 1, LIST = 2, STR = 3, LONG = 4, BIG = 5, DOUBLE = 6, TRUE = 7, FALSE = 8,
            ENUM = 9, BYTES = 10, ELLIPSIS = 11, INT = 12;

    /**
     * What the codec knows of a record class, from the generated {@link AstRecords}: its number
     * there and its components' types. Any record of the ast package has one (AstRecordsTest).
     */
    private static final class Shape {
        final Class<?> cls;
        final int id;
        final Class<?>[] types;

        Shape(Class<?> cls, int id) {
            this.cls = cls;
            this.id = id;
            types = new Class<?>[AstRecords.arity(id)];
            for (int i = 0; i < types.length; i++) types[i] = AstRecords.type(id, i);
        }

        Object make(Object[] args) throws IOException {
            try {
                return AstRecords.make(id, args);
            } catch (RuntimeException e) {
                throw new IOException("cannot rebuild " + cls.getName(), e);
            }
        }
    }

    /** Class metadata only (no interpreter state): shared by every interpreter of the JVM. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> c) {
            int id = AstRecords.id(c);
            return id < 0 ? null : new Shape(c, id);
        }
    };

    private static Shape shape(Class<?> c) throws IOException {
        Shape s = SHAPES.get(c);
        if (s == null) throw new IOException("not an AST record: " + c.getName());
        return s;
    }

    // ---- writing ------------------------------------------------------------------------------
    static void write(Object module, DataOutputStream out) throws IOException {
        new Writer(out).value(module);
    }

    private static final class Writer {
        final DataOutputStream out;
        final Map<Class<?>, Integer> classes = new IdentityHashMap<>();
        final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) { this.out = out; }

        void classRef(Class<?> c) throws IOException {
            Integer i = classes.get(c);
            if (i != null) {
                writeVar(out, i);
                return;
            }
            classes.put(c, classes.size());
            writeVar(out, classes.size() - 1);
            String n = c.getName();
            if (!n.startsWith(AST_PACKAGE)) throw new IOException("not an AST class: " + n);
            out.writeUTF(n.substring(AST_PACKAGE.length()));
        }

        void string(String s) throws IOException {
            Integer i = strings.get(s);
            if (i != null) {
                writeVar(out, i);
                return;
            }
            strings.put(s, strings.size());
            writeVar(out, strings.size() - 1);
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            // lone surrogates do not survive UTF-8: keep such strings out of the cache
            if (!new String(b, java.nio.charset.StandardCharsets.UTF_8).equals(s)) throw new IOException("unencodable string");
            writeVar(out, b.length);
            out.write(b);
        }

        void value(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof Record) {
                out.writeByte(RECORD);
                Shape s = shape(v.getClass());
                classRef(v.getClass());
                Object[] components = AstRecords.components(s.id, (Record) v);
                for (int i = 0; i < components.length; i++) {
                    Object c = components[i];
                    if (s.types[i] == int.class) writeVar(out, zigzag((Integer) c));
                    else value(c);
                }
            } else if (v instanceof List<?> l) {
                out.writeByte(LIST);
                writeVar(out, l.size());
                for (Object o : l) value(o);
            } else if (v instanceof String s) {
                out.writeByte(STR);
                string(s);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof BigInteger b) {
                out.writeByte(BIG);
                byte[] bs = b.toByteArray();
                writeVar(out, bs.length);
                out.write(bs);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v == Ellipsis.INSTANCE) {
                out.writeByte(ELLIPSIS);
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                classRef(e.getDeclaringClass());
                writeVar(out, e.ordinal());
            } else if (v instanceof Bytes b) {
                out.writeByte(BYTES);
                byte[] bs = b.toByteArray();
                writeVar(out, bs.length);
                out.write(bs);
            } else {
                throw new IOException("unexpected value in the AST: " + v.getClass().getName());
            }
        }
    }

    // ---- reading ------------------------------------------------------------------------------
    /** Reads a tree from buf[pos..end) (no stream: plain array reads are what a cold JVM does fastest). */
    static Object read(byte[] buf, int pos, int end) throws IOException {
        Reader r = new Reader(buf, pos, end);
        Object v = r.value();
        if (r.pos != end) throw new IOException("trailing bytes");
        return v;
    }

    private static final class Reader {
        final byte[] b;
        int pos;
        final int end;
        final List<Shape> classes = new ArrayList<>();
        final List<Class<?>> classList = new ArrayList<>();
        final List<String> strings = new ArrayList<>();

        Reader(byte[] b, int pos, int end) { this.b = b; this.pos = pos; this.end = end; }

        int u8() throws IOException {
            if (pos >= end) throw new IOException("truncated");
            return b[pos++] & 0xff;
        }

        int var() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int x = u8();
                v |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) return v;
            }
            throw new IOException("bad varint");
        }

        long i64() throws IOException {
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | u8();
            return v;
        }

        byte[] bytes(int n) throws IOException {
            if (n < 0 || n > end - pos) throw new IOException("truncated");
            byte[] r = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return r;
        }

        /** A class of the table: index, and the name (DataOutput's writeUTF; ASCII names) at its first use. */
        int classIndex() throws IOException {
            int i = var();
            if (i < classList.size()) return i;
            if (i != classList.size()) throw new IOException("bad class index");
            int n = (u8() << 8) | u8();
            String name = new String(bytes(n), java.nio.charset.StandardCharsets.UTF_8);
            Class<?> c;
            try {
                c = Class.forName(AST_PACKAGE + name, true, AstCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("unknown AST class " + name);
            }
            classList.add(c);
            classes.add(c.isRecord() ? shape(c) : null);
            return i;
        }

        String string() throws IOException {
            int i = var();
            if (i < strings.size()) return strings.get(i);
            if (i != strings.size()) throw new IOException("bad string index");
            int n = var();
            if (n < 0 || n > end - pos) throw new IOException("truncated");
            String s = new String(b, pos, n, java.nio.charset.StandardCharsets.UTF_8);
            pos += n;
            strings.add(s);
            return s;
        }

        Object value() throws IOException {
            int tag = u8();
            switch (tag) {
                case NULL: return null;
                case RECORD: {
                    int ci = classIndex();
                    Shape s = classes.get(ci);
                    if (s == null) throw new IOException("not a record");
                    Class<?>[] types = s.types;
                    Object[] args = new Object[types.length];
                    for (int i = 0; i < args.length; i++) {
                        if (types[i] == int.class) {
                            args[i] = unzigzag(var());
                        } else {
                            Object v = value();
                            if (v != null && !boxed(types[i]).isInstance(v)) throw new IOException("wrong component type in " + s.cls.getName());
                            args[i] = v;
                        }
                    }
                    return s.make(args);
                }
                case LIST: {
                    int n = var();
                    if (n < 0 || n > end - pos) throw new IOException("bad list size");
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) items[i] = value();
                    return Collections.unmodifiableList(Arrays.asList(items));
                }
                case STR: return string();
                case LONG: return i64();
                case INT: return (int) ((u8() << 24) | (u8() << 16) | (u8() << 8) | u8());
                case BIG: return new BigInteger(bytes(var()));
                case DOUBLE: return Double.longBitsToDouble(i64());
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case ELLIPSIS: return Ellipsis.INSTANCE;
                case ENUM: {
                    Class<?> c = classList.get(classIndex());
                    Object[] constants = c.getEnumConstants();
                    int o = var();
                    if (constants == null || o < 0 || o >= constants.length) throw new IOException("bad enum constant");
                    return constants[o];
                }
                case BYTES: return new Bytes(bytes(var()));
                default: throw new IOException("bad tag " + tag);
            }
        }
    }

    private static Class<?> boxed(Class<?> t) {
        if (!t.isPrimitive()) return t;
        if (t == boolean.class) return Boolean.class;
        if (t == long.class) return Long.class;
        if (t == double.class) return Double.class;
        return Object.class;
    }

    private static int zigzag(int v) { return (v << 1) ^ (v >> 31); }
    private static int unzigzag(int v) { return (v >>> 1) ^ -(v & 1); }

    private static void writeVar(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

}
