package org.herthon.interpreter.parser;

import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.ast.CmpOp;
import org.herthon.interpreter.ast.Ellipsis;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.ExprContext;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, or reports
 * why it cannot be one with CPython's wording ("cannot assign to function call", ...).
 * Only Name, Attribute, Subscript, and (for assignment) Starred, List and Tuple of targets are valid.
 */
final class Targets {

    private Targets() {}

    /** What the target is for; CPython words some errors differently per kind. */
    enum Kind { ASSIGN, FOR, WITH, ANNOTATION }

    static Expr toStore(Parser p, Expr e, Kind kind) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw p.errorAt(e, "cannot assign to yield expression");
        }
        Expr invalid = invalidTarget(e, false, kind == Kind.FOR);
        if (invalid != null) throw p.errorAt(invalid, "cannot assign to " + describe(invalid));
        return withContext(e, ExprContext.Store);
    }

    static Expr toDelete(Parser p, Expr e) {
        Expr invalid = invalidTarget(e, true, false);
        if (invalid != null) throw p.errorAt(invalid, "cannot delete " + describe(invalid));
        return withContext(e, ExprContext.Del);
    }

    static Expr toAugmentedStore(Parser p, Expr e) {
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
            throw p.errorAt(e, "'" + describe(e) + "' is an illegal expression for augmented assignment");
        }
        return withContext(e, ExprContext.Store);
    }

    static void checkAnnotationTarget(Parser p, Expr e) {
        if (e instanceof Expr.Tuple || e instanceof Expr.List) {
            throw p.errorAt(e, "only single target (not " + describe(e) + ") can be annotated");
        }
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
            throw p.errorAt(e, "illegal target for annotation");
        }
    }

    /** CPython's _PyPegen_get_invalid_target: the innermost sub-expression that cannot be a target. */
    static Expr invalidTarget(Expr e, boolean delete, boolean forTarget) {
        if (e instanceof Expr.List l) return firstInvalid(l.elts(), delete, forTarget);
        if (e instanceof Expr.Tuple t) return firstInvalid(t.elts(), delete, forTarget);
        if (e instanceof Expr.Starred s) return delete ? e : invalidTarget(s.value(), false, forTarget);
        if (e instanceof Expr.Compare c && forTarget) {
            return c.ops().get(0) == CmpOp.In ? invalidTarget(c.left(), false, true) : null;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) return null;
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, boolean delete, boolean forTarget) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, delete, forTarget);
            if (bad != null) return bad;
        }
        return null;
    }

    /** Copies a valid target tree with the given context. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withContext(s.value(), ctx), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(all(l.elts(), ctx), ctx, l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
        }
        throw new IllegalArgumentException("not a target: " + e);
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(withContext(x, ctx));
        return List.copyOf(out);
    }

    /** CPython's _PyPegen_get_expr_name: how error messages name a kind of expression. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == null) return "None";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            if (v == Ellipsis.INSTANCE) return "ellipsis";
            return "literal";
        }
        return "expression";
    }

    /**
     * CPython's invalid_named_expression hint applies unless the expression begins with a
     * list, tuple, generator expression, True, None or False.
     */
    static boolean startsWithDisplayOrSingleton(Expr e) {
        while (true) {
            if (e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp) return true;
            if (e instanceof Expr.Constant c) {
                return c.value() == null || c.value() instanceof Boolean;
            }
            if (e instanceof Expr.BinOp b) e = b.left();
            else if (e instanceof Expr.Call c) e = c.func();
            else if (e instanceof Expr.Attribute a) e = a.value();
            else if (e instanceof Expr.Subscript s) e = s.value();
            else if (e instanceof Expr.Compare c) e = c.left();
            else return false;
        }
    }
}
