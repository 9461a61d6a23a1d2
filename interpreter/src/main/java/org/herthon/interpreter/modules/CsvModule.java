package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _csv} (CPython 3.11's Modules/_csv.c): Dialect, reader, writer, the dialect registry,
 * field_size_limit, the QUOTE_* constants and Error, with the C parser's state machine and the
 * writer's quoting rules. The registry, the field limit and Error belong to the module object.
 */
public final class CsvModule implements JavaModule {
    @Override public String name() { return "_csv"; }

    static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
    /** A character that matches no code point: an unset quotechar or escapechar. */
    static final int NOT_SET = -1;
    /** The end of a line, fed to the parser after the line's characters. */
    static final int EOL = -2;

    /** One module's state. */
    static final class State {
        final Map<String, PyObject> dialects = new LinkedHashMap<>();
        long fieldLimit = 128 * 1024;
        PyType error, dialectType;

        PyException error(String msg) { return Err.make(error, msg); }
    }

    static final String[] DIALECT_ATTRS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
            "quoting", "skipinitialspace", "strict"};

    static final PyType READER = Types.builtinType("reader", "_csv", PyType.OBJECT, null, null);
    static final PyType WRITER = Types.builtinType("writer", "_csv", PyType.OBJECT, null, null);

    /** A validated dialect. */
    static final class Dialect extends Types.Instance {
        int delimiter = ',', quotechar = '"', escapechar = NOT_SET, quoting = QUOTE_MINIMAL;
        boolean doublequote = true, skipinitialspace, strict;
        String lineterminator = "\r\n";

        Dialect(PyType cls, PyType exact) { super(cls, exact); }
    }

    static {
        READER.baseAllowed = false;
        WRITER.baseAllowed = false;
        Types.slots(READER, "__iter__", "__next__");
        Types.getter(READER, "dialect", s -> ((Reader) s).dialect);
        Types.getter(READER, "line_num", s -> PyInt.of(((Reader) s).lineNum));
        Types.getter(WRITER, "dialect", s -> ((Writer) s).dialect);
    }

    static PyType makeDialectType(State st) {
        PyType t = Types.builtinType("Dialect", "_csv", PyType.OBJECT, null, (a, k) -> {
            PyObject[] p = bindWithDialect("Dialect", a, k, 1);
            return makeDialect(st, (PyType) a[0], p);
        });
        t.dict.putStr("__doc__", PyStr.of("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
        Types.getter(t, "delimiter", s -> PyStr.of(new String(Character.toChars(((Dialect) s).delimiter))));
        Types.getter(t, "quotechar", s -> charOrNone(((Dialect) s).quotechar));
        Types.getter(t, "escapechar", s -> charOrNone(((Dialect) s).escapechar));
        Types.getter(t, "lineterminator", s -> PyStr.of(((Dialect) s).lineterminator));
        Types.getter(t, "doublequote", s -> PyBool.of(((Dialect) s).doublequote));
        Types.getter(t, "skipinitialspace", s -> PyBool.of(((Dialect) s).skipinitialspace));
        Types.getter(t, "strict", s -> PyBool.of(((Dialect) s).strict));
        Types.getter(t, "quoting", s -> PyInt.of(((Dialect) s).quoting));
        Types.def(t, "__reduce_ex__", (a, k) -> {
            throw Err.typeError("cannot pickle '" + TypeNames.tpName(a[0].type()) + "' object");
        });
        return t;
    }

    static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.INSTANCE : PyStr.of(new String(Character.toChars(c)));
    }

    private static int setChar(String name, PyObject src, int dflt) {
        if (src == null) return dflt;
        if (!(src instanceof PyStr)) throw Err.typeError("\"" + name + "\" must be string, not " + TypeNames.tpName(src.type()));
        String s = ((PyStr) src).value;
        if (s.codePointCount(0, s.length()) != 1) throw Err.typeError("\"" + name + "\" must be a 1-character string");
        return s.codePointAt(0);
    }

    private static int setCharOrNone(String name, PyObject src, int dflt) {
        if (src == null) return dflt;
        if (src == PyNone.INSTANCE) return NOT_SET;
        if (!(src instanceof PyStr)) throw Err.typeError("\"" + name + "\" must be string or None, not " + TypeNames.tpName(src.type()));
        String s = ((PyStr) src).value;
        if (s.codePointCount(0, s.length()) != 1) throw Err.typeError("\"" + name + "\" must be a 1-character string");
        return s.codePointAt(0);
    }

    /** Dialect(dialect=None, **fmtparams) and the dialect argument of reader and writer. */
    static PyObject makeDialect(State st, PyType cls, PyObject[] p) {
        PyObject dialect = p[0];
        if (dialect != null) {
            if (dialect instanceof PyStr) dialect = getDialect(st, dialect);
            else if (dialect.type() == st.dialectType && cls == st.dialectType) {
                boolean none = true;
                for (int i = 1; i < p.length; i++) if (p[i] != null) none = false;
                if (none) return dialect;
            }
        }
        PyObject[] v = p.clone();
        if (dialect != null) {
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    try {
                        v[i] = Ops.getAttr(dialect, DIALECT_ATTRS[i]);
                    } catch (PyException e) {
                        v[i] = null;
                    }
                }
            }
        }
        Dialect d = new Dialect(cls, st.dialectType);
        d.delimiter = setChar("delimiter", v[1], ',');
        if (v[2] != null) d.doublequote = Ops.isTrue(v[2]);
        d.escapechar = setCharOrNone("escapechar", v[3], NOT_SET);
        if (v[4] != null) {
            if (v[4] == PyNone.INSTANCE) d.lineterminator = null;
            else if (!(v[4] instanceof PyStr)) throw Err.typeError("\"lineterminator\" must be a string");
            else d.lineterminator = ((PyStr) v[4]).value;
        }
        d.quotechar = setCharOrNone("quotechar", v[5], '"');
        if (v[6] != null) {
            if (v[6].type() != PyType.INT) throw Err.typeError("\"quoting\" must be an integer");
            long q = ((PyInt) v[6]).value;
            if (q < QUOTE_MINIMAL || q > QUOTE_NONE) throw Err.typeError("bad \"quoting\" value");
            d.quoting = (int) q;
        }
        if (v[7] != null) d.skipinitialspace = Ops.isTrue(v[7]);
        if (v[8] != null) d.strict = Ops.isTrue(v[8]);
        if (v[5] == PyNone.INSTANCE && v[6] == null) d.quoting = QUOTE_NONE;
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) throw Err.typeError("quotechar must be set if quoting enabled");
        if (d.lineterminator == null) throw Err.typeError("lineterminator must be set");
        return d;
    }

    static PyObject getDialect(State st, PyObject name) {
        PyObject d = name instanceof PyStr ? st.dialects.get(((PyStr) name).value) : null;
        if (d == null) {
            if (!(name instanceof PyStr)) {
                // CPython looks the name up in a dict: an unhashable name fails there.
                Ops.hash(name);
            }
            throw st.error("unknown dialect");
        }
        return d;
    }

    /** Binds (first, dialect, **fmtparams) for reader and writer. */
    static PyObject[] bindWithDialect(String fname, PyObject[] a, String[] k, int npre) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos < npre) throw Err.typeError(" expected at least " + npre + " argument" + (npre == 1 ? "" : "s") + ", got " + npos);
        if (npos > npre + 1) throw Err.typeError(" expected at most " + (npre + 1) + " arguments, got " + npos);
        PyObject[] p = new PyObject[DIALECT_ATTRS.length];
        if (npos == npre + 1) p[0] = a[npre];
        for (int i = 0; i < nkw; i++) {
            int j = -1;
            for (int n = 0; n < DIALECT_ATTRS.length; n++) if (DIALECT_ATTRS[n].equals(k[i])) j = n;
            if (j < 0) throw Err.typeError("'" + k[i] + "' is an invalid keyword argument for this function");
            if (p[j] != null) throw Err.typeError("argument for " + fname + "() given by name ('" + k[i] + "') and position (" + (npre + 1) + ")");
            p[j] = a[npos + i];
        }
        return p;
    }

    /** A reader: the parser's state between calls. */
    static final class Reader extends PyObject {
        final State st;
        final PyObject input;
        final Dialect dialect;
        long lineNum;
        List<PyObject> fields;
        final StringBuilder field = new StringBuilder();
        int fieldLen;
        boolean numeric;
        int state;

        static final int START_RECORD = 0, START_FIELD = 1, ESCAPED_CHAR = 2, IN_FIELD = 3, IN_QUOTED_FIELD = 4,
                ESCAPE_IN_QUOTED_FIELD = 5, QUOTE_IN_QUOTED_FIELD = 6, EAT_CRNL = 7, AFTER_ESCAPED_CRNL = 8;

        Reader(State st, PyObject input, Dialect dialect) {
            this.st = st;
            this.input = input;
            this.dialect = dialect;
        }

        @Override public PyType type() { return READER; }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return this; }
        @Override public boolean isIterator() { return true; }

        void saveField() {
            PyObject f = PyStr.of(field.toString());
            if (numeric) {
                numeric = false;
                f = PyType.FLOAT.call1(f);
            }
            fields.add(f);
            field.setLength(0);
            fieldLen = 0;
        }

        void addChar(int c) {
            if (fieldLen >= st.fieldLimit) throw st.error("field larger than field limit (" + st.fieldLimit + ")");
            field.appendCodePoint(c);
            fieldLen++;
        }

        void process(int c) {
            Dialect d = dialect;
            switch (state) {
                case START_RECORD:
                    if (c == EOL) return;
                    if (c == '\n' || c == '\r') { state = EAT_CRNL; return; }
                    state = START_FIELD;
                    // fall through
                case START_FIELD:
                    if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                        state = IN_QUOTED_FIELD;
                    } else if (c == d.escapechar) {
                        state = ESCAPED_CHAR;
                    } else if (c == ' ' && d.skipinitialspace) {
                        // ignore a space at the start of a field
                    } else if (c == d.delimiter) {
                        saveField();
                    } else {
                        if (d.quoting == QUOTE_NONNUMERIC) numeric = true;
                        addChar(c);
                        state = IN_FIELD;
                    }
                    return;
                case ESCAPED_CHAR:
                    if (c == '\n' || c == '\r') {
                        addChar(c);
                        state = AFTER_ESCAPED_CRNL;
                        return;
                    }
                    if (c == EOL) c = '\n';
                    addChar(c);
                    state = IN_FIELD;
                    return;
                case AFTER_ESCAPED_CRNL:
                    if (c == EOL) return;
                    // fall through
                case IN_FIELD:
                    if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (c == d.escapechar) {
                        state = ESCAPED_CHAR;
                    } else if (c == d.delimiter) {
                        saveField();
                        state = START_FIELD;
                    } else {
                        addChar(c);
                    }
                    return;
                case IN_QUOTED_FIELD:
                    if (c == EOL) {
                        // the newline is part of the quoted field
                    } else if (c == d.escapechar) {
                        state = ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                        state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                    } else {
                        addChar(c);
                    }
                    return;
                case ESCAPE_IN_QUOTED_FIELD:
                    if (c == EOL) c = '\n';
                    addChar(c);
                    state = IN_QUOTED_FIELD;
                    return;
                case QUOTE_IN_QUOTED_FIELD:
                    if (d.quoting != QUOTE_NONE && c == d.quotechar) {
                        addChar(c);
                        state = IN_QUOTED_FIELD;
                    } else if (c == d.delimiter) {
                        saveField();
                        state = START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (!d.strict) {
                        addChar(c);
                        state = IN_FIELD;
                    } else {
                        throw st.error("'" + new String(Character.toChars(d.delimiter)) + "' expected after '"
                                + new String(Character.toChars(d.quotechar)) + "'");
                    }
                    return;
                case EAT_CRNL:
                    if (c == '\n' || c == '\r') return;
                    if (c == EOL) { state = START_RECORD; return; }
                    throw st.error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                default:
                    throw new IllegalStateException();
            }
        }

        @Override public PyObject pyNext() {
            fields = new ArrayList<>();
            field.setLength(0);
            fieldLen = 0;
            numeric = false;
            state = START_RECORD;
            do {
                PyObject line = Ops.next(input);
                if (line == null) {
                    if (fieldLen != 0 || state == IN_QUOTED_FIELD) {
                        if (dialect.strict) throw st.error("unexpected end of data");
                        saveField();
                        break;
                    }
                    return null;
                }
                if (!(line instanceof PyStr)) {
                    throw st.error("iterator should return strings, not " + TypeNames.tpName(line.type())
                            + " (the file should be opened in text mode)");
                }
                lineNum++;
                String s = ((PyStr) line).value;
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    process(c);
                }
                process(EOL);
            } while (state != START_RECORD);
            PyList out = new PyList(fields.toArray(new PyObject[0]));
            fields = null;
            return out;
        }
    }

    /** A writer: the file's write method and the dialect. */
    static final class Writer extends PyObject {
        final State st;
        final PyObject write;
        final Dialect dialect;

        Writer(State st, PyObject write, Dialect dialect) {
            this.st = st;
            this.write = write;
            this.dialect = dialect;
        }

        @Override public PyType type() { return WRITER; }

        /** Appends one field (null: None or the re-quoted single empty field). */
        void append(StringBuilder rec, int numFields, String field, boolean quoted) {
            Dialect d = dialect;
            if (numFields > 0) rec.appendCodePoint(d.delimiter);
            StringBuilder out = new StringBuilder();
            if (field != null) {
                for (int i = 0; i < field.length(); ) {
                    int c = field.codePointAt(i);
                    i += Character.charCount(c);
                    boolean wantEscape = false;
                    if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                        if (d.quoting == QUOTE_NONE) {
                            wantEscape = true;
                        } else {
                            if (c == d.quotechar) {
                                if (d.doublequote) out.appendCodePoint(d.quotechar);
                                else wantEscape = true;
                            } else if (c == d.escapechar) {
                                wantEscape = true;
                            }
                            if (!wantEscape) quoted = true;
                        }
                        if (wantEscape) {
                            if (d.escapechar == NOT_SET) throw st.error("need to escape, but no escapechar set");
                            out.appendCodePoint(d.escapechar);
                        }
                    }
                    out.appendCodePoint(c);
                }
            }
            if (quoted) rec.appendCodePoint(d.quotechar);
            rec.append(out);
            if (quoted) rec.appendCodePoint(d.quotechar);
        }

        PyObject writerow(PyObject seq) {
            PyObject it;
            try {
                it = Ops.iter(seq);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) throw st.error("iterable expected, not " + TypeNames.tpName(seq.type()));
                throw e;
            }
            StringBuilder rec = new StringBuilder();
            int numFields = 0;
            PyObject f;
            while ((f = Ops.next(it)) != null) {
                boolean quoted;
                switch (dialect.quoting) {
                    case QUOTE_NONNUMERIC: quoted = !isNumber(f); break;
                    case QUOTE_ALL: quoted = true; break;
                    default: quoted = false;
                }
                String s = f == PyNone.INSTANCE ? null : f instanceof PyStr ? ((PyStr) f).value : Ops.str(f);
                append(rec, numFields, s, quoted);
                numFields++;
            }
            if (numFields > 0 && rec.length() == 0) {
                if (dialect.quoting == QUOTE_NONE) throw st.error("single empty field record must be quoted");
                append(rec, 0, null, true);
            }
            rec.append(dialect.lineterminator);
            return write.call1(PyStr.of(rec.toString()));
        }
    }

    static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyBigInt || o instanceof PyComplex) return true;
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__float__") != null || t.lookup("__int__") != null;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_csv");
        State st = new State();
        st.error = ModuleSupport.newException("_csv", "Error", PyExc.Exception);
        m.dict.putStr("__doc__", PyStr.of("CSV parsing and writing.\n"));
        m.dict.putStr("__version__", PyStr.of("1.0"));
        m.dict.putStr("QUOTE_MINIMAL", PyInt.of(QUOTE_MINIMAL));
        m.dict.putStr("QUOTE_ALL", PyInt.of(QUOTE_ALL));
        m.dict.putStr("QUOTE_NONNUMERIC", PyInt.of(QUOTE_NONNUMERIC));
        m.dict.putStr("QUOTE_NONE", PyInt.of(QUOTE_NONE));
        m.dict.putStr("Error", st.error);
        m.dict.putStr("_dialects", new PyDict());
        st.dialectType = makeDialectType(st);
        m.dict.putStr("Dialect", st.dialectType);
        ModuleSupport.def(m, "reader", (a, k) -> {
            PyObject[] p = bindWithDialect("reader", a, k, 1);
            PyObject input = Ops.iter(a[0]);
            return new Reader(st, input, (Dialect) makeDialect(st, st.dialectType, p));
        });
        ModuleSupport.def(m, "writer", (a, k) -> {
            PyObject[] p = bindWithDialect("writer", a, k, 1);
            PyObject write = Ops.getAttrOrNull(a[0], "write");
            if (write == null || !Ops.isCallable(write)) throw Err.typeError("argument 1 must have a \"write\" method");
            return new Writer(st, write, (Dialect) makeDialect(st, st.dialectType, p));
        });
        ModuleSupport.def(m, "register_dialect", (a, k) -> {
            PyObject[] p = bindWithDialect("register_dialect", a, k, 1);
            if (!(a[0] instanceof PyStr)) throw Err.typeError("dialect name must be a string");
            PyObject d = makeDialect(st, st.dialectType, p);
            st.dialects.put(((PyStr) a[0]).value, d);
            return PyNone.INSTANCE;
        });
        ModuleSupport.def(m, "unregister_dialect", (a, k) -> {
            PyObject[] p = Args.bind("unregister_dialect", a, k, new String[]{"name"}, 1, 1);
            getDialect(st, p[0]);
            st.dialects.remove(((PyStr) p[0]).value);
            return PyNone.INSTANCE;
        });
        ModuleSupport.def(m, "get_dialect", (a, k) -> {
            PyObject[] p = Args.bind("get_dialect", a, k, new String[]{"name"}, 1, 1);
            return getDialect(st, p[0]);
        });
        ModuleSupport.def(m, "list_dialects", (a, k) -> {
            Args.noKw("list_dialects", k);
            if (a.length > 0) throw Err.typeError("_csv.list_dialects() takes no arguments (" + a.length + " given)");
            PyObject[] names = new PyObject[st.dialects.size()];
            int i = 0;
            for (String n : st.dialects.keySet()) names[i++] = PyStr.of(n);
            return new PyList(names);
        });
        ModuleSupport.def(m, "field_size_limit", (a, k) -> {
            PyObject[] p = Args.bind("field_size_limit", a, k, new String[]{"new_limit"}, 0, 1);
            long old = st.fieldLimit;
            if (p[0] != null) {
                if (!(p[0] instanceof PyInt || p[0] instanceof PyBigInt)) throw Err.typeError("limit must be an integer");
                java.math.BigInteger b = Arith.big(p[0]);
                if (b.bitLength() > 63) throw Err.overflow("Python int too large to convert to C long");
                st.fieldLimit = b.longValue();
            }
            return PyInt.of(old);
        });
        return m;
    }

    static {
        Types.def(WRITER, "writerow", (a, k) -> {
            Args.noKw("writerow", k);
            if (a.length != 2) throw Err.typeError("writerow() takes exactly one argument (" + (a.length - 1) + " given)");
            return ((Writer) a[0]).writerow(a[1]);
        });
        Types.def(WRITER, "writerows", (a, k) -> {
            Args.noKw("writerows", k);
            if (a.length != 2) throw Err.typeError("writerows() takes exactly one argument (" + (a.length - 1) + " given)");
            Writer w = (Writer) a[0];
            PyObject it = Ops.iter(a[1]);
            PyObject row;
            while ((row = Ops.next(it)) != null) w.writerow(row);
            return PyNone.INSTANCE;
        });
    }
}
