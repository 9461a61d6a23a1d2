package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.ast.*;
import org.herthon.interpreter.compiler.Compiler;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's _ast: the node classes of Python.asdl (AST, the abstract classes mod, stmt, expr,
 * ..., and one class per constructor, with _fields, _attributes, __match_args__, None defaults for
 * the optional fields, the ASDL signature as __doc__, __module__ 'ast'), AST's constructor
 * (positional and keyword fields) and __reduce__, the PyCF_* flags; and {@link #toPython}, which
 * turns the parser's tree into these objects for {@code compile(..., PyCF_ONLY_AST)} / ast.parse.
 * The classes are ordinary heap classes (Herthon code may subclass them), made per interpreter.
 */
public final class AstModule implements JavaModule {
    @Override public String name() { return "_ast"; }

    public static final int PyCF_ONLY_AST = 0x400;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    private static final String POS = "int lineno, int col_offset, int? end_lineno, int? end_col_offset";

    /** The sums of Python.asdl: name, attributes (or ""), constructors. */
    private static final String[][] SUMS = {
        {"mod", "", "Module(stmt* body, type_ignore* type_ignores)", "Interactive(stmt* body)", "Expression(expr body)",
            "FunctionType(expr* argtypes, expr returns)"},
        {"stmt", POS,
            "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
            "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
            "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)",
            "Return(expr? value)", "Delete(expr* targets)", "Assign(expr* targets, expr value, string? type_comment)",
            "AugAssign(expr target, operator op, expr value)", "AnnAssign(expr target, expr annotation, expr? value, int simple)",
            "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
            "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
            "While(expr test, stmt* body, stmt* orelse)", "If(expr test, stmt* body, stmt* orelse)",
            "With(withitem* items, stmt* body, string? type_comment)", "AsyncWith(withitem* items, stmt* body, string? type_comment)",
            "Match(expr subject, match_case* cases)", "Raise(expr? exc, expr? cause)",
            "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
            "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
            "Assert(expr test, expr? msg)", "Import(alias* names)", "ImportFrom(identifier? module, alias* names, int? level)",
            "Global(identifier* names)", "Nonlocal(identifier* names)", "Expr(expr value)", "Pass", "Break", "Continue"},
        {"expr", POS,
            "BoolOp(boolop op, expr* values)", "NamedExpr(expr target, expr value)", "BinOp(expr left, operator op, expr right)",
            "UnaryOp(unaryop op, expr operand)", "Lambda(arguments args, expr body)", "IfExp(expr test, expr body, expr orelse)",
            "Dict(expr* keys, expr* values)", "Set(expr* elts)", "ListComp(expr elt, comprehension* generators)",
            "SetComp(expr elt, comprehension* generators)", "DictComp(expr key, expr value, comprehension* generators)",
            "GeneratorExp(expr elt, comprehension* generators)", "Await(expr value)", "Yield(expr? value)", "YieldFrom(expr value)",
            "Compare(expr left, cmpop* ops, expr* comparators)", "Call(expr func, expr* args, keyword* keywords)",
            "FormattedValue(expr value, int conversion, expr? format_spec)", "JoinedStr(expr* values)",
            "Constant(constant value, string? kind)", "Attribute(expr value, identifier attr, expr_context ctx)",
            "Subscript(expr value, expr slice, expr_context ctx)", "Starred(expr value, expr_context ctx)",
            "Name(identifier id, expr_context ctx)", "List(expr* elts, expr_context ctx)", "Tuple(expr* elts, expr_context ctx)",
            "Slice(expr? lower, expr? upper, expr? step)"},
        {"expr_context", "", "Load", "Store", "Del"},
        {"boolop", "", "And", "Or"},
        {"operator", "", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"},
        {"unaryop", "", "Invert", "Not", "UAdd", "USub"},
        {"cmpop", "", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"},
        {"excepthandler", POS, "ExceptHandler(expr? type, identifier? name, stmt* body)"},
        {"pattern", "int lineno, int col_offset, int end_lineno, int end_col_offset",
            "MatchValue(expr value)", "MatchSingleton(constant value)", "MatchSequence(pattern* patterns)",
            "MatchMapping(expr* keys, pattern* patterns, identifier? rest)",
            "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)",
            "MatchStar(identifier? name)", "MatchAs(pattern? pattern, identifier? name)", "MatchOr(pattern* patterns)"},
        {"type_ignore", "", "TypeIgnore(int lineno, string tag)"},
    };

    /** The products: signature, attributes (or ""). */
    private static final String[][] PRODUCTS = {
        {"comprehension(expr target, expr iter, expr* ifs, int is_async)", ""},
        {"arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)", ""},
        {"arg(identifier arg, expr? annotation, string? type_comment)", POS},
        {"keyword(identifier? arg, expr value)", POS},
        {"alias(identifier name, identifier? asname)", POS},
        {"withitem(expr context_expr, expr? optional_vars)", ""},
        {"match_case(pattern pattern, expr? guard, stmt* body)", ""},
    };

    /** A field list "type name, type? name" as names and which are optional. */
    private record Fields(List<String> names, List<String> optional) {
        static Fields of(String spec) {
            List<String> names = new ArrayList<>(), optional = new ArrayList<>();
            if (!spec.isBlank()) {
                for (String f : spec.split(",")) {
                    String[] tn = f.trim().split(" ");
                    names.add(tn[1]);
                    if (tn[0].endsWith("?")) optional.add(tn[1]);
                }
            }
            return new Fields(names, optional);
        }
    }

    private static String ctorName(String sig) {
        int p = sig.indexOf('(');
        return p < 0 ? sig : sig.substring(0, p);
    }

    private static Fields ctorFields(String sig) {
        int p = sig.indexOf('(');
        return Fields.of(p < 0 ? "" : sig.substring(p + 1, sig.length() - 1));
    }

    private static PyTuple names(List<String> l) {
        PyObject[] o = new PyObject[l.size()];
        for (int i = 0; i < o.length; i++) o[i] = PyStr.of(l.get(i));
        return PyTuple.of(o);
    }

    private static PyObject makeClass(String name, PyObject base, PyDict ns) {
        ns.putStr("__module__", PyStr.of("ast"));
        return PyType.TYPE.call(new PyObject[]{PyStr.of(name), new PyTuple(base), ns}, null);
    }

    private static PyDict classDict(List<String> fields, List<String> optional, String doc) {
        PyDict ns = new PyDict();
        PyTuple f = names(fields);
        ns.putStr("_fields", f);
        ns.putStr("__match_args__", f);
        ns.putStr("__doc__", doc == null ? PyNone.INSTANCE : PyStr.of(doc));
        for (String o : optional) ns.putStr(o, PyNone.INSTANCE);
        return ns;
    }

    /** AST.__init__: positional arguments fill _fields in order, keywords set any attribute. */
    private static PyObject init(PyObject[] a, String[] k) {
        PyObject self = a[0];
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        PyObject fields = Ops.getAttrOrNull(self.type(), "_fields");
        PyObject[] fs = fields == null ? PyObject.EMPTY : Ops.toArray(fields);
        String tname = self.type().name;
        if (fs.length < npos) {
            throw Err.typeError(tname + " constructor takes at most " + fs.length + " positional argument" + (fs.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < npos; i++) Ops.setAttr(self, Ops.str(fs[i]), a[1 + i]);
        for (int j = 0; j < nkw; j++) {
            for (int i = 0; i < fs.length; i++) {
                if (fs[i] instanceof PyStr && ((PyStr) fs[i]).value.equals(k[j]) && i < npos) {
                    throw Err.typeError(tname + " got multiple values for argument '" + k[j] + "'");
                }
            }
            Ops.setAttr(self, k[j], a[1 + npos + j]);
        }
        return PyNone.INSTANCE;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_ast");
        m.dict.putStr("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
        m.dict.putStr("PyCF_TYPE_COMMENTS", PyInt.of(PyCF_TYPE_COMMENTS));
        m.dict.putStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        PyDict ns = classDict(List.of(), List.of(), null);
        ns.putStr("_attributes", PyTuple.EMPTY);
        ns.putStr("__init__", PyBuiltinFunction.method("AST", "__init__", AstModule::init));
        ns.putStr("__reduce__", PyBuiltinFunction.method("AST", "__reduce__", (a, k) -> {
            PyObject self = a[0];
            PyDict d = self.getDict();
            if (d == null || d.size() == 0) return new PyTuple(self.type(), PyTuple.EMPTY);
            return new PyTuple(self.type(), PyTuple.EMPTY, d);
        }));
        PyObject ast = makeClass("AST", PyType.OBJECT, ns);
        m.dict.putStr("AST", ast);
        for (String[] sum : SUMS) {
            String name = sum[0];
            Fields attrs = Fields.of(sum[1]);
            boolean simple = true;
            for (int i = 2; i < sum.length; i++) if (sum[i].indexOf('(') >= 0) simple = false;
            StringBuilder doc = new StringBuilder(name).append(" = ");
            for (int i = 2; i < sum.length; i++) {
                if (i > 2) doc.append(simple ? " | " : "\n" + " ".repeat(name.length() + 1) + "| ");
                doc.append(sum[i]);
            }
            PyDict ans = classDict(List.of(), attrs.optional(), doc.toString());
            ans.putStr("_attributes", names(attrs.names()));
            PyObject abs = makeClass(name, ast, ans);
            m.dict.putStr(name, abs);
            for (int i = 2; i < sum.length; i++) {
                String cn = ctorName(sum[i]);
                Fields f = ctorFields(sum[i]);
                PyObject c = makeClass(cn, abs, classDict(f.names(), f.optional(), sum[i]));
                m.dict.putStr(cn, c);
                if (simple) m.dict.putStr("$" + cn, c.call(PyObject.EMPTY, null));
            }
        }
        for (String[] prod : PRODUCTS) {
            String cn = ctorName(prod[0]);
            Fields f = ctorFields(prod[0]);
            Fields attrs = Fields.of(prod[1]);
            List<String> optional = new ArrayList<>(f.optional());
            optional.addAll(attrs.optional());
            PyDict pns = classDict(f.names(), optional, prod[0]);
            pns.putStr("_attributes", names(attrs.names()));
            m.dict.putStr(cn, makeClass(cn, ast, pns));
        }
        // the singletons the converter hands out for operators and contexts are not module attributes
        PyDict singles = new PyDict();
        for (int i = m.dict.nextEntry(0); i >= 0; i = m.dict.nextEntry(i + 1)) {
            String key = ((PyStr) m.dict.keys[i]).value;
            if (key.startsWith("$")) singles.putStr(key.substring(1), m.dict.values[i]);
        }
        for (int i = singles.nextEntry(0); i >= 0; i = singles.nextEntry(i + 1)) m.dict.delStr("$" + ((PyStr) singles.keys[i]).value);
        m.state = singles;
        return m;
    }

    // ---- the parser's tree as _ast objects -----------------------------------------------------
    /** Converts parser trees of one source to _ast objects (columns become UTF-8 byte offsets, as CPython's). */
    public static final class Converter {
        private final PyModule m;
        private final SourceText source;
        private final PyDict singletons;

        public Converter(Interpreter in, SourceText source) {
            this.m = in.builtinModules.load("_ast");
            this.source = source;
            this.singletons = (PyDict) m.state;
        }

        private PyObject cls(String name) {
            PyObject c = m.dict.getStr(name);
            if (c == null) throw Err.make(PyExc.SystemError, "_ast has no class " + name);
            return c;
        }

        private PyObject make(String name) {
            PyType t = (PyType) cls(name);
            return t.call(PyObject.EMPTY, null);
        }

        /** mode exec: Module; eval: Expression; single: Interactive. */
        public PyObject module(org.herthon.interpreter.ast.Module mod, String mode) {
            PyObject o;
            switch (mode) {
                case "eval": {
                    o = make("Expression");
                    Stmt.Expr e = (Stmt.Expr) mod.body().get(0);
                    set(o, "body", convert(e.value()));
                    return o;
                }
                case "single":
                    o = make("Interactive");
                    set(o, "body", convert(mod.body()));
                    return o;
                default:
                    o = make("Module");
                    set(o, "body", convert(mod.body()));
                    set(o, "type_ignores", new PyList());
                    return o;
            }
        }

        private static void set(PyObject o, String name, PyObject v) {
            o.getDict().putStr(name, v);
        }

        private int byteColumn(int line, int col) {
            String text = source == null ? null : source.line(line);
            if (text == null || col <= 0) return col;
            int n = Math.min(col, text.length());
            int bytes = 0;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) bytes++;
                else if (c < 0x800) bytes += 2;
                else if (Character.isHighSurrogate(c)) { bytes += 4; i++; }
                else bytes += 3;
            }
            return bytes + (col - n);
        }

        public PyObject convert(Object v) {
            if (v == null) return PyNone.INSTANCE;
            if (v instanceof List<?> list) {
                PyList out = new PyList();
                for (Object o : list) out.append(convert(o));
                return out;
            }
            if (v instanceof Ellipsis) return PyEllipsis.INSTANCE;
            if (v instanceof Enum<?> e) return singletons.getStr(e.name());
            if (v instanceof String s) return PyStr.of(s);
            if (v instanceof Integer i) return PyInt.of(i);
            if (v instanceof Record r && !(v instanceof Imaginary)) return node(r);
            return Compiler.constant(v);
        }

        private PyObject node(Record r) {
            int id = AstRecords.id(r.getClass());
            PyObject o = make(AstRecords.pythonName(id));
            PyDict d = o.getDict();
            Object[] values = AstRecords.components(id, r);
            int line = -1, endLine = -1;
            for (int i = 0; i < values.length; i++) {
                if (AstRecords.field(id, i).equals("lineno")) line = (Integer) values[i];
                if (AstRecords.field(id, i).equals("end_lineno")) endLine = (Integer) values[i];
            }
            boolean constantValue = r instanceof Expr.Constant || r instanceof Pattern.MatchSingleton;
            for (int i = 0; i < values.length; i++) {
                String f = AstRecords.field(id, i);
                Object v = values[i];
                PyObject pv;
                if (f.equals("col_offset")) pv = PyInt.of(byteColumn(line, (Integer) v));
                else if (f.equals("end_col_offset")) pv = PyInt.of(byteColumn(endLine, (Integer) v));
                else if (constantValue && f.equals("value")) pv = Compiler.constant(v);
                else pv = convert(v);
                d.putStr(f, pv);
            }
            // fields CPython has and the parser does not keep
            PyObject fields = Ops.getAttrOrNull(o.type(), "_fields");
            if (fields != null) {
                for (PyObject fn : Ops.toArray(fields)) {
                    String f = ((PyStr) fn).value;
                    if (d.getStr(f) == null) d.putStr(f, f.equals("type_ignores") ? new PyList() : PyNone.INSTANCE);
                }
            }
            return o;
        }
    }
}
