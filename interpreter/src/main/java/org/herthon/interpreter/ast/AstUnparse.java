package org.herthon.interpreter.ast;

import java.util.List;

/**
 * CPython's C unparser (Python/ast_unparse.c), which turns annotations into strings under
 * {@code from __future__ import annotations} (PEP 563). It is not {@code ast.unparse}: it
 * parenthesizes by precedence only, writes constants with repr() (infinity as 1e309) and
 * starts at the precedence of a test, so a bare tuple gets parentheses.
 */
public final class AstUnparse {
    private AstUnparse() {}

    static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6, PR_BOR = 6,
            PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    /** The string an annotation becomes under PEP 563. */
    public static String annotation(Expr e) {
        StringBuilder b = new StringBuilder();
        expr(b, e, PR_TEST);
        return b.toString();
    }

    private static void expr(StringBuilder b, Expr e, int level) {
        if (e instanceof Expr.BoolOp x) {
            int pr = x.op() == BoolOperator.And ? PR_AND : PR_OR;
            String op = x.op() == BoolOperator.And ? " and " : " or ";
            if (level > pr) b.append('(');
            for (int i = 0; i < x.values().size(); i++) {
                if (i > 0) b.append(op);
                expr(b, x.values().get(i), pr + 1);
            }
            if (level > pr) b.append(')');
        } else if (e instanceof Expr.BinOp x) {
            String op;
            int pr;
            boolean rassoc = false;
            switch (x.op()) {
                case Add: op = " + "; pr = PR_ARITH; break;
                case Sub: op = " - "; pr = PR_ARITH; break;
                case Mult: op = " * "; pr = PR_TERM; break;
                case MatMult: op = " @ "; pr = PR_TERM; break;
                case Div: op = " / "; pr = PR_TERM; break;
                case Mod: op = " % "; pr = PR_TERM; break;
                case LShift: op = " << "; pr = PR_SHIFT; break;
                case RShift: op = " >> "; pr = PR_SHIFT; break;
                case BitOr: op = " | "; pr = PR_BOR; break;
                case BitXor: op = " ^ "; pr = PR_BXOR; break;
                case BitAnd: op = " & "; pr = PR_BAND; break;
                case FloorDiv: op = " // "; pr = PR_TERM; break;
                default: op = " ** "; pr = PR_POWER; rassoc = true; break;
            }
            if (level > pr) b.append('(');
            expr(b, x.left(), pr + (rassoc ? 1 : 0));
            b.append(op);
            expr(b, x.right(), pr + (rassoc ? 0 : 1));
            if (level > pr) b.append(')');
        } else if (e instanceof Expr.UnaryOp x) {
            String op;
            int pr;
            switch (x.op()) {
                case Invert: op = "~"; pr = PR_FACTOR; break;
                case Not: op = "not "; pr = PR_NOT; break;
                case UAdd: op = "+"; pr = PR_FACTOR; break;
                default: op = "-"; pr = PR_FACTOR; break;
            }
            if (level > pr) b.append('(');
            b.append(op);
            expr(b, x.operand(), pr);
            if (level > pr) b.append(')');
        } else if (e instanceof Expr.Lambda x) {
            if (level > PR_TEST) b.append('(');
            b.append("lambda");
            StringBuilder a = new StringBuilder();
            args(a, x.args());
            if (a.length() > 0) b.append(' ').append(a);
            b.append(": ");
            expr(b, x.body(), PR_TEST);
            if (level > PR_TEST) b.append(')');
        } else if (e instanceof Expr.IfExp x) {
            if (level > PR_TEST) b.append('(');
            expr(b, x.body(), PR_TEST + 1);
            b.append(" if ");
            expr(b, x.test(), PR_TEST + 1);
            b.append(" else ");
            expr(b, x.orelse(), PR_TEST);
            if (level > PR_TEST) b.append(')');
        } else if (e instanceof Expr.Dict x) {
            b.append('{');
            for (int i = 0; i < x.keys().size(); i++) {
                if (i > 0) b.append(", ");
                Expr k = x.keys().get(i);
                if (k == null) {
                    b.append("**");
                    expr(b, x.values().get(i), PR_EXPR);
                } else {
                    expr(b, k, PR_TEST);
                    b.append(": ");
                    expr(b, x.values().get(i), PR_TEST);
                }
            }
            b.append('}');
        } else if (e instanceof Expr.Set x) {
            if (x.elts().isEmpty()) { b.append("{*()}"); return; }
            b.append('{');
            seq(b, x.elts());
            b.append('}');
        } else if (e instanceof Expr.GeneratorExp x) {
            b.append('(');
            expr(b, x.elt(), PR_TEST);
            comps(b, x.generators());
            b.append(')');
        } else if (e instanceof Expr.ListComp x) {
            b.append('[');
            expr(b, x.elt(), PR_TEST);
            comps(b, x.generators());
            b.append(']');
        } else if (e instanceof Expr.SetComp x) {
            b.append('{');
            expr(b, x.elt(), PR_TEST);
            comps(b, x.generators());
            b.append('}');
        } else if (e instanceof Expr.DictComp x) {
            b.append('{');
            expr(b, x.key(), PR_TEST);
            b.append(": ");
            expr(b, x.value(), PR_TEST);
            comps(b, x.generators());
            b.append('}');
        } else if (e instanceof Expr.Await x) {
            if (level > PR_AWAIT) b.append('(');
            b.append("await ");
            expr(b, x.value(), PR_ATOM);
            if (level > PR_AWAIT) b.append(')');
        } else if (e instanceof Expr.Yield x) {
            if (x.value() == null) { b.append("(yield)"); return; }
            b.append("(yield ");
            expr(b, x.value(), PR_TEST);
            b.append(')');
        } else if (e instanceof Expr.YieldFrom x) {
            b.append("(yield from ");
            expr(b, x.value(), PR_TEST);
            b.append(')');
        } else if (e instanceof Expr.Compare x) {
            if (level > PR_CMP) b.append('(');
            expr(b, x.left(), PR_CMP + 1);
            for (int i = 0; i < x.ops().size(); i++) {
                b.append(' ').append(cmp(x.ops().get(i))).append(' ');
                expr(b, x.comparators().get(i), PR_CMP + 1);
            }
            if (level > PR_CMP) b.append(')');
        } else if (e instanceof Expr.Call x) {
            expr(b, x.func(), PR_ATOM);
            if (x.args().size() == 1 && x.keywords().isEmpty() && x.args().get(0) instanceof Expr.GeneratorExp g) {
                expr(b, g, PR_TEST);
                return;
            }
            b.append('(');
            boolean first = true;
            for (Expr a : x.args()) {
                if (!first) b.append(", ");
                first = false;
                expr(b, a, PR_TEST);
            }
            for (Keyword k : x.keywords()) {
                if (!first) b.append(", ");
                first = false;
                if (k.arg() == null) b.append("**");
                else b.append(k.arg()).append('=');
                expr(b, k.value(), PR_TEST);
            }
            b.append(')');
        } else if (e instanceof Expr.Constant x) {
            constant(b, x);
        } else if (e instanceof Expr.JoinedStr x) {
            StringBuilder body = new StringBuilder();
            fstringBody(body, x.values());
            b.append('f').append(PyRepr.repr(body.toString()));
        } else if (e instanceof Expr.FormattedValue x) {
            StringBuilder body = new StringBuilder();
            fstringBody(body, List.of(x));
            b.append('f').append(PyRepr.repr(body.toString()));
        } else if (e instanceof Expr.Attribute x) {
            expr(b, x.value(), PR_ATOM);
            boolean intConst = x.value() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof Integer || c.value() instanceof java.math.BigInteger);
            b.append(intConst ? " ." : ".").append(x.attr());
        } else if (e instanceof Expr.Subscript x) {
            expr(b, x.value(), PR_ATOM);
            b.append('[');
            expr(b, x.slice(), PR_TUPLE);
            b.append(']');
        } else if (e instanceof Expr.Starred x) {
            b.append('*');
            expr(b, x.value(), PR_EXPR);
        } else if (e instanceof Expr.Name x) {
            b.append(x.id());
        } else if (e instanceof Expr.List x) {
            b.append('[');
            seq(b, x.elts());
            b.append(']');
        } else if (e instanceof Expr.Tuple x) {
            if (x.elts().isEmpty()) { b.append("()"); return; }
            if (level > PR_TUPLE) b.append('(');
            seq(b, x.elts());
            if (x.elts().size() == 1) b.append(',');
            if (level > PR_TUPLE) b.append(')');
        } else if (e instanceof Expr.Slice x) {
            if (x.lower() != null) expr(b, x.lower(), PR_TEST);
            b.append(':');
            if (x.upper() != null) expr(b, x.upper(), PR_TEST);
            if (x.step() != null) {
                b.append(':');
                expr(b, x.step(), PR_TEST);
            }
        } else if (e instanceof Expr.NamedExpr x) {
            if (level > PR_TUPLE) b.append('(');
            expr(b, x.target(), PR_ATOM);
            b.append(" := ");
            expr(b, x.value(), PR_ATOM);
            if (level > PR_TUPLE) b.append(')');
        }
    }

    private static void seq(StringBuilder b, List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) b.append(", ");
            expr(b, elts.get(i), PR_TEST);
        }
    }

    private static void comps(StringBuilder b, List<Comprehension> gens) {
        for (Comprehension g : gens) {
            b.append(g.is_async() != 0 ? " async for " : " for ");
            expr(b, g.target(), PR_TUPLE);
            b.append(" in ");
            expr(b, g.iter(), PR_TEST + 1);
            for (Expr i : g.ifs()) {
                b.append(" if ");
                expr(b, i, PR_TEST + 1);
            }
        }
    }

    private static String cmp(CmpOp op) {
        switch (op) {
            case Eq: return "==";
            case NotEq: return "!=";
            case Lt: return "<";
            case LtE: return "<=";
            case Gt: return ">";
            case GtE: return ">=";
            case Is: return "is";
            case IsNot: return "is not";
            case In: return "in";
            default: return "not in";
        }
    }

    private static void constant(StringBuilder b, Expr.Constant c) {
        Object v = c.value();
        if (v instanceof Ellipsis) { b.append("..."); return; }
        if ("u".equals(c.kind())) b.append('u');
        String r = PyRepr.repr(v);
        if (v instanceof Double || v instanceof Imaginary) r = r.replace("inf", "1e309");
        b.append(r);
    }

    private static void args(StringBuilder b, Arguments a) {
        boolean first = true;
        int npos = a.posonlyargs().size() + a.args().size();
        int di = npos - a.defaults().size();
        for (int i = 0; i < npos; i++) {
            if (!first) b.append(", ");
            first = false;
            Arg x = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            b.append(x.arg());
            if (i >= di) {
                b.append('=');
                expr(b, a.defaults().get(i - di), PR_TEST);
            }
            if (i + 1 == a.posonlyargs().size()) b.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) b.append(", ");
            first = false;
            b.append('*');
            if (a.vararg() != null) b.append(a.vararg().arg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            b.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                b.append('=');
                expr(b, d, PR_TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) b.append(", ");
            b.append("**").append(a.kwarg().arg());
        }
    }

    private static void fstringBody(StringBuilder b, List<Expr> values) {
        for (Expr v : values) {
            if (v instanceof Expr.Constant c && c.value() instanceof String s) {
                b.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof Expr.FormattedValue fv) {
                StringBuilder inner = new StringBuilder();
                expr(inner, fv.value(), PR_TEST + 1);
                b.append('{');
                if (inner.length() > 0 && inner.charAt(0) == '{') b.append(' ');
                b.append(inner);
                if (fv.conversion() > 0) b.append('!').append((char) fv.conversion());
                if (fv.format_spec() != null) {
                    b.append(':');
                    if (fv.format_spec() instanceof Expr.JoinedStr js) fstringBody(b, js.values());
                    else fstringBody(b, List.of(fv.format_spec()));
                }
                b.append('}');
            } else if (v instanceof Expr.JoinedStr js) {
                fstringBody(b, js.values());
            }
        }
    }
}
