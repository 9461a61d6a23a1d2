package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** _string: the parsers behind string.Formatter (CPython's Objects/stringlib/unicode_format.h). */
public final class StringModule implements JavaModule {
    @Override public String name() { return "_string"; }

    static final PyType FORMATTER_ITER = Types.builtinType("formatteriterator", "builtins", PyType.OBJECT, null, null);
    static final PyType FIELDNAME_ITER = Types.builtinType("fieldnameiterator", "builtins", PyType.OBJECT, null, null);
    static {
        Types.slots(FORMATTER_ITER, "__iter__", "__next__");
        Types.slots(FIELDNAME_ITER, "__iter__", "__next__");
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_string");
        m.dict.putStr("__doc__", PyStr.of("string helper module"));
        PyBuiltinFunction fp = PyBuiltinFunction.of1("formatter_parser", s -> {
            if (!(s instanceof PyStr)) throw Err.typeError("expected str, got " + s.type().name);
            return new MarkupIter(((PyStr) s).value);
        });
        PyBuiltinFunction fs = PyBuiltinFunction.of1("formatter_field_name_split", s -> {
            if (!(s instanceof PyStr)) throw Err.typeError("expected str, got " + s.type().name);
            return fieldNameSplit(((PyStr) s).value);
        });
        fp.module = PyStr.of("_string");
        fs.module = PyStr.of("_string");
        m.dict.putStr("formatter_parser", fp);
        m.dict.putStr("formatter_field_name_split", fs);
        return m;
    }

    /** Yields (literal, field_name, format_spec, conversion) tuples. */
    static final class MarkupIter extends Types.Iter {
        final String s;
        int pos;
        MarkupIter(String s) { super(FORMATTER_ITER, FORMATTER_ITER); this.s = s; }

        @Override public PyObject pyNext() {
            int n = s.length();
            if (pos >= n) return null;
            int start = pos;
            boolean markup = false;
            int literalEnd;
            // literal text up to a brace
            while (true) {
                if (pos >= n) { literalEnd = pos; break; }
                char c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    if (pos < n && s.charAt(pos) == c) {
                        // escaped brace: the literal ends after one brace
                        literalEnd = pos;
                        pos++;
                        return tuple(s.substring(start, literalEnd), null, null, null);
                    }
                    if (c == '}') throw Err.valueError("Single '}' encountered in format string");
                    if (pos >= n) throw Err.valueError("Single '{' encountered in format string");
                    literalEnd = pos - 1;
                    markup = true;
                    break;
                }
            }
            String literal = s.substring(start, literalEnd);
            if (!markup) return tuple(literal, null, null, null);
            // the field, up to the matching '}'
            int count = 1;
            int fieldStart = pos;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '[') {
                    while (pos < n && s.charAt(pos) != ']') pos++;
                    if (pos >= n) break;
                    pos++;
                    continue;
                }
                if (c == '{') count++;
                else if (c == '}') {
                    count--;
                    if (count == 0) break;
                }
                pos++;
            }
            if (count > 0) throw Err.valueError("expected '}' before end of string");
            String field = s.substring(fieldStart, pos);
            pos++;
            // split field into name, conversion, spec
            int i = 0, fl = field.length();
            while (i < fl) {
                char c = field.charAt(i);
                if (c == '[') {
                    while (i < fl && field.charAt(i) != ']') i++;
                    if (i < fl) i++;
                    continue;
                }
                if (c == ':' || c == '!') break;
                i++;
            }
            String name = field.substring(0, i);
            String conv = null;
            String spec = "";
            if (i < fl) {
                if (field.charAt(i) == '!') {
                    if (i + 1 >= fl) throw Err.valueError("end of string while looking for conversion specifier");
                    conv = String.valueOf(field.charAt(i + 1));
                    i += 2;
                    if (i < fl) {
                        if (field.charAt(i) != ':') throw Err.valueError("expected ':' after conversion specifier");
                        spec = field.substring(i + 1);
                    }
                } else {
                    spec = field.substring(i + 1);
                }
            }
            return tuple(literal, name, spec, conv);
        }

        private static PyObject tuple(String lit, String name, String spec, String conv) {
            return new PyTuple(PyStr.of(lit), name == null ? PyNone.INSTANCE : PyStr.of(name),
                    spec == null ? PyNone.INSTANCE : PyStr.of(spec), conv == null ? PyNone.INSTANCE : PyStr.of(conv));
        }
    }

    static PyObject nameValue(String s) {
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return PyInt.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return PyStr.of(s);
            }
        }
        return PyStr.of(s);
    }

    static PyObject fieldNameSplit(String s) {
        int i = 0, n = s.length();
        while (i < n && s.charAt(i) != '.' && s.charAt(i) != '[') i++;
        PyObject first = nameValue(s.substring(0, i));
        List<PyObject> rest = new ArrayList<>();
        final int restStart = i;
        // parsed lazily in CPython; errors surface when iterating, so defer by parsing on first next
        return new PyTuple(first, new FieldIter(s, restStart));
    }

    static final class FieldIter extends Types.Iter {
        final String s;
        int pos;
        FieldIter(String s, int pos) { super(FIELDNAME_ITER, FIELDNAME_ITER); this.s = s; this.pos = pos; }
        @Override public PyObject pyNext() {
            int n = s.length();
            if (pos >= n) return null;
            char c = s.charAt(pos++);
            if (c == '.') {
                int st = pos;
                while (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') pos++;
                if (pos == st) throw Err.valueError("Empty attribute in format string");
                return new PyTuple(PyBool.TRUE, PyStr.of(s.substring(st, pos)));
            }
            if (c == '[') {
                int st = pos;
                while (pos < n && s.charAt(pos) != ']') pos++;
                if (pos >= n) throw Err.valueError("Missing ']' in format string");
                String key = s.substring(st, pos);
                pos++;
                if (key.isEmpty()) throw Err.valueError("Empty attribute in format string");
                if (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    throw Err.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                return new PyTuple(PyBool.FALSE, nameValue(key));
            }
            throw Err.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
}
