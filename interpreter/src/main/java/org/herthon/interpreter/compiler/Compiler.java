package org.herthon.interpreter.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.ast.*;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.nodes.*;
import org.herthon.interpreter.parser.HerthonSyntaxError;
import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.scope.NameKind;
import org.herthon.interpreter.scope.Scope;
import org.herthon.interpreter.scope.ScopeKind;
import org.herthon.interpreter.scope.ScopeTable;

/** Compiles the AST of one module (or exec/eval source) into code objects with executable node trees. */
public final class Compiler {
    private final Interpreter interp;
    private final String filename;
    private final String moduleName;
    /** The JVM frames named after this compilation's code objects; null when naming is off. */
    private final NamedFrames namedFrames;
    private final SourceText source;
    private ScopeTable scopes;
    private final YieldFinder yields = new YieldFinder();
    private Unit u;
    /** from __future__ import annotations (PEP 563): annotations are compiled to their source strings. */
    private boolean futureAnnotations;
    /** Line of the last leading from-__future__ import (later ones are errors), 0 if none. */
    private int futureLine;
    /** SyntaxWarnings found while compiling: {lineno, message}. */
    public final List<Object[]> warnings = new ArrayList<>();
    private static final ThreadLocal<List<Object[]>> LAST_WARNINGS = new ThreadLocal<>();
    /** Compiling "single" mode code (module-level expression statements go to sys.displayhook). */
    private boolean interactive;

    /** The SyntaxWarnings of the last compilation on this thread (and clears them). */
    public static List<Object[]> takeWarnings() {
        List<Object[]> w = LAST_WARNINGS.get();
        LAST_WARNINGS.remove();
        return w == null ? List.of() : w;
    }

    /** A SyntaxWarning at node: {line, message, col_offset, end_lineno, end_col_offset}. */
    private void warn(Located node, String msg) {
        int line = node.lineno();
        for (Object[] w : warnings) if ((Integer) w[0] == line && w[1].equals(msg)) return;
        warnings.add(new Object[]{line, msg, node.col_offset(), node.end_lineno(), node.end_col_offset()});
    }

    private boolean isArgOk(Expr e) {
        PyObject k = fold(e);
        if (k == null) return true;
        return k == PyNone.INSTANCE || k == PyBool.TRUE || k == PyBool.FALSE || k == PyEllipsis.INSTANCE;
    }

    private void checkCompare(Expr.Compare c) {
        boolean left = isArgOk(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            boolean right = isArgOk(c.comparators().get(i));
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!right || !left)) {
                warn(c, op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
            }
            left = right;
        }
    }

    private void checkCaller(Expr.Call c) {
        Expr f = c.func();
        PyObject k = f instanceof Expr.Constant || f instanceof Expr.Tuple || f instanceof Expr.JoinedStr ? fold(f) : null;
        String tn = null;
        if (k != null) tn = k.type().name;
        else if (f instanceof Expr.List || f instanceof Expr.ListComp) tn = "list";
        else if (f instanceof Expr.Tuple) tn = "tuple";
        else if (f instanceof Expr.Dict || f instanceof Expr.DictComp) tn = "dict";
        else if (f instanceof Expr.Set || f instanceof Expr.SetComp) tn = "set";
        else if (f instanceof Expr.GeneratorExp) tn = "generator";
        else if (f instanceof Expr.JoinedStr) tn = "str";
        else if (f instanceof Expr.Lambda) return;
        if (tn != null) warn(c, "'" + tn + "' object is not callable; perhaps you missed a comma?");
    }

    /** The type an expression certainly has, by its form (CPython's infer_type), or null. */
    private static String inferType(Expr e) {
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.List || e instanceof Expr.ListComp) return "list";
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) return "dict";
        if (e instanceof Expr.Set || e instanceof Expr.SetComp) return "set";
        if (e instanceof Expr.GeneratorExp) return "generator";
        if (e instanceof Expr.Lambda) return "function";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "str";
        return null;
    }

    /** CPython's check_subscripter and check_index: value[index] that must fail at run time warns. */
    private void checkSubscript(Expr.Subscript s) {
        Expr v = s.value();
        String vt = null;
        if (v instanceof Expr.Constant) {
            PyObject k = fold(v);
            if (k != null && (k == PyNone.INSTANCE || k == PyEllipsis.INSTANCE || Arith.isNumber(k) || k instanceof PyComplex || k instanceof PySet)) vt = k.type().name;
        } else if (v instanceof Expr.Set || v instanceof Expr.SetComp || v instanceof Expr.GeneratorExp || v instanceof Expr.Lambda) {
            vt = inferType(v);
        }
        if (vt != null) {
            warn(s, "'" + vt + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        Expr i = s.slice();
        String it;
        if (i instanceof Expr.Constant) {
            PyObject k = fold(i);
            it = k == null ? null : k.type().name;
        } else it = inferType(i);
        if (it == null || it.equals("int") || it.equals("bool") || i instanceof Expr.Slice) return;
        String ct = null;
        if (v instanceof Expr.Constant) {
            PyObject k = fold(v);
            if (k instanceof PyStr || k instanceof PyBytes || k instanceof PyTuple) ct = k.type().name;
        } else if (v instanceof Expr.Tuple || v instanceof Expr.List || v instanceof Expr.ListComp || v instanceof Expr.JoinedStr
                || v instanceof Expr.FormattedValue) {
            ct = inferType(v);
        }
        if (ct != null) warn(s, ct + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?");
    }

    /** Per-code-object compilation state. */
    private static final class Unit {
        Scope scope;
        PyCode code;
        final Map<String, Integer> slots = new HashMap<>();
        int nslots;
        int nstate;
        boolean generator;
        String qualname;
        Unit parent;
        /** Line of the statement being compiled (for multi-line line marks). */
        int stmtLine;
        /** True while compiling the expressions of a multi-line statement: emit CPython's per-instruction line marks. */
        boolean marks;
        /** True until the first statement of a function body is compiled. */
        boolean atBodyStart;
    }

    /** The private-name mangling of the tree: the written names of defs and classes whose binding it changed. */
    private Mangler.Result mangled;

    private String written(Object node, String name) {
        return mangled == null ? name : mangled.writtenName(node, name);
    }

    private Compiler(Interpreter interp, String filename, String moduleName, SourceText source) {
        this.interp = interp;
        this.filename = filename;
        this.moduleName = moduleName;
        this.source = source;
        this.namedFrames = interp.jvmFrames.newCompilation();
    }

    /** Compiles a module whose scopes {@code scopes} were found by {@link org.herthon.interpreter.scope.ScopeAnalyzer#analyze}. */
    public static PyCode compileModule(Interpreter interp, Mangler.Result m, ScopeTable scopes, String filename, String moduleName, SourceText source) {
        return compileModule(interp, m, scopes, filename, moduleName, source, false);
    }

    /** interactive: "single" mode, where the module level's expression statements call sys.displayhook. */
    public static PyCode compileModule(Interpreter interp, Mangler.Result m, ScopeTable scopes, String filename, String moduleName, SourceText source,
                                       boolean interactive) {
        Compiler c = new Compiler(interp, filename, moduleName, source);
        c.interactive = interactive;
        c.scopes = scopes;
        c.mangled = m;
        PyCode code = c.module(m.module);
        LAST_WARNINGS.set(c.warnings);
        return code;
    }

    /** Compiles the expression {@code e}, the only statement of a module whose scopes are {@code scopes}. */
    public static PyCode compileEval(Interpreter interp, Expr e, ScopeTable scopes, String filename, String moduleName, SourceText source) {
        Compiler c = new Compiler(interp, filename, moduleName, source);
        c.scopes = scopes;
        Unit unit = new Unit();
        unit.scope = scopes.module();
        unit.code = c.newCode("<module>", "<module>", 1);
        unit.code.usesDictLocals = true;
        unit.qualname = "";
        c.u = unit;
        Stmts.Return ret = new Stmts.Return(c.expr(e));
        ret.line = e.lineno();
        unit.code.body = new Stmts.Block1(ret);
        unit.code.nslots = 0;
        return unit.code;
    }

    /** A code object of this compilation, registered for its JVM frame (jvmframes) when naming is on. */
    private PyCode newCode(String name, String qualname, int firstLine) {
        PyCode code = new PyCode(interp, name, qualname, filename, firstLine, moduleName);
        if (namedFrames != null) code.nameFramesWith(namedFrames);
        return code;
    }

    private HerthonSyntaxError error(Located n, String msg) {
        String text = source == null ? null : source.line(n.lineno());
        return HerthonSyntaxError.syntax(msg, filename, n.lineno(), n.col_offset() + 1, n.end_lineno(), n.end_col_offset() + 1, text);
    }

    private static final java.util.Set<String> FUTURE_FEATURES = java.util.Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    /** CPython's future.c: the leading from-__future__ imports of a module and their features. */
    private void futureImports(List<Stmt> body) {
        boolean done = false;
        for (int i = 0; i < body.size(); i++) {
            Stmt st = body.get(i);
            if (done) return;
            if (i == 0 && isDocstring(st)) continue;
            if (st instanceof Stmt.ImportFrom im && "__future__".equals(im.module()) && im.level() == 0) {
                for (Alias al : im.names()) {
                    String f = al.name();
                    if (f.equals("braces")) throw error(st, "not a chance");
                    if (!FUTURE_FEATURES.contains(f)) throw error(st, "future feature " + f + " is not defined");
                    if (f.equals("annotations")) futureAnnotations = true;
                }
                futureLine = st.lineno();
            } else done = true;
        }
    }

    /** An annotation: its value, or under PEP 563 its unparsed source as a string constant. */
    private ExprNode annotationExpr(Expr e) {
        if (futureAnnotations) {
            if (source != null) org.herthon.interpreter.parser.CompileChecks.checkAnnotation((Record) e, source);
            return leafMark(new Exprs.Const(PyStr.of(AstUnparse.annotation(e))), e.lineno());
        }
        return expr(e);
    }

    private PyCode module(org.herthon.interpreter.ast.Module m) {
        futureImports(m.body());
        Unit unit = new Unit();
        unit.scope = scopes.module();
        unit.code = newCode("<module>", "<module>", 1);
        unit.code.usesDictLocals = true;
        unit.qualname = "";
        u = unit;
        List<Stmt> body = m.body();
        List<StmtNode> out = new ArrayList<>();
        setupAnnotations(body, out);
        int start = 0;
        if (!body.isEmpty() && isDocstring(body.get(0)) && !interactive) {
            Stmt.Expr d = (Stmt.Expr) body.get(0);
            StmtNode s = new Stmts.Assign(new Stores.Name("__doc__"), new Exprs.Const(constant(((Expr.Constant) d.value()).value())));
            s.line = d.lineno();
            out.add(s);
            start = 1;
        }
        for (int i = start; i < body.size(); i++) {
            StmtNode s = stmt(body.get(i));
            if (s != null) out.add(s);
        }
        unit.code.body = block(out, false);
        unit.code.nslots = unit.nslots;
        return unit.code;
    }

    /**
     * CPython's SETUP_ANNOTATIONS: a module or class body with an annotated assignment anywhere in
     * it (not in nested functions or classes) has {@code __annotations__} from its first line on,
     * before its docstring, so the body can use the name before its first annotation.
     */
    private static void setupAnnotations(List<Stmt> body, List<StmtNode> out) {
        if (!hasAnnotations(body)) return;
        StmtNode setup = new Stmts.SetupAnnotations();
        setup.line = body.get(0).lineno();
        out.add(setup);
    }

    /** CPython's find_ann: an annotated assignment among the statements or in their compound bodies. */
    static boolean hasAnnotations(List<? extends Stmt> body) {
        for (Stmt s : body) {
            boolean found;
            if (s instanceof Stmt.AnnAssign) found = true;
            else if (s instanceof Stmt.For f) found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
            else if (s instanceof Stmt.AsyncFor f) found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
            else if (s instanceof Stmt.While w) found = hasAnnotations(w.body()) || hasAnnotations(w.orelse());
            else if (s instanceof Stmt.If i) found = hasAnnotations(i.body()) || hasAnnotations(i.orelse());
            else if (s instanceof Stmt.With w) found = hasAnnotations(w.body());
            else if (s instanceof Stmt.AsyncWith w) found = hasAnnotations(w.body());
            else if (s instanceof Stmt.Try t) found = hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
            else if (s instanceof Stmt.TryStar t) found = hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
            else if (s instanceof Stmt.Match m) found = m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
            else found = false;
            if (found) return true;
        }
        return false;
    }

    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }

    private StmtNode block(List<StmtNode> stmts, boolean resumable) {
        if (resumable) return new Gen.Block(stmts.toArray(new StmtNode[0]), newState());
        if (stmts.size() == 1) return new Stmts.Block1(stmts.get(0));
        return new Stmts.Block(stmts.toArray(new StmtNode[0]));
    }

    private StmtNode body(List<Stmt> stmts) {
        List<StmtNode> out = new ArrayList<>();
        boolean res = false;
        for (Stmt s : stmts) {
            StmtNode n = stmt(s);
            if (n != null) out.add(n);
            if (u.generator && yields.contains((Record) s)) res = true;
        }
        if (out.isEmpty()) {
            // e.g. a body of only 'global' statements
            StmtNode p = new Stmts.Pass();
            p.line = stmts.isEmpty() ? 0 : stmts.get(0).lineno();
            return new Stmts.Block(new StmtNode[0]);
        }
        return block(out, res);
    }

    private StmtNode bodyOrNull(List<Stmt> stmts) { return stmts.isEmpty() ? null : body(stmts); }

    private int newState() { return u.nstate++; }
    private int newSlot() { return u.nslots++; }

    // ---- names ------------------------------------------------------------------------------
    private ExprNode load(String name) {
        Scope s = u.scope;
        switch (s.kind()) {
            case MODULE:
                // a `global` statement in any nested scope makes the name global here too (CPython's st_global)
                if (s.kindOf(name) == NameKind.GLOBAL_EXPLICIT) return new Exprs.LoadGlobal(name);
                return new Exprs.LoadName(name);
            case CLASS: {
                NameKind b = s.kindOf(name);
                if (b == NameKind.GLOBAL_EXPLICIT) return new Exprs.LoadGlobal(name);
                if (b == NameKind.FREE) return new Exprs.LoadClassDeref(u.slots.get(name), name);
                return new Exprs.LoadName(name);
            }
            default: {
                NameKind b = s.kindOf(name);
                switch (b) {
                    case LOCAL: return new Exprs.LoadFast(u.slots.get(name), name);
                    case CELL: return new Exprs.LoadDeref(u.slots.get(name), name, false);
                    case FREE: return new Exprs.LoadDeref(u.slots.get(name), name, true);
                    default: return new Exprs.LoadGlobal(name);
                }
            }
        }
    }

    private Stores.Target storeName(String name) {
        Scope s = u.scope;
        switch (s.kind()) {
            case MODULE: return s.kindOf(name) == NameKind.GLOBAL_EXPLICIT ? new Stores.Global(name) : new Stores.Name(name);
            case CLASS: {
                NameKind b = s.kindOf(name);
                if (b == NameKind.GLOBAL_EXPLICIT) return new Stores.Global(name);
                if (b == NameKind.FREE) return new Stores.Deref(u.slots.get(name), name, true);
                return new Stores.Name(name);
            }
            default: {
                NameKind b = s.kindOf(name);
                switch (b) {
                    case LOCAL: return new Stores.Fast(u.slots.get(name), name);
                    case CELL: return new Stores.Deref(u.slots.get(name), name, false);
                    case FREE: return new Stores.Deref(u.slots.get(name), name, true);
                    default: return new Stores.Global(name);
                }
            }
        }
    }

    private Stores.Target target(Expr t) {
        Stores.Target st = target0(t);
        if (st.pc < 0 && !(t instanceof Expr.Starred)) st.pc = pos((Located) t);
        return st;
    }

    private Stores.Target target0(Expr t) {
        if (t instanceof Expr.Name n) return storeName(n.id());
        if (t instanceof Expr.Attribute a) return new Stores.Attr(expr(a.value()), a.attr());
        if (t instanceof Expr.Subscript s) return new Stores.Subscript(expr(s.value()), expr(s.slice()));
        if (t instanceof Expr.Tuple tu) return unpack(tu.elts());
        if (t instanceof Expr.List l) return unpack(l.elts());
        if (t instanceof Expr.Starred s) return target(s.value());
        throw error((Located) t, "cannot assign to expression");
    }

    private Stores.Target unpack(List<Expr> elts) {
        Stores.Target[] ts = new Stores.Target[elts.size()];
        int star = -1;
        for (int i = 0; i < ts.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred) {
                if (star >= 0) throw error((Located) e, "multiple starred expressions in assignment");
                star = i;
            }
            ts[i] = target(e);
        }
        return new Stores.Unpack(ts, star);
    }

    // ---- statements --------------------------------------------------------------------------
    private StmtNode stmt(Stmt s) {
        int saved = u.stmtLine;
        boolean savedMarks = u.marks;
        u.stmtLine = s.lineno();
        u.marks = multiLine(s);
        boolean bodyStart = u.atBodyStart;
        u.atBodyStart = false;
        int inherit = 0;
        if (bodyStart && stmtFirstLine(s) == INHERIT) {
            // the first instruction has no line of its own: it takes RESUME's (the code's first line)
            u.marks = true;
            inherit = u.code.firstlineno;
        }
        try {
            StmtNode n = stmt0(s);
            if (n != null) {
                if (n.line == 0) n.line = s.lineno();
                if (inherit > 0) n.first = inherit;
                if (n.first == 0) {
                    int fl = u.marks ? stmtFirstLine(s) : n.line;
                    n.first = fl == INHERIT ? n.line : fl;
                }
            }
            return n;
        } finally {
            u.stmtLine = saved;
            u.marks = savedMarks;
        }
    }

    /** Whether the instructions of the statement itself (not nested bodies) span several lines. */
    private boolean multiLine(Stmt s) {
        if (s instanceof Stmt.If i) return spans(i.test(), s.lineno());
        if (s instanceof Stmt.While w) return spans(w.test(), s.lineno());
        if (s instanceof Stmt.For f) return spans(f.iter(), s.lineno()) || spans(f.target(), s.lineno());
        if (s instanceof Stmt.AsyncFor f) return spans(f.iter(), s.lineno()) || spans(f.target(), s.lineno());
        if (s instanceof Stmt.With w) {
            for (WithItem it : w.items()) if (spans(it.context_expr(), s.lineno())) return true;
            return false;
        }
        if (s instanceof Stmt.AsyncWith w) {
            for (WithItem it : w.items()) if (spans(it.context_expr(), s.lineno())) return true;
            return false;
        }
        if (s instanceof Stmt.AsyncFunctionDef fd) {
            if (!fd.decorator_list().isEmpty()) return true;
            return argsSpan(fd.args(), fd.returns(), s.lineno());
        }
        if (s instanceof Stmt.Try || s instanceof Stmt.TryStar) return false;
        if (s instanceof Stmt.Match m) return spans(m.subject(), s.lineno());
        if (s instanceof Stmt.FunctionDef fd) {
            if (!fd.decorator_list().isEmpty()) return true;
            return argsSpan(fd.args(), fd.returns(), s.lineno());
        }
        if (s instanceof Stmt.ClassDef cd) {
            if (!cd.decorator_list().isEmpty()) return true;
            for (Expr b : cd.bases()) if (spans(b, s.lineno())) return true;
            return false;
        }
        return s.end_lineno() > s.lineno();
    }

    private boolean argsSpan(Arguments a, Expr returns, int line) {
        for (Expr d : a.defaults()) if (spans(d, line)) return true;
        for (Expr d : a.kw_defaults()) if (d != null && spans(d, line)) return true;
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        all.addAll(a.kwonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Arg x : all) if (x.annotation() != null && spans(x.annotation(), line)) return true;
        return returns != null && spans(returns, line);
    }

    private static boolean spans(Expr e, int line) {
        return e.lineno() != line || e.end_lineno() != line;
    }

    /** Line of the first instruction CPython executes for the statement. */
    private int stmtFirstLine(Stmt s) {
        if (s instanceof Stmt.Expr e) return firstLine(e.value());
        if (s instanceof Stmt.Assign a) return firstLine(a.value());
        if (s instanceof Stmt.AugAssign a) return firstLine(a.target());
        if (s instanceof Stmt.AnnAssign a) return a.value() != null ? firstLine(a.value()) : s.lineno();
        if (s instanceof Stmt.Return r) return r.value() != null ? firstLine(r.value()) : s.lineno();
        if (s instanceof Stmt.If i) return firstLine(i.test());
        if (s instanceof Stmt.While w) return firstLine(w.test());
        if (s instanceof Stmt.For f) return firstLine(f.iter());
        if (s instanceof Stmt.AsyncFor f) return firstLine(f.iter());
        if (s instanceof Stmt.With w) return firstLine(w.items().get(0).context_expr());
        if (s instanceof Stmt.AsyncWith w) return firstLine(w.items().get(0).context_expr());
        if (s instanceof Stmt.AsyncFunctionDef fd) {
            if (!fd.decorator_list().isEmpty()) return fd.decorator_list().get(0).lineno();
            Arguments a = fd.args();
            if (!a.defaults().isEmpty()) return firstLine(a.defaults().get(0));
            for (Expr d : a.kw_defaults()) if (d != null) return firstLine(d);
            return s.lineno();
        }
        if (s instanceof Stmt.Raise r) return r.exc() != null ? firstLine(r.exc()) : s.lineno();
        if (s instanceof Stmt.Assert a) return firstLine(a.test());
        if (s instanceof Stmt.Delete d) {
            Expr t = d.targets().get(0);
            if (t instanceof Expr.Attribute at) return firstLine(at.value());
            if (t instanceof Expr.Subscript sb) return firstLine(sb.value());
            return s.lineno();
        }
        if (s instanceof Stmt.FunctionDef fd) {
            if (!fd.decorator_list().isEmpty()) return fd.decorator_list().get(0).lineno();
            Arguments a = fd.args();
            if (!a.defaults().isEmpty()) return firstLine(a.defaults().get(0));
            for (Expr d : a.kw_defaults()) if (d != null) return firstLine(d);
            return s.lineno();
        }
        if (s instanceof Stmt.ClassDef cd) {
            if (!cd.decorator_list().isEmpty()) return cd.decorator_list().get(0).lineno();
            return s.lineno();
        }
        return s.lineno();
    }

    /** firstLine() of an instruction without a line of its own (it inherits the previous instruction's). */
    static final int INHERIT = -2;

    /** Whether CPython's AST optimizer turns "literal %s" % (a, b) into an f-string; returns the format or null. */
    private String percentFormat(Expr e) {
        if (!(e instanceof Expr.BinOp b) || b.op() != Operator.Mod) return null;
        if (!(b.left() instanceof Expr.Constant c) || !(c.value() instanceof String fmt)) return null;
        if (!(b.right() instanceof Expr.Tuple t)) return null;
        if (fold(t) != null) return null;   // a constant tuple is folded first: no f-string
        for (Expr x : t.elts()) if (x instanceof Expr.Starred) return null;
        int n = t.elts().size(), cnt = 0, i = 0;
        while (i < fmt.length()) {
            char ch = fmt.charAt(i);
            if (ch != '%') { i++; continue; }
            if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') { i += 2; continue; }
            i++;
            while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) i++;
            int d = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) { i++; d++; }
            if (d > 3) return null;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                d = 0;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) { i++; d++; }
                if (d > 3) return null;
            }
            if (i >= fmt.length()) return null;
            char spec = fmt.charAt(i++);
            if (spec != 's' && spec != 'r' && spec != 'a') return null;
            cnt++;
        }
        return cnt == n ? fmt : null;
    }

    private int firstLineOr(Expr e, int dflt) {
        int l = firstLine(e);
        return l == INHERIT ? dflt : l;
    }

    /** Line of the first instruction CPython executes for an expression. */
    private int firstLine(Expr e) {
        String pf = percentFormat(e);
        if (pf != null) {
            if (!pf.isEmpty() && !(pf.charAt(0) == '%' && !(pf.length() > 1 && pf.charAt(1) == '%'))) return INHERIT;
            return firstLine(((Expr.Tuple) ((Expr.BinOp) e).right()).elts().get(0));
        }
        if (fold(e) != null) return e.lineno();
        if (e instanceof Expr.BinOp b) return firstLine(b.left());
        if (e instanceof Expr.UnaryOp un) return firstLine(un.operand());
        if (e instanceof Expr.BoolOp b) return firstLine(b.values().get(0));
        if (e instanceof Expr.Compare c) return firstLine(c.left());
        if (e instanceof Expr.Call c) return firstLine(c.func());
        if (e instanceof Expr.Attribute a) return firstLine(a.value());
        if (e instanceof Expr.Subscript sb) return firstLine(sb.value());
        if (e instanceof Expr.Starred st) return firstLine(st.value());
        if (e instanceof Expr.List l) return l.elts().isEmpty() || constList(l.elts()) != null ? e.lineno() : firstLine(l.elts().get(0));
        if (e instanceof Expr.Tuple t) return t.elts().isEmpty() ? e.lineno() : firstLine(t.elts().get(0));
        if (e instanceof Expr.Set st) return constList(st.elts()) != null ? e.lineno() : firstLine(st.elts().get(0));
        if (e instanceof Expr.Dict d) {
            if (d.keys().isEmpty()) return e.lineno();
            Expr k = d.keys().get(0);
            return k == null ? firstLine(d.values().get(0)) : firstLine(k);
        }
        if (e instanceof Expr.IfExp i) return firstLine(i.test());
        if (e instanceof Expr.NamedExpr ne) return firstLine(ne.value());
        if (e instanceof Expr.JoinedStr j) return j.values().isEmpty() ? e.lineno() : firstLine(j.values().get(0));
        if (e instanceof Expr.FormattedValue fv) return firstLine(fv.value());
        if (e instanceof Expr.Yield y) return y.value() != null ? firstLine(y.value()) : e.lineno();
        if (e instanceof Expr.YieldFrom y) return firstLine(y.value());
        if (e instanceof Expr.Await y) return firstLine(y.value());
        if (e instanceof Expr.Lambda l) {
            if (!l.args().defaults().isEmpty()) return firstLine(l.args().defaults().get(0));
            return e.lineno();
        }
        if (e instanceof Expr.Slice sl) {
            if (sl.lower() != null) return firstLine(sl.lower());
            if (sl.upper() != null) return firstLine(sl.upper());
            if (sl.step() != null) return firstLine(sl.step());
            return e.lineno();
        }
        return e.lineno();
    }

    /** Wraps the node of an instruction group's last child so the parent's operation line is marked after it. */
    private ExprNode after(ExprNode n, int line) {
        return u.marks ? new Exprs.LineAfter(n, line) : n;
    }

    // ---- constant folding (CPython's AST optimizer, simplified) ------------------------------
    private final java.util.IdentityHashMap<Expr, PyObject> folded = new java.util.IdentityHashMap<>();
    private static final PyObject NOT_CONST = new PyTuple();

    PyObject fold(Expr e) {
        if (e instanceof Expr.Constant c) return constant(c.value());
        if (!(e instanceof Expr.UnaryOp || e instanceof Expr.BinOp || e instanceof Expr.Tuple)) return null;
        PyObject v = folded.get(e);
        if (v == null) {
            v = fold0(e);
            folded.put(e, v == null ? NOT_CONST : v);
        }
        return v == NOT_CONST ? null : v;
    }

    private PyObject fold0(Expr e) {
        try {
            if (e instanceof Expr.UnaryOp un) {
                PyObject o = fold(un.operand());
                if (o == null) return null;
                switch (un.op()) {
                    case USub: return Ops.neg(o);
                    case UAdd: return Ops.pos(o);
                    case Invert: return o instanceof PyInt || o instanceof PyBigInt ? Ops.invert(o) : null;
                    default: return PyBool.of(!Ops.isTrue(o));
                }
            }
            if (e instanceof Expr.BinOp b) {
                PyObject l = fold(b.left()), r = fold(b.right());
                if (l == null || r == null) return null;
                return safeBinop(l, binop(b.op()), r);
            }
            if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.Load) {
                PyObject[] items = new PyObject[t.elts().size()];
                for (int i = 0; i < items.length; i++) {
                    Expr x = t.elts().get(i);
                    if (x instanceof Expr.Starred) return null;
                    items[i] = fold(x);
                    if (items[i] == null) return null;
                }
                return PyTuple.of(items);
            }
        } catch (PyException ex) {
            return null;
        }
        return null;
    }

    private static int bits(PyObject o) {
        if (o instanceof PyInt) return 64 - Long.numberOfLeadingZeros(Math.abs(((PyInt) o).value));
        if (o instanceof PyBigInt) return ((PyBigInt) o).value.bitLength();
        return 0;
    }

    private static PyObject safeBinop(PyObject l, int op, PyObject r) {
        boolean li = Arith.isInt(l), ri = Arith.isInt(r);
        boolean lnum = li || l instanceof PyFloat || l instanceof PyComplex, rnum = ri || r instanceof PyFloat || r instanceof PyComplex;
        if (op == Arith.MATMUL) return null;
        if (op == Arith.MOD && (l instanceof PyStr || l instanceof PyBytes)) return null;
        if (op == Arith.MUL) {
            if (li && ri && bits(l) + bits(r) > 128) return null;
            if ((l instanceof PyStr || l instanceof PyTuple || l instanceof PyBytes) && ri || li && (r instanceof PyStr || r instanceof PyTuple || r instanceof PyBytes)) {
                PyObject seq = li ? r : l, n = li ? l : r;
                long cnt = n instanceof PyInt ? ((PyInt) n).value : Long.MAX_VALUE;
                long len = seq instanceof PyStr ? ((PyStr) seq).value.length() : seq instanceof PyTuple ? ((PyTuple) seq).items.length : ((PyBytes) seq).data.length;
                long limit = seq instanceof PyTuple ? 256 : 4096;
                if (cnt < 0) cnt = 0;
                if (len > 0 && cnt > limit / len) return null;
            } else if (!(lnum && rnum)) return null;
        } else if (op == Arith.POW) {
            if (li && ri) {
                if (Arith.big(r).signum() > 0 && (Arith.big(r).bitLength() > 31 || (long) bits(l) * Arith.big(r).longValue() > 128)) return null;
            } else if (!(lnum && rnum)) return null;
        } else if (op == Arith.LSHIFT) {
            if (!(li && ri)) return null;
            if (Arith.big(r).compareTo(java.math.BigInteger.valueOf(128)) > 0 || bits(l) + Arith.big(r).longValue() > 128) return null;
        } else if (op == Arith.ADD) {
            if (!(lnum && rnum) && !(l instanceof PyStr && r instanceof PyStr) && !(l instanceof PyTuple && r instanceof PyTuple)
                    && !(l instanceof PyBytes && r instanceof PyBytes)) return null;
        } else {
            if (!(lnum && rnum)) return null;
        }
        PyObject v = Ops.binary(l, r, op);
        if (bits(v) > 128 && !(op == Arith.ADD || op == Arith.SUB)) return null;
        return v;
    }

    /** The constants of a list/set display of more than two constant elements (folded by CPython), or null. */
    private PyObject[] constList(List<Expr> elts) {
        if (elts.size() <= 2) return null;
        PyObject[] out = new PyObject[elts.size()];
        for (int i = 0; i < out.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred) return null;
            out[i] = fold(x);
            if (out[i] == null) return null;
        }
        return out;
    }

    private boolean genStmt(Stmt s) { return u.generator && yields.contains((Record) s); }

    private StmtNode stmt0(Stmt s) {
        if (s instanceof Stmt.Expr e && interactive && u.scope.kind() == ScopeKind.MODULE) {
            return new Stmts.PrintExpr(expr(e.value()));
        }
        if (s instanceof Stmt.Expr e) {
            if (e.value() instanceof Expr.Constant) {
                StmtNode p = new Stmts.Pass();
                return p;
            }
            if (e.value() instanceof Expr.Yield y && u.generator) {
                return at(new Gen.YieldStmt(yieldValue(y, e.value().lineno())), y);
            }
            ExprNode value = expr(e.value());
            if (value instanceof Gen.YieldFrom delegation) return new Gen.YieldFromStmt(delegation);
            return new Stmts.ExprStmt(value);
        }
        if (s instanceof Stmt.Assign a && a.value() instanceof Expr.Yield y && u.generator && a.targets().size() == 1
                && !yields.contains((Record) a.targets().get(0))) {
            ExprNode yv = yieldValue(y, a.value().lineno());
            Stores.Target t = target(a.targets().get(0));
            if (u.marks) t = new Stores.Marked(t, a.targets().get(0) instanceof Expr.Name ? a.targets().get(0).lineno() : s.lineno());
            return at(new Gen.YieldAssign(t, yv), y);
        }
        if (s instanceof Stmt.Assign a) {
            ExprNode v = expr(a.value());
            v = after(v, a.targets().get(0) instanceof Expr.Name ? a.targets().get(0).lineno() : s.lineno());
            if (a.targets().size() == 1) {
                Stores.Target t = target(a.targets().get(0));
                if (t instanceof Stores.Fast) return new Stmts.AssignFast(((Stores.Fast) t).idx(), v);
                return new Stmts.Assign(t, v);
            }
            Stores.Target[] ts = new Stores.Target[a.targets().size()];
            for (int i = 0; i < ts.length; i++) ts[i] = target(a.targets().get(i));
            return new Stmts.AssignMulti(ts, v);
        }
        if (s instanceof Stmt.AugAssign a) {
            int op = binop(a.op());
            ExprNode v = after(expr(a.value()), s.lineno());
            Expr t = a.target();
            StmtNode aug = null;
            if (t instanceof Expr.Name n) {
                Stores.Target st = storeName(n.id());
                if (st instanceof Stores.Fast) aug = new Stmts.AugAssignFast(((Stores.Fast) st).idx(), n.id(), v, op);
                else aug = new Stmts.AugAssignVar(at(load(n.id()), t), st, v, op);
            }
            else if (t instanceof Expr.Attribute at) aug = new Stmts.AugAssignAttr(expr(at.value()), at.attr(), v, op);
            else if (t instanceof Expr.Subscript sub) aug = new Stmts.AugAssignItem(expr(sub.value()), after(expr(sub.slice()), sub.lineno()), v, op);
            if (aug != null) {
                // pc: the target's load and store; pc + 1: the operation, on the statement's range
                aug.pc = t instanceof Expr.Attribute at ? attrPos(at, at.end_lineno(), at.end_col_offset()) : pos((Located) t);
                pos(s);
                return aug;
            }
            throw error(a, "illegal expression for augmented assignment");
        }
        if (s instanceof Stmt.AnnAssign a) {
            ExprNode v = a.value() == null ? null : expr(a.value());
            if (a.target() instanceof Expr.Name n && a.simple() == 1) {
                boolean annotate = !u.scope.kind().isFunctionLike();
                if (!annotate && v == null) return null;
                if (!annotate) return new Stmts.Assign(storeName(n.id()), v);
                return new Stmts.AnnotateName(n.id(), annotationExpr(a.annotation()), v, storeName(n.id()));
            }
            if (v == null) {
                // evaluate target parts like CPython? just the annotation at module level
                return null;
            }
            return new Stmts.Assign(target(a.target()), v);
        }
        if (s instanceof Stmt.Return r) {
            if (r.value() != null && u.code.asyncGenerator) throw error(s, "'return' with value in async generator");
            return new Stmts.Return(r.value() == null ? null : after(expr(r.value()), s.lineno()));
        }
        if (s instanceof Stmt.Pass) return new Stmts.Pass();
        if (s instanceof Stmt.Break) return new Stmts.Break();
        if (s instanceof Stmt.Continue) return new Stmts.Continue();
        if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) return null;
        if (s instanceof Stmt.Delete d) {
            Stores.Target[] ts = new Stores.Target[d.targets().size()];
            for (int i = 0; i < ts.length; i++) ts[i] = target(d.targets().get(i));
            return new Stmts.Delete(ts);
        }
        if (s instanceof Stmt.If i) {
            ExprNode test = testExpr(i.test(), s.lineno());
            StmtNode b = body(i.body());
            StmtNode o = bodyOrNull(i.orelse());
            if (genStmt(s)) return new Gen.If(test, b, o, newState());
            return new Stmts.If(test, b, o);
        }
        if (s instanceof Stmt.While w) {
            ExprNode test = testExpr(w.test(), s.lineno());
            StmtNode b = body(w.body());
            StmtNode o = bodyOrNull(w.orelse());
            if (genStmt(s)) return new Gen.While(test, b, o, newState());
            return new Stmts.While(test, b, o);
        }
        if (s instanceof Stmt.For f) {
            ExprNode it = after(iterExpr(f.iter()), s.lineno());
            Stores.Target t = target(f.target());
            StmtNode b = body(f.body());
            StmtNode o = bodyOrNull(f.orelse());
            if (genStmt(s)) return new Gen.For(t, it, b, o, newState());
            return new Stmts.For(t, it, b, o);
        }
        if (s instanceof Stmt.Raise r) {
            return at(new Stmts.Raise(r.exc() == null ? null : after(expr(r.exc()), s.lineno()), r.cause() == null ? null : after(expr(r.cause()), s.lineno())), s);
        }
        if (s instanceof Stmt.Assert a) {
            if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) warn(a, "assertion is always true, perhaps remove parentheses?");
            // the AssertionError is made and raised on the location the test leaves current
            int raiseLine = jumpIfLine(a.test(), s.lineno());
            // and on the location it leaves: a comparison's (under any 'not's), else the statement's
            Expr test = a.test();
            while (test instanceof Expr.UnaryOp un && un.op() == org.herthon.interpreter.ast.UnaryOperator.Not) test = un.operand();
            Located where = test instanceof Expr.Compare ? (Located) test : s;
            return at(new Stmts.Assert(testExpr(a.test(), s.lineno()), a.msg() == null ? null : after(expr(a.msg()), raiseLine)), where);
        }
        if (s instanceof Stmt.Try t) return tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody());
        if (s instanceof Stmt.TryStar t) return tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody());
        if (s instanceof Stmt.With w) return withStmt(s, w.items(), 0, w.body());
        if (s instanceof Stmt.FunctionDef fd) return functionDef(fd.name(), fd.args(), fd.body(), fd.decorator_list(), fd.returns(), fd);
        if (s instanceof Stmt.ClassDef cd) return classDef(cd);
        if (s instanceof Stmt.Import im) {
            List<StmtNode> parts = new ArrayList<>();
            for (Alias al : im.names()) {
                StmtNode n;
                if (al.asname() == null) {
                    String top = al.name().split("\\.")[0];
                    n = new Stmts.ImportStmt(al.name(), null, storeName(top));
                } else {
                    n = new Stmts.ImportStmt(al.name(), al.asname(), storeName(al.asname()));
                }
                n.line = s.lineno();
                parts.add(n);
            }
            if (parts.size() == 1) return parts.get(0);
            Stmts.Block b = new Stmts.Block(parts.toArray(new StmtNode[0]));
            return b;
        }
        if (s instanceof Stmt.ImportFrom im) {
            if ("__future__".equals(im.module()) && im.level() == 0 && s.lineno() > futureLine) {
                throw error(s, "from __future__ imports must occur at the beginning of the file");
            }
            String[] names = new String[im.names().size()];
            Stores.Target[] ts = new Stores.Target[names.length];
            for (int i = 0; i < names.length; i++) {
                Alias al = im.names().get(i);
                names[i] = al.name();
                if (!al.name().equals("*")) ts[i] = storeName(al.asname() != null ? al.asname() : al.name());
            }
            return new Stmts.ImportFrom(im.module(), im.level(), names, ts);
        }
        if (s instanceof Stmt.Match m) return matchStmt(m);
        if (s instanceof Stmt.AsyncFunctionDef fd) return functionDef(fd.name(), fd.args(), fd.body(), fd.decorator_list(), fd.returns(), fd);
        if (s instanceof Stmt.AsyncFor f) {
            if (!isAsyncUnit()) throw error(s, "'async for' outside async function");
            ExprNode it = after(expr(f.iter()), s.lineno());
            Stores.Target t = target(f.target());
            StmtNode b = body(f.body());
            StmtNode o = bodyOrNull(f.orelse());
            return new Async.For(t, it, b, o, reserveState(3));
        }
        if (s instanceof Stmt.AsyncWith w) {
            if (!isAsyncUnit()) throw error(s, "'async with' outside async function");
            return asyncWithStmt(s, w.items(), 0, w.body());
        }
        throw error(s, "unsupported statement");
    }

    // ---- match statements ------------------------------------------------------------------------
    /** Per-case pattern compilation state: the names bound so far, in binding order. */
    private static final class PatternCtx {
        final List<String> names = new ArrayList<>();
        boolean allowIrrefutable;
    }

    private StmtNode matchStmt(Stmt.Match m) {
        ExprNode subject = expr(m.subject());
        Match.Case[] cases = new Match.Case[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            MatchCase mc = m.cases().get(i);
            PatternCtx pc = new PatternCtx();
            pc.allowIrrefutable = mc.guard() != null || i == cases.length - 1;
            int saved = u.stmtLine;
            u.stmtLine = mc.pattern().lineno();
            Match.Pat p = pattern(mc.pattern(), pc);
            ExprNode guard = mc.guard() == null ? null : expr(mc.guard());
            u.stmtLine = saved;
            Stores.Target[] ts = new Stores.Target[pc.names.size()];
            for (int k = 0; k < ts.length; k++) ts[k] = storeName(pc.names.get(k));
            StmtNode body = body(mc.body());
            cases[i] = new Match.Case(p, ts, guard, body, mc.pattern().lineno(), mc.guard() == null ? 0 : firstLineOr(mc.guard(), mc.guard().lineno()));
        }
        return new Match.Stmt(subject, cases, genStmt(m) ? newState() : -1);
    }

    private int bind(PatternCtx pc, String name, Pattern p) {
        if (pc.names.contains(name)) throw error(p, "multiple assignments to name '" + name + "' in pattern");
        pc.names.add(name);
        return pc.names.size() - 1;
    }

    private Match.Pat subpattern(Pattern p, PatternCtx pc) {
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        try {
            return pattern(p, pc);
        } finally {
            pc.allowIrrefutable = saved;
        }
    }

    private Match.Pat pattern(Pattern p, PatternCtx pc) {
        if (p instanceof Pattern.MatchValue v) {
            Expr e = v.value();
            if (!(e instanceof Expr.Constant || e instanceof Expr.Attribute || e instanceof Expr.UnaryOp || e instanceof Expr.BinOp)) {
                throw error(p, "patterns may only match literals and attribute lookups");
            }
            return new Match.Value(expr(e));
        }
        if (p instanceof Pattern.MatchSingleton sg) return new Match.Singleton(constant(sg.value()));
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null) {
                if (!pc.allowIrrefutable) {
                    if (a.name() != null) throw error(p, "name capture '" + a.name() + "' makes remaining patterns unreachable");
                    throw error(p, "wildcard makes remaining patterns unreachable");
                }
                return new Match.As(null, a.name() == null ? -1 : bind(pc, a.name(), p));
            }
            Match.Pat inner = pattern(a.pattern(), pc);
            return new Match.As(inner, a.name() == null ? -1 : bind(pc, a.name(), p));
        }
        if (p instanceof Pattern.MatchOr o) {
            Match.Pat[] alts = new Match.Pat[o.patterns().size()];
            List<String> before = new ArrayList<>(pc.names);
            List<String> first = null;
            boolean saved = pc.allowIrrefutable;
            for (int i = 0; i < alts.length; i++) {
                pc.names.clear();
                pc.names.addAll(before);
                pc.allowIrrefutable = i == alts.length - 1 && saved;
                alts[i] = pattern(o.patterns().get(i), pc);
                List<String> mine = new ArrayList<>(pc.names.subList(before.size(), pc.names.size()));
                if (first == null) first = mine;
                else {
                    if (!new java.util.HashSet<>(first).equals(new java.util.HashSet<>(mine)) || first.size() != mine.size()) {
                        throw error(o, "alternative patterns bind different names");
                    }
                    if (!first.equals(mine)) {
                        // same names in another order: bind into the first alternative's slots
                        alts[i] = new Reorder(alts[i], before.size(), mine, first);
                    }
                }
            }
            pc.allowIrrefutable = saved;
            pc.names.clear();
            pc.names.addAll(before);
            pc.names.addAll(first);
            return new Match.Or(alts);
        }
        if (p instanceof Pattern.MatchSequence sq) {
            List<Pattern> ps = sq.patterns();
            int star = -1, starSlot = -1;
            Match.Pat[] items = new Match.Pat[ps.size()];
            for (int i = 0; i < items.length; i++) {
                Pattern x = ps.get(i);
                if (x instanceof Pattern.MatchStar st) {
                    if (star >= 0) throw error(sq, "multiple starred names in sequence pattern");
                    star = i;
                    if (st.name() != null) starSlot = bind(pc, st.name(), x);
                    continue;
                }
                items[i] = x instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null ? null : subpattern(x, pc);
            }
            return new Match.Sequence(items, star, starSlot);
        }
        if (p instanceof Pattern.MatchMapping mm) {
            ExprNode[] keys = new ExprNode[mm.keys().size()];
            Match.Pat[] vals = new Match.Pat[keys.length];
            List<PyObject> seen = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                Expr k = mm.keys().get(i);
                if (k instanceof Expr.JoinedStr || !(k instanceof Expr.Constant || k instanceof Expr.Attribute || k instanceof Expr.UnaryOp || k instanceof Expr.BinOp)) {
                    throw error(p, "mapping pattern keys may only match literals and attribute lookups");
                }
                PyObject kc = fold(k);
                if (kc != null) {
                    for (PyObject o : seen) {
                        if (o.type() == kc.type() && Ops.isTrue(Ops.richCompare(o, kc, Ops.EQ)) || Ops.isTrue(Ops.richCompare(o, kc, Ops.EQ))) {
                            throw error(p, "mapping pattern checks duplicate key (" + Ops.repr(kc) + ")");
                        }
                    }
                    seen.add(kc);
                }
                keys[i] = expr(k);
            }
            for (int i = 0; i < keys.length; i++) vals[i] = subpattern(mm.patterns().get(i), pc);
            int rest = mm.rest() == null ? -1 : bind(pc, mm.rest(), p);
            return new Match.Mapping(keys, vals, rest);
        }
        if (p instanceof Pattern.MatchClass mc) {
            List<String> kn = mc.kwd_attrs();
            for (int i = 0; i < kn.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (kn.get(i).equals(kn.get(j))) throw error(mc.kwd_patterns().get(i), "attribute name repeated in class pattern: " + kn.get(i));
                }
            }
            ExprNode cls = expr(mc.cls());
            Match.Pat[] pos = new Match.Pat[mc.patterns().size()];
            for (int i = 0; i < pos.length; i++) pos[i] = subpattern(mc.patterns().get(i), pc);
            Match.Pat[] kp = new Match.Pat[kn.size()];
            for (int i = 0; i < kp.length; i++) kp[i] = subpattern(mc.kwd_patterns().get(i), pc);
            return new Match.ClassPat(cls, pos, kn.toArray(new String[0]), kp);
        }
        if (p instanceof Pattern.MatchStar) throw error(p, "can't use starred name here");
        throw error(p, "unsupported pattern");
    }

    /** An or-alternative that binds the same names as the first one, in another order. */
    private static final class Reorder extends Match.Pat {
        final Match.Pat inner;
        final int base;
        final int[] map;
        Reorder(Match.Pat inner, int base, List<String> mine, List<String> first) {
            this.inner = inner;
            this.base = base;
            map = new int[mine.size()];
            for (int i = 0; i < map.length; i++) map[i] = first.indexOf(mine.get(i));
        }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            PyObject[] tmp = b.clone();
            if (!inner.match(f, s, tmp)) return false;
            for (int i = 0; i < map.length; i++) b[base + map[i]] = tmp[base + i];
            return true;
        }
    }

    private StmtNode tryStmt(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        StmtNode b = body(body);
        Stmts.Handler[] hs = new Stmts.Handler[handlers.size()];
        for (int i = 0; i < hs.length; i++) {
            ExceptHandler h = handlers.get(i);
            int saved = u.stmtLine;
            u.stmtLine = h.lineno();
            ExprNode type = h.type() == null ? null : expr(h.type());
            u.stmtLine = saved;
            Stores.Target name = h.name() == null ? null : storeName(h.name());
            hs[i] = new Stmts.Handler(h.lineno(), type, name, body(h.body()));
        }
        StmtNode o = bodyOrNull(orelse);
        StmtNode fb = bodyOrNull(finalbody);
        if (s instanceof Stmt.TryStar) return genStmt(s) ? new Gen.TryStar(b, hs, o, fb, reserveState(6)) : new Stmts.TryStar(b, hs, o, fb);
        if (genStmt(s)) return new Gen.Try(b, hs, o, fb, reserveState(3));
        return new Stmts.Try(b, hs, o, fb);
    }

    private int reserveState(int n) {
        int s = u.nstate;
        u.nstate += n;
        return s;
    }

    private StmtNode withStmt(Stmt s, List<WithItem> items, int i, List<Stmt> body) {
        WithItem it = items.get(i);
        ExprNode ctx = expr(it.context_expr());
        Stores.Target t = it.optional_vars() == null ? null : target(it.optional_vars());
        StmtNode inner;
        if (i + 1 < items.size()) {
            StmtNode w = withStmt(s, items, i + 1, body);
            w.line = s.lineno();
            inner = genStmt(s) ? new Gen.Block(new StmtNode[]{w}, newState()) : new WithInner(w);
        } else {
            inner = body(body);
        }
        StmtNode n = genStmt(s) ? new Gen.With(ctx, t, inner, reserveState(2)) : new Stmts.With(ctx, t, inner);
        n.line = s.lineno();
        at(n, s);
        return n;
    }

    private StmtNode asyncWithStmt(Stmt s, List<WithItem> items, int i, List<Stmt> body) {
        WithItem it = items.get(i);
        ExprNode ctx = expr(it.context_expr());
        Stores.Target t = it.optional_vars() == null ? null : target(it.optional_vars());
        StmtNode inner;
        if (i + 1 < items.size()) {
            StmtNode w = asyncWithStmt(s, items, i + 1, body);
            w.line = s.lineno();
            inner = new Gen.Block(new StmtNode[]{w}, newState());
        } else {
            inner = body(body);
        }
        StmtNode n = new Async.With(ctx, t, inner, reserveState(5));
        n.line = s.lineno();
        at(n, s);
        return n;
    }

    /** Runs a nested with statement without a line event of its own (same statement). */
    private static final class WithInner extends StmtNode {
        final StmtNode s;
        WithInner(StmtNode s) { this.s = s; }
        @Override public PyObject exec(Frame f) { return s.exec(f); }
    }

    // ---- functions and classes ---------------------------------------------------------------
    private Unit newUnit(Scope scope, String name, int firstLine) {
        Unit nu = new Unit();
        nu.scope = scope;
        nu.parent = u;
        String q;
        if (u.scope.kind() == org.herthon.interpreter.scope.ScopeKind.MODULE) q = name;
        else if (u.scope.kind() == org.herthon.interpreter.scope.ScopeKind.CLASS) q = u.qualname + "." + name;
        else q = u.qualname + ".<locals>." + name;
        nu.qualname = q;
        nu.code = newCode(name, q, firstLine);
        nu.generator = scope.isGenerator();
        return nu;
    }

    /** Lays out fast locals, cells and frees for a function-like unit. */
    private void layout(Unit nu, boolean isClass) {
        Scope sc = nu.scope;
        List<String> varnames = isClass ? new ArrayList<>() : sc.varnames();
        List<String> cells = sc.cellvars();
        List<String> frees = sc.freevars();
        int i = 0;
        for (String v : varnames) nu.slots.put(v, i++);
        for (String c : cells) nu.slots.put(c, i++);
        for (String fv : frees) nu.slots.put(fv, i++);
        nu.nslots = i;
        PyCode c = nu.code;
        c.varnames = varnames.toArray(new String[0]);
        c.cellvars = cells.toArray(new String[0]);
        c.freevars = frees.toArray(new String[0]);
        if (!cells.isEmpty() || !frees.isEmpty()) {
            int[] c2a = new int[cells.size()];
            for (int k = 0; k < c2a.length; k++) {
                String cn = cells.get(k);
                // a cell that is also a parameter is in varnames (parameters come first there)
                c2a[k] = sc.varnames().indexOf(cn);
            }
            c.cell2arg = c2a;
        }
    }

    /** Slots (in the current unit) of the cells to pass as the closure of a new code object. */
    private int[] closureFor(Unit nu) {
        String[] frees = nu.code.freevars;
        int[] out = new int[frees.length];
        for (int i = 0; i < frees.length; i++) {
            Integer slot = u.slots.get(frees[i]);
            if (slot == null) throw new IllegalStateException("closure variable " + frees[i] + " not found in " + u.code.name);
            out[i] = slot;
        }
        return out;
    }

    private void setParams(PyCode c, Arguments a) {
        c.posonlyargcount = a.posonlyargs().size();
        c.argcount = a.posonlyargs().size() + a.args().size();
        c.kwonlyargcount = a.kwonlyargs().size();
        c.varargs = a.vararg() != null;
        c.varkw = a.kwarg() != null;
        c.simple = !c.varargs && !c.varkw && c.kwonlyargcount == 0;
    }

    private Defs.MakeFunction makeFunction(Unit nu, Arguments a, Expr returns, PyObject doc) {
        List<ExprNode> defs = new ArrayList<>();
        for (Expr d : a.defaults()) defs.add(expr(d));
        List<String> kwn = new ArrayList<>();
        List<ExprNode> kwv = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                kwn.add(a.kwonlyargs().get(i).arg());
                kwv.add(expr(d));
            }
        }
        List<String> an = new ArrayList<>();
        List<ExprNode> av = new ArrayList<>();
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Arg x : all) {
            if (x.annotation() != null) {
                an.add(x.arg());
                av.add(annotationExpr(x.annotation()));
            }
        }
        if (returns != null) {
            an.add("return");
            av.add(annotationExpr(returns));
        }
        return new Defs.MakeFunction(nu.code, defs.toArray(new ExprNode[0]), kwn.toArray(new String[0]), kwv.toArray(new ExprNode[0]),
                an.toArray(new String[0]), av.toArray(new ExprNode[0]), closureFor(nu), doc);
    }

    private StmtNode functionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, Stmt node) {
        Scope sc = scopes.scopeOf(node);
        int firstLine = decorators.isEmpty() ? node.lineno() : decorators.get(0).lineno();
        ExprNode[] decs = new ExprNode[decorators.size()];
        int[] decLines = new int[decs.length];
        for (int i = 0; i < decs.length; i++) {
            decs[i] = expr(decorators.get(i));
            decLines[i] = decorators.get(i).lineno();
        }
        Unit nu = newUnit(sc, written(node, name), firstLine);
        if (node instanceof Stmt.AsyncFunctionDef) {
            nu.code.coroutine = !nu.generator;
            nu.code.asyncGenerator = nu.generator;
            nu.generator = true;
        }
        setParams(nu.code, args);
        layout(nu, false);
        PyObject doc = PyNone.INSTANCE;
        List<Stmt> b = body;
        if (!b.isEmpty() && isDocstring(b.get(0))) {
            doc = constant(((Expr.Constant) ((Stmt.Expr) b.get(0)).value()).value());
            b = b.subList(1, b.size());
        }
        Unit saved = u;
        u = nu;
        nu.atBodyStart = true;
        StmtNode bodyNode = b.isEmpty() ? emptyBody(firstLine) : body(b);
        u = saved;
        finish(nu, bodyNode);
        Defs.MakeFunction mf = makeFunction(nu, args, returns, doc);
        if (u.marks) mf.makeLine = node.lineno();
        Stmts.Define d = new Stmts.Define(decs, decLines, node.lineno(), mf, storeName(name));
        d.line = firstLine;
        return d;
    }

    /** A function whose body is only a docstring: returns None at the def line without a line event. */
    private StmtNode emptyBody(int line) {
        StmtNode p = new Stmts.Pass();
        p.line = line;
        p.first = line;
        return new Stmts.Block1(p);
    }

    private void finish(Unit nu, StmtNode bodyNode) {
        PyCode c = nu.code;
        c.body = bodyNode;
        c.nslots = nu.nslots;
        c.nstate = nu.nstate;
        c.generator = nu.generator;
    }

    private StmtNode classDef(Stmt.ClassDef cd) {
        Scope sc = scopes.scopeOf(cd);
        int firstLine = cd.decorator_list().isEmpty() ? cd.lineno() : cd.decorator_list().get(0).lineno();
        ExprNode[] decs = new ExprNode[cd.decorator_list().size()];
        int[] decLines = new int[decs.length];
        for (int i = 0; i < decs.length; i++) {
            decs[i] = expr(cd.decorator_list().get(i));
            decLines[i] = cd.decorator_list().get(i).lineno();
        }
        Unit nu = newUnit(sc, written(cd, cd.name()), firstLine);
        nu.code.usesDictLocals = true;
        layout(nu, true);
        Unit saved = u;
        u = nu;
        List<StmtNode> out = new ArrayList<>();
        StmtNode setup = new ClassSetup(nu.qualname);
        setup.line = firstLine;
        out.add(setup);
        List<Stmt> b = cd.body();
        setupAnnotations(b, out);
        for (int i = 0; i < b.size(); i++) {
            Stmt s = b.get(i);
            if (i == 0 && isDocstring(s)) {
                StmtNode d = new Stmts.Assign(new Stores.Name("__doc__"), new Exprs.Const(constant(((Expr.Constant) ((Stmt.Expr) s).value()).value())));
                d.line = s.lineno();
                out.add(d);
                continue;
            }
            StmtNode n = stmt(s);
            if (n != null) out.add(n);
        }
        StmtNode bodyNode = block(out, false);
        u = saved;
        finish(nu, bodyNode);
        Defs.MakeFunction mf = new Defs.MakeFunction(nu.code, new ExprNode[0], new String[0], new ExprNode[0], new String[0], new ExprNode[0], closureFor(nu), PyNone.INSTANCE);
        List<ExprNode> bases = new ArrayList<>();
        boolean[] star = new boolean[cd.bases().size()];
        boolean anyStar = false;
        for (int i = 0; i < cd.bases().size(); i++) {
            Expr e = cd.bases().get(i);
            if (e instanceof Expr.Starred s) { star[i] = true; anyStar = true; bases.add(expr(s.value())); }
            else bases.add(expr(e));
        }
        String[] kwn = new String[cd.keywords().size()];
        ExprNode[] kwv = new ExprNode[kwn.length];
        for (int i = 0; i < kwn.length; i++) {
            kwn[i] = cd.keywords().get(i).arg();
            kwv[i] = expr(cd.keywords().get(i).value());
        }
        ExprNode make = new Defs.MakeClass(mf, written(cd, cd.name()), bases.toArray(new ExprNode[0]), anyStar ? star : null, kwn, kwv);
        if (!cd.decorator_list().isEmpty()) make = new Exprs.LineMark(make, cd.lineno());
        Stmts.Define d = new Stmts.Define(decs, decLines, cd.lineno(), make, storeName(cd.name()));
        d.line = firstLine;
        return d;
    }

    /** First instructions of a class body: __module__ and __qualname__. */
    private static final class ClassSetup extends StmtNode {
        final PyStr qualname;
        ClassSetup(String q) { qualname = PyStr.of(q); }
        @Override public PyObject exec(Frame f) {
            PyObject loc = f.locals;
            PyObject n = f.globals.getStr("__name__");
            if (PyDict.isExact(loc)) {
                PyDict ns = (PyDict) loc;
                if (n != null) ns.putStr("__module__", n);
                ns.putStr("__qualname__", qualname);
            } else {
                // a __prepare__d namespace sees these stores through its __setitem__, as in CPython
                if (n != null) Ops.setItem(loc, PyStr.of("__module__"), n);
                Ops.setItem(loc, PyStr.of("__qualname__"), qualname);
            }
            return null;
        }
    }

    // ---- expressions ---------------------------------------------------------------------------
    private ExprNode[] exprs(List<Expr> l) {
        ExprNode[] out = new ExprNode[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = expr(l.get(i));
        return out;
    }

    /** Compiles a sub-expression; in generators, children of yield-containing expressions are saved. */
    private ExprNode expr(Expr e) {
        PyObject k = fold(e);
        if (k != null) {
            ExprNode c = new Exprs.Const(k);
            return u.marks ? new Exprs.LineMark(c, e.lineno()) : c;
        }
        ExprNode n = expr0(e);
        if (u.marks && (e instanceof Expr.Name || e instanceof Expr.Lambda || e instanceof Expr.ListComp || e instanceof Expr.SetComp
                || e instanceof Expr.DictComp || e instanceof Expr.GeneratorExp)) {
            n = new Exprs.LineMark(n, e instanceof Expr.Lambda ? e.lineno() : e.lineno());
        }
        return n;
    }

    private ExprNode child(Expr parent, Expr c) {
        ExprNode n = expr(c);
        if (u.generator && yields.contains((Record) parent) && !(parent instanceof Expr.Yield) && !(parent instanceof Expr.YieldFrom)) {
            n = new Gen.Save(n, newState());
        }
        return n;
    }

    private ExprNode[] children(Expr parent, List<Expr> l) {
        ExprNode[] out = new ExprNode[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = child(parent, l.get(i));
        return out;
    }

    private static int binop(Operator op) {
        switch (op) {
            case Add: return Arith.ADD;
            case Sub: return Arith.SUB;
            case Mult: return Arith.MUL;
            case MatMult: return Arith.MATMUL;
            case Div: return Arith.TRUEDIV;
            case Mod: return Arith.MOD;
            case Pow: return Arith.POW;
            case LShift: return Arith.LSHIFT;
            case RShift: return Arith.RSHIFT;
            case BitOr: return Arith.OR;
            case BitXor: return Arith.XOR;
            case BitAnd: return Arith.AND;
            default: return Arith.FLOORDIV;
        }
    }

    private static int cmpop(CmpOp op) {
        switch (op) {
            case Eq: return Ops.EQ;
            case NotEq: return Ops.NE;
            case Lt: return Ops.LT;
            case LtE: return Ops.LE;
            case Gt: return Ops.GT;
            case GtE: return Ops.GE;
            case Is: return Exprs.IS;
            case IsNot: return Exprs.IS_NOT;
            case In: return Exprs.IN;
            default: return Exprs.NOT_IN;
        }
    }

    public static PyObject constant(Object v) {
        if (v == null) return PyNone.INSTANCE;
        if (v instanceof PyObject) return (PyObject) v;  // an object the runtime put in a tree (compile's "single" mode)
        if (v instanceof Boolean) return PyBool.of((Boolean) v);
        if (v instanceof Long) return PyInt.of((Long) v);
        if (v instanceof Integer) return PyInt.of((Integer) v);
        if (v instanceof BigInteger) return PyInt.of((BigInteger) v);
        if (v instanceof Double) return new PyFloat((Double) v);
        if (v instanceof String) return PyStr.of(((String) v).intern());
        if (v instanceof org.herthon.interpreter.ast.Bytes) return new PyBytes(((org.herthon.interpreter.ast.Bytes) v).toByteArray());
        if (v instanceof org.herthon.interpreter.ast.Ellipsis) return PyEllipsis.INSTANCE;
        if (v instanceof Imaginary) return new PyComplex(0, ((Imaginary) v).imag());
        throw new IllegalArgumentException("constant " + v.getClass());
    }

    // ---- source positions (co_positions, PEP 657) -------------------------------------------
    /** Records e's range as a position of the code being compiled; returns its index. */
    private int pos(Located e) {
        return addPosition(e.lineno(), e.end_lineno(), e.col_offset(), e.end_col_offset());
    }

    /** Records a position given in the tree's UTF-16 columns; code positions hold UTF-8 byte columns, as CPython's. */
    private int addPosition(int line, int endLine, int col, int endCol) {
        if (interp.noDebugRanges) return u.code.addPosition(line, line, -1, -1);
        return u.code.addPosition(line, endLine, byteCol(line, col), byteCol(endLine, endCol));
    }

    private int colLine = -1;
    private String colText;
    private boolean colAscii;

    private int byteCol(int line, int col) {
        if (col <= 0 || source == null) return col;
        if (line != colLine) {
            colLine = line;
            colText = source.line(line);
            colAscii = true;
            if (colText != null) {
                for (int i = 0; i < colText.length(); i++) {
                    if (colText.charAt(i) >= 0x80) { colAscii = false; break; }
                }
            }
        }
        if (colAscii || colText == null) return col;
        int n = Math.min(col, colText.length());
        return colText.substring(0, n).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + (col - n);
    }

    /** Gives node n the position of e. */
    private <T extends ExprNode> T at(T n, Located e) {
        if (n.pc < 0) n.pc = pos(e);
        return n;
    }

    private <T extends StmtNode> T at(T n, Located e) {
        n.pc = pos(e);
        return n;
    }

    /**
     * The position CPython 3.11 gives an attribute load (and a method call through it): the
     * attribute's range, but one spanning lines starts at the name after the dot.
     */
    private int attrPos(Expr.Attribute a, int endLine, int endCol) {
        int line = a.lineno(), col = a.col_offset();
        if (line != a.end_lineno()) {
            line = a.end_lineno();
            int len = a.attr().length();
            col = len <= a.end_col_offset() ? a.end_col_offset() - len : -1;
            if (col < 0) {
                endCol = -1;
                return u.code.addPosition(line, interp.noDebugRanges ? line : endLine, -1, -1);
            }
        }
        return addPosition(line, endLine, col, endCol);
    }

    private ExprNode expr0(Expr e) {
        ExprNode n = expr1(e);
        if (e instanceof Expr.Attribute a && n instanceof Exprs.GetAttr && n.pc < 0) {
            n.pc = attrPos(a, a.end_lineno(), a.end_col_offset());
            return n;
        }
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && n.pc < 0
                && (n instanceof Calls.CallMethod0 || n instanceof Calls.CallMethod1 || n instanceof Calls.CallMethod2 || n instanceof Calls.CallMethodN)) {
            n.pc = attrPos(a, a.end_lineno(), a.end_col_offset());
            int call = u.code.npositions;
            attrPos(a, c.end_lineno(), c.end_col_offset());
            assert call == n.pc + 1;
            return n;
        }
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.Compare || e instanceof Expr.Subscript
                || e instanceof Expr.Call || e instanceof Expr.Name || n instanceof Defs.Comprehension
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await || e instanceof Expr.FormattedValue
                || e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.Set || e instanceof Expr.Dict) {
            return at(n, (Located) e);
        }
        return n;
    }

    private ExprNode expr1(Expr e) {
        if (e instanceof Expr.Constant c) return new Exprs.Const(constant(c.value()));
        if (e instanceof Expr.Name n) return load(n.id());
        if (e instanceof Expr.BinOp b) {
            int op = binop(b.op());
            ExprNode l = child(e, b.left());
            if (op == Arith.SUB && b.right() instanceof Expr.Constant c && c.value() instanceof Long && !u.generator && !u.marks) {
                return new Exprs.SubConst(l, PyInt.of((Long) c.value()));
            }
            if (op == Arith.ADD && b.right() instanceof Expr.Constant c && c.value() instanceof Long && !u.generator && !u.marks) {
                return new Exprs.AddConst(l, PyInt.of((Long) c.value()));
            }
            ExprNode r = after(child(e, b.right()), e.lineno());
            switch (op) {
                case Arith.ADD: return new Exprs.Add(l, r);
                case Arith.SUB: return new Exprs.Sub(l, r);
                case Arith.MUL: return new Exprs.Mul(l, r);
                default: return new Exprs.Binary(l, r, op);
            }
        }
        if (e instanceof Expr.UnaryOp un) {
            ExprNode o = after(child(e, un.operand()), e.lineno());
            switch (un.op()) {
                case Not: return new Exprs.Not(o);
                case USub:
                    if (un.operand() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof Double || c.value() instanceof BigInteger)) {
                        return new Exprs.Const(Ops.neg(constant(c.value())));
                    }
                    return new Exprs.Neg(o);
                case UAdd: return new Exprs.Pos(o);
                default: return new Exprs.Invert(o);
            }
        }
        if (e instanceof Expr.BoolOp b) {
            ExprNode[] vals = children(e, b.values());
            for (int i = 0; i < vals.length - 1; i++) vals[i] = after(vals[i], e.lineno());
            return b.op() == BoolOperator.And ? new Exprs.And(vals) : new Exprs.Or(vals);
        }
        if (e instanceof Expr.Compare c) {
            checkCompare(c);
            if (c.ops().size() == 1) {
                int op = cmpop(c.ops().get(0));
                ExprNode l = child(e, c.left());
                if (op == Ops.LT && c.comparators().get(0) instanceof Expr.Constant k && k.value() instanceof Long && !u.generator && !u.marks) {
                    return new Exprs.LtConst(l, PyInt.of((Long) k.value()));
                }
                return new Exprs.Compare(l, after(comparator(e, c.comparators().get(0), op), e.lineno()), op);
            }
            ExprNode[] operands = new ExprNode[c.ops().size() + 1];
            operands[0] = child(e, c.left());
            int[] ops = new int[c.ops().size()];
            for (int i = 0; i < ops.length; i++) ops[i] = cmpop(c.ops().get(i));
            for (int i = 0; i < c.comparators().size(); i++) operands[i + 1] = after(comparator(e, c.comparators().get(i), ops[i]), e.lineno());
            return new Exprs.ChainCompare(operands, ops);
        }
        if (e instanceof Expr.IfExp i) return new Exprs.IfExp(child(e, i.test()), child(e, i.body()), child(e, i.orelse()));
        if (e instanceof Expr.Attribute a) return new Exprs.GetAttr(after(child(e, a.value()), e.end_lineno()), a.attr());
        if (e instanceof Expr.Subscript s) {
            checkSubscript(s);
            return new Exprs.GetItem(child(e, s.value()), after(child(e, s.slice()), e.lineno()));
        }
        if (e instanceof Expr.Slice s) {
            return new Exprs.MakeSlice(s.lower() == null ? null : child(e, s.lower()), s.upper() == null ? null : child(e, s.upper()),
                    s.step() == null ? null : child(e, s.step()));
        }
        if (e instanceof Expr.Tuple t) return new Exprs.TupleDisplay(elements(e, t.elts()), starFlags(t.elts()));
        if (e instanceof Expr.List l) {
            PyObject[] cl = constList(l.elts());
            if (cl != null) return leafMark(new Defs.ListFromConst(cl, false), e.lineno());
            return new Exprs.ListDisplay(elements(e, l.elts()), starFlags(l.elts()));
        }
        if (e instanceof Expr.Set s) {
            PyObject[] cl = constList(s.elts());
            if (cl != null) return leafMark(new Defs.ListFromConst(cl, true), e.lineno());
            return new Exprs.SetDisplay(elements(e, s.elts()), starFlags(s.elts()));
        }
        if (e instanceof Expr.Dict d) {
            ExprNode[] ks = new ExprNode[d.keys().size()];
            ExprNode[] vs = new ExprNode[ks.length];
            for (int i = 0; i < ks.length; i++) {
                ks[i] = d.keys().get(i) == null ? null : child(e, d.keys().get(i));
                vs[i] = child(e, d.values().get(i));
            }
            if (vs.length > 0) vs[vs.length - 1] = after(vs[vs.length - 1], e.lineno());
            return new Exprs.DictDisplay(ks, vs);
        }
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.Lambda l) return lambda(l);
        if (e instanceof Expr.JoinedStr j) {
            ExprNode[] parts = children(e, j.values());
            if (parts.length > 0) parts[parts.length - 1] = after(parts[parts.length - 1], e.lineno());
            if (parts.length == 1 && j.values().get(0) instanceof Expr.FormattedValue) return parts[0];
            return new Exprs.JoinedStr(parts);
        }
        if (e instanceof Expr.FormattedValue fv) {
            ExprNode val = child(e, fv.value());
            ExprNode spec = fv.format_spec() == null ? null : child(e, fv.format_spec());
            if (spec != null) spec = after(spec, e.lineno()); else val = after(val, e.lineno());
            return new Exprs.FormattedValue(val, fv.conversion(), spec);
        }
        if (e instanceof Expr.NamedExpr ne) return new Exprs.NamedExpr(after(child(e, ne.value()), ne.target().lineno()), target(ne.target()));
        if (e instanceof Expr.ListComp c) return comprehension(c, "<listcomp>", c.generators(), c.elt(), null, 0);
        if (e instanceof Expr.SetComp c) return comprehension(c, "<setcomp>", c.generators(), c.elt(), null, 1);
        if (e instanceof Expr.DictComp c) return comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), 2);
        if (e instanceof Expr.GeneratorExp c) return comprehension(c, "<genexpr>", c.generators(), c.elt(), null, 3);
        if (e instanceof Expr.Yield y) return new Gen.Yield(yieldValue(y, e.lineno()));
        if (e instanceof Expr.YieldFrom y) {
            if (u.code.asyncGenerator) throw error(y, "'yield from' inside async function");
            return new Gen.YieldFrom(expr(y.value()), newState());
        }
        if (e instanceof Expr.Await a) {
            if (!isAsyncUnit()) {
                throw error(a, u.scope.kind() == org.herthon.interpreter.scope.ScopeKind.MODULE || u.scope.kind() == org.herthon.interpreter.scope.ScopeKind.CLASS
                        ? "'await' outside function" : "'await' outside async function");
            }
            return new Async.Await(after(expr(a.value()), e.lineno()), newState());
        }
        if (e instanceof Expr.Starred s) throw error(s, "can't use starred expression here");
        throw error((Located) e, "unsupported expression");
    }

    private boolean isAsyncUnit() { return u.code.coroutine || u.code.asyncGenerator; }

    /** The value a yield offers; an async generator's is wrapped for its asend/athrow awaitables. */
    private ExprNode yieldValue(Expr.Yield y, int line) {
        ExprNode v = y.value() == null ? null : after(expr(y.value()), line);
        return u.code.asyncGenerator ? new Async.Wrap(v) : v;
    }

    /** The iterable of a for loop: a list of constants is iterated as a constant tuple (CPython's fold_iter). */
    private ExprNode iterExpr(Expr it) {
        if (it instanceof Expr.List l && !l.elts().isEmpty()) {
            PyObject[] items = new PyObject[l.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = l.elts().get(i) instanceof Expr.Starred ? null : fold(l.elts().get(i));
                if (items[i] == null) return expr(it);
            }
            return leafMark(new Exprs.Const(PyTuple.of(items)), it.lineno());
        }
        return expr(it);
    }

    private ExprNode leafMark(ExprNode n, int line) {
        return u.marks ? new Exprs.LineMark(n, line) : n;
    }

    /** Right operand of a comparison; 'in' over a list/set of constants becomes a constant tuple/frozenset. */
    private ExprNode comparator(Expr parent, Expr c, int op) {
        if ((op == Exprs.IN || op == Exprs.NOT_IN) && (c instanceof Expr.List || c instanceof Expr.Set)) {
            List<Expr> elts = c instanceof Expr.List l ? l.elts() : ((Expr.Set) c).elts();
            PyObject[] items = new PyObject[elts.size()];
            boolean ok = true;
            for (int i = 0; i < items.length && ok; i++) {
                items[i] = elts.get(i) instanceof Expr.Starred ? null : fold(elts.get(i));
                if (items[i] == null) ok = false;
            }
            if (ok) {
                PyObject k = c instanceof Expr.List ? PyTuple.of(items) : PySet.from(PyTuple.of(items), true);
                return leafMark(new Exprs.Const(k), c.lineno());
            }
        }
        return child(parent, c);
    }

    private ExprNode[] elements(Expr parent, List<Expr> elts) {
        ExprNode[] out = new ExprNode[elts.size()];
        for (int i = 0; i < out.length; i++) {
            Expr x = elts.get(i);
            out[i] = x instanceof Expr.Starred s ? child(parent, s.value()) : child(parent, x);
        }
        if (out.length > 0) out[out.length - 1] = after(out[out.length - 1], parent.lineno());
        return out;
    }

    private static boolean[] starFlags(List<Expr> elts) {
        boolean any = false;
        boolean[] f = new boolean[elts.size()];
        for (int i = 0; i < f.length; i++) if (elts.get(i) instanceof Expr.Starred) { f[i] = true; any = true; }
        return any ? f : null;
    }

    private ExprNode call(Expr.Call c) {
        checkCaller(c);
        boolean simple = true;
        for (Expr a : c.args()) if (a instanceof Expr.Starred) simple = false;
        for (Keyword k : c.keywords()) if (k.arg() == null) simple = false;
        // zero-argument super()
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && u.scope.kind().isFunctionLike() && u.scope.kindOf("super") == NameKind.GLOBAL_IMPLICIT) {
            Integer cls = u.slots.get("__class__");
            int first = u.code.argcount > 0 || u.code.varargs ? 0 : -1;
            Integer firstCell = null;
            if (first == 0 && u.code.varnames.length > 0) {
                String fn = u.code.varnames[0];
                if (u.scope.kindOf(fn) == NameKind.CELL) firstCell = u.slots.get(fn);
            }
            return new SuperCall(load("super"), cls == null ? -1 : cls, first, firstCell == null ? -1 : firstCell, u.code.varargs && u.code.argcount == 0);
        }
        if (!simple) {
            ExprNode fn = child(c, c.func());
            ExprNode[] pos = new ExprNode[c.args().size()];
            boolean[] star = new boolean[pos.length];
            for (int i = 0; i < pos.length; i++) {
                Expr a = c.args().get(i);
                if (a instanceof Expr.Starred s) { star[i] = true; pos[i] = child(c, s.value()); }
                else pos[i] = child(c, a);
            }
            String[] kwn = new String[c.keywords().size()];
            ExprNode[] kwv = new ExprNode[kwn.length];
            for (int i = 0; i < kwn.length; i++) {
                kwn[i] = c.keywords().get(i).arg();
                kwv[i] = child(c, c.keywords().get(i).value());
            }
            int cl = c.func() instanceof Expr.Attribute fa ? fa.end_lineno() : c.lineno();
            if (kwv.length > 0) kwv[kwv.length - 1] = after(kwv[kwv.length - 1], cl);
            else if (pos.length > 0) pos[pos.length - 1] = after(pos[pos.length - 1], cl);
            else fn = after(fn, cl);
            return new Calls.CallStar(fn, pos, star, kwn, kwv);
        }
        int npos = c.args().size(), nkw = c.keywords().size();
        ExprNode[] args = new ExprNode[npos + nkw];
        String[] kwnames = nkw == 0 ? null : new String[nkw];
        if (c.func() instanceof Expr.Attribute a) {
            int al = a.end_lineno();
            ExprNode obj = after(child(c, a.value()), al);
            for (int i = 0; i < npos; i++) args[i] = child(c, c.args().get(i));
            for (int i = 0; i < nkw; i++) {
                kwnames[i] = c.keywords().get(i).arg();
                args[npos + i] = child(c, c.keywords().get(i).value());
            }
            if (args.length > 0) args[args.length - 1] = after(args[args.length - 1], al);
            if (nkw == 0) {
                switch (npos) {
                    case 0: return new Calls.CallMethod0(obj, a.attr());
                    case 1: return new Calls.CallMethod1(obj, a.attr(), args[0]);
                    case 2: return new Calls.CallMethod2(obj, a.attr(), args[0], args[1]);
                    default: break;
                }
            }
            return new Calls.CallMethodN(obj, a.attr(), args, kwnames);
        }
        ExprNode fn = child(c, c.func());
        for (int i = 0; i < npos; i++) args[i] = child(c, c.args().get(i));
        for (int i = 0; i < nkw; i++) {
            kwnames[i] = c.keywords().get(i).arg();
            args[npos + i] = child(c, c.keywords().get(i).value());
        }
        if (args.length > 0) args[args.length - 1] = after(args[args.length - 1], c.lineno());
        else fn = after(fn, c.lineno());
        if (nkw == 0) {
            switch (npos) {
                case 0: return new Calls.Call0(fn);
                case 1: return new Calls.Call1(fn, args[0]);
                case 2: return new Calls.Call2(fn, args[0], args[1]);
                case 3: return new Calls.Call3(fn, args[0], args[1], args[2]);
                default: break;
            }
        }
        return new Calls.CallN(fn, args, kwnames);
    }

    /** super() without arguments: uses the __class__ cell and the first argument. */
    private static final class SuperCall extends ExprNode {
        final ExprNode superFn;
        final int classSlot, firstSlot, firstCell;
        final boolean firstFromVarargs;
        SuperCall(ExprNode superFn, int classSlot, int firstSlot, int firstCell, boolean fromVarargs) {
            this.superFn = superFn; this.classSlot = classSlot; this.firstSlot = firstSlot; this.firstCell = firstCell; this.firstFromVarargs = fromVarargs;
        }
        @Override public PyObject eval(Frame f) {
            PyObject fn = superFn.eval(f);
            if (fn != org.herthon.interpreter.builtins.BuiltinsModule.SUPER_TYPE) return fn.call0();
            if (classSlot < 0) throw Err.runtimeError("super(): __class__ cell not found");
            PyObject cls = ((PyCell) f.fast[classSlot]).value;
            if (cls == null) throw Err.runtimeError("super(): empty __class__ cell");
            if (firstSlot < 0) throw Err.runtimeError("super(): no arguments");
            PyObject self;
            if (firstFromVarargs) {
                PyTuple t = (PyTuple) f.fast[0];
                if (t.items.length == 0) throw Err.runtimeError("super(): no arguments");
                self = t.items[0];
            } else if (firstCell >= 0) self = ((PyCell) f.fast[firstCell]).value;
            else self = f.fast[firstSlot];
            if (self == null) throw Err.runtimeError("super(): arg[0] deleted");
            if (!(cls instanceof PyType)) throw Err.runtimeError("super(): __class__ is not a type (" + cls.type().name + ")");
            return new PySuper((PyType) cls, self);
        }
    }

    private ExprNode lambda(Expr.Lambda l) {
        Scope sc = scopes.scopeOf(l);
        Unit nu = newUnit(sc, "<lambda>", l.lineno());
        setParams(nu.code, l.args());
        layout(nu, false);
        Unit saved = u;
        u = nu;
        u.stmtLine = l.lineno();
        nu.marks = l.end_lineno() > l.lineno();
        StmtNode ret;
        if (nu.generator) {
            // a generator lambda returns its body's value too (StopIteration.value, bpo-23192)
            StmtNode es = new Stmts.Return(expr(l.body()));
            es.line = l.lineno();
            ret = new Gen.Block(new StmtNode[]{es}, newState());
        } else {
            StmtNode r = new Stmts.Return(after(expr(l.body()), l.lineno()));
            r.line = l.body().lineno();
            r.first = nu.marks ? firstLineOr(l.body(), l.lineno()) : l.lineno();
            ret = new Stmts.Block1(r);
        }
        u = saved;
        finish(nu, ret);
        return makeFunction(nu, l.args(), null, PyNone.INSTANCE);
    }

    /**
     * A condition compiled as CPython's compiler_jump_if does with the code location at 'loc': each
     * conditional jump (one per and/or operand) is an instruction on the location current then, so
     * a line mark follows each operand.
     */
    private ExprNode testExpr(Expr test, int loc) {
        if (!u.marks) return expr(test);
        if (test instanceof Expr.BoolOp b) {
            ExprNode[] vals = new ExprNode[b.values().size()];
            int l = loc;
            for (int i = 0; i < vals.length; i++) {
                Expr v = b.values().get(i);
                vals[i] = testExpr(v, l);
                l = jumpIfLine(v, l);
            }
            return b.op() == BoolOperator.And ? new Exprs.And(vals) : new Exprs.Or(vals);
        }
        if (test instanceof Expr.IfExp) return expr(test);
        if (test instanceof Expr.UnaryOp un && un.op() == org.herthon.interpreter.ast.UnaryOperator.Not) {
            // no UNARY_NOT in a jump: the jump's sense flips
            return new Exprs.Not(testExpr(un.operand(), loc));
        }
        return after(expr(test), jumpIfLine(test, loc));
    }

    /** A statement that only reports a line (an instruction with nothing else to do, such as a jump). */
    private StmtNode lineOnly(int line, boolean gen) {
        StmtNode p = new Stmts.Pass();
        p.line = line;
        p.first = line;
        StmtNode b = gen ? new Gen.Block(new StmtNode[]{p}, newState()) : new Stmts.Block1(p);
        b.line = line;
        b.first = line;
        return b;
    }

    /** The code location after compiler_jump_if(test) when it was 'loc' before: comparisons move it to their line. */
    private static int jumpIfLine(Expr test, int loc) {
        if (test instanceof Expr.Compare) return test.lineno();
        if (test instanceof Expr.UnaryOp u && u.op() == org.herthon.interpreter.ast.UnaryOperator.Not) return jumpIfLine(u.operand(), loc);
        if (test instanceof Expr.BoolOp b) {
            for (Expr v : b.values()) loc = jumpIfLine(v, loc);
            return loc;
        }
        if (test instanceof Expr.IfExp ie) return jumpIfLine(ie.orelse(), jumpIfLine(ie.body(), jumpIfLine(ie.test(), loc)));
        return loc;
    }

    private ExprNode comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, int kind) {
        Scope sc = scopes.scopeOf(node);
        boolean isAsync = yields.isAsyncComp(gens, elt, value);
        if (isAsync && kind != 3 && !isAsyncUnit()) {
            throw error((Located) node, "asynchronous comprehension outside of an asynchronous function");
        }
        Unit nu = newUnit(sc, name, node.lineno());
        nu.code.argcount = 1;
        nu.code.simple = true;
        if (isAsync) {
            nu.generator = true;
            if (kind == 3) nu.code.asyncGenerator = true; else nu.code.coroutine = true;
        }
        layout(nu, false);
        // outermost iterable is compiled in the enclosing scope
        ExprNode outer = after(iterExpr(gens.get(0).iter()), node.lineno());
        if (gens.get(0).is_async() != 0) outer = new Async.AIter(outer);
        Unit saved = u;
        u = nu;
        nu.marks = node.end_lineno() > node.lineno();
        int line = node.lineno();
        int resultSlot = kind == 3 ? -1 : newSlot();
        // CPython's code location moves to a comparison used as an 'if' test (compiler_jump_if) and
        // stays there: for the conditional jump, the next generator's GET_ITER/FOR_ITER, the
        // append, the jumps back and the return. Other tests leave the comprehension's line.
        int loc = line;
        int[] forLines = new int[gens.size()];
        int[][] jumpLines = new int[gens.size()][];
        for (int i = 0; i < gens.size(); i++) {
            forLines[i] = i == 0 ? line : loc;
            List<Expr> ifs = gens.get(i).ifs();
            jumpLines[i] = new int[ifs.size()];
            for (int k = 0; k < ifs.size(); k++) {
                jumpLines[i][k] = loc;   // the location before the test
                loc = jumpIfLine(ifs.get(k), loc);
            }
        }
        int opLine = loc;
        StmtNode inner;
        if (kind == 0) inner = new Defs.ListAppend(resultSlot, after(expr(elt), opLine));
        else if (kind == 1) inner = new Defs.SetAdd(resultSlot, after(expr(elt), opLine));
        else if (kind == 2) inner = new Defs.DictSet(resultSlot, expr(elt), after(expr(value), opLine));
        else {
            ExprNode yv = after(expr(elt), opLine);
            inner = new Gen.YieldStmt(isAsync ? new Async.Wrap(yv) : yv);
        }
        inner.line = line;
        inner.first = nu.marks ? firstLineOr(elt, line) : line;
        boolean gen = kind == 3 || isAsync;
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension g = gens.get(i);
            StmtNode body = inner;
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                ExprNode test = testExpr(g.ifs().get(k), jumpLines[i][k]);
                StmtNode wrapped = gen ? new Gen.Block(new StmtNode[]{body}, newState()) : new Stmts.Block1(body);
                // a failed test jumps to the JUMP back to the loop, on the final location
                StmtNode failed = nu.marks ? lineOnly(opLine, gen) : null;
                StmtNode ifn = gen ? new Gen.If(test, wrapped, failed, newState()) : new Stmts.If(test, wrapped, failed);
                ifn.line = line;
                ifn.first = nu.marks ? firstLineOr(g.ifs().get(k), line) : line;
                body = ifn;
            }
            ExprNode iter = i == 0 ? new Exprs.LoadFast(0, ".0") : after(iterExpr(g.iter()), forLines[i]);
            Stores.Target t = target(g.target());
            if (nu.marks) t = new Stores.Marked(t, g.target().lineno());
            StmtNode blk = gen ? new Gen.Block(new StmtNode[]{body}, newState()) : new Stmts.Block1(body);
            StmtNode forn = g.is_async() != 0 ? new Async.For(t, iter, blk, null, reserveState(3))
                    : gen ? new Gen.For(t, iter, blk, null, newState()) : new Stmts.For(t, iter, blk, null);
            if (i == 0) {
                if (forn instanceof Async.For) ((Async.For) forn).direct = true;
                else if (forn instanceof Gen.For) ((Gen.For) forn).direct = true; else ((Stmts.For) forn).direct = true;
            }
            forn.line = forLines[i];
            forn.first = i == 0 || !nu.marks ? line : firstLineOr(g.iter(), line);
            inner = forn;
            if (i > 0 && nu.marks) {
                // an exhausted inner loop goes on with the JUMP back to the outer loop, on the final location
                StmtNode done = lineOnly(opLine, gen);
                inner = gen ? new Gen.Block(new StmtNode[]{forn, done}, newState()) : new Stmts.Block(new StmtNode[]{forn, done});
                inner.line = forn.line;
                inner.first = forn.first;
            }
        }
        List<StmtNode> stmts = new ArrayList<>();
        if (kind != 3) {
            StmtNode init = new Defs.InitSlot(resultSlot, kind);
            init.line = line;
            init.first = line;
            stmts.add(init);
        }
        stmts.add(inner);
        if (kind != 3) {
            StmtNode ret = new Stmts.Return(new Exprs.LoadFast(resultSlot, ".result"));
            ret.line = opLine;
            ret.first = opLine;
            stmts.add(ret);
        }
        StmtNode bodyNode = gen ? new Gen.Block(stmts.toArray(new StmtNode[0]), newState()) : new Stmts.Block(stmts.toArray(new StmtNode[0]));
        u = saved;
        finish(nu, bodyNode);
        nu.code.varnames = java.util.Arrays.copyOf(nu.code.varnames, nu.code.varnames.length);
        Defs.MakeFunction mf = new Defs.MakeFunction(nu.code, new ExprNode[0], new String[0], new ExprNode[0], new String[0], new ExprNode[0], closureFor(nu), PyNone.INSTANCE);
        boolean asyncOuter = gens.get(0).is_async() != 0;
        if (isAsync && kind != 3) return new Async.Await(new Defs.Comprehension(mf, outer, asyncOuter), newState());
        return new Defs.Comprehension(mf, outer, asyncOuter);
    }
}
