package org.herthon.interpreter.imports;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** What the codec knows of a record class: its components' accessors and canonical constructor. */
    private static final class Shape {
        final Class<?> cls;
        final Method[] accessors;
        final Class<?>[] types;
        final Constructor<?> constructor;

        Shape(Class<?> cls) throws ReflectiveOperationException {
            this.cls = cls;
            RecordComponent[] rc = cls.getRecordComponents();
            accessors = new Method[rc.length];
            types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                accessors[i] = rc[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = rc[i].getType();
            }
            constructor = cls.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        }
    }

    /** Class metadata only (no interpreter state): shared by every interpreter of the JVM. */
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private static Shape shape(Class<?> c) throws IOException {
        Shape s = SHAPES.get(c);
        if (s != null) return s;
        try {
            s = new Shape(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("not an AST record: " + c.getName(), e);
        }
        SHAPES.put(c, s);
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
                for (int i = 0; i < s.accessors.length; i++) {
                    Object c;
                    try {
                        c = s.accessors[i].invoke(v);
                    } catch (ReflectiveOperationException e) {
                        throw new IOException(e);
                    }
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
    static Object read(DataInputStream in) throws IOException {
        return new Reader(in).value();
    }

    private static final class Reader {
        final DataInputStream in;
        final List<Class<?>> classes = new ArrayList<>();
        final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) { this.in = in; }

        Class<?> classRef() throws IOException {
            int i = readVar(in);
            if (i < classes.size()) return classes.get(i);
            if (i != classes.size()) throw new IOException("bad class index");
            String n = in.readUTF();
            Class<?> c;
            try {
                c = Class.forName(AST_PACKAGE + n, true, AstCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("unknown AST class " + n);
            }
            classes.add(c);
            return c;
        }

        String string() throws IOException {
            int i = readVar(in);
            if (i < strings.size()) return strings.get(i);
            if (i != strings.size()) throw new IOException("bad string index");
            int n = readVar(in);
            byte[] b = new byte[n];
            in.readFully(b);
            String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        Object value() throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case NULL: return null;
                case RECORD: {
                    Class<?> c = classRef();
                    if (!c.isRecord()) throw new IOException("not a record: " + c.getName());
                    Shape s = shape(c);
                    Object[] args = new Object[s.types.length];
                    for (int i = 0; i < args.length; i++) {
                        if (s.types[i] == int.class) {
                            args[i] = unzigzag(readVar(in));
                        } else {
                            Object v = value();
                            if (v != null && !boxed(s.types[i]).isInstance(v)) throw new IOException("wrong component type in " + c.getName());
                            args[i] = v;
                        }
                    }
                    try {
                        return s.constructor.newInstance(args);
                    } catch (InvocationTargetException | InstantiationException | IllegalAccessException | IllegalArgumentException e) {
                        throw new IOException("cannot rebuild " + c.getName(), e);
                    }
                }
                case LIST: {
                    int n = readVar(in);
                    if (n < 0) throw new IOException("bad list size");
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) items[i] = value();
                    return Collections.unmodifiableList(Arrays.asList(items));
                }
                case STR: return string();
                case LONG: return in.readLong();
                case INT: return in.readInt();
                case BIG: {
                    int n = readVar(in);
                    byte[] b = new byte[n];
                    in.readFully(b);
                    return new BigInteger(b);
                }
                case DOUBLE: return in.readDouble();
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case ELLIPSIS: return Ellipsis.INSTANCE;
                case ENUM: {
                    Class<?> c = classRef();
                    Object[] constants = c.getEnumConstants();
                    int o = readVar(in);
                    if (constants == null || o < 0 || o >= constants.length) throw new IOException("bad enum constant");
                    return constants[o];
                }
                case BYTES: {
                    int n = readVar(in);
                    byte[] b = new byte[n];
                    in.readFully(b);
                    return new Bytes(b);
                }
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

    private static int readVar(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new IOException("bad varint");
    }
}
