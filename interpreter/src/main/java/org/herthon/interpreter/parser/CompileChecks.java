package org.herthon.interpreter.parser;

import org.herthon.interpreter.ast.AstNodes;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.Located;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.ast.Stmt;
import org.herthon.interpreter.lexer.SourceText;

/**
 * The SyntaxErrors that CPython's compiler (not its parser) raises about where statements may
 * appear: 'return' outside function, 'break' outside loop, 'continue' not properly in loop,
 * 'yield' outside function, 'await' outside function. {@code ast.parse} accepts such code;
 * {@code compile()} does not. Run after the scope resolver, which reports its own errors first,
 * as CPython's symtable pass does. The first error in source order wins.
 */
public final class CompileChecks {

    private final SourceText source;
    /** from __future__ import annotations: each annotation is a block of its own (symtable.c). */
    private boolean futureAnnotations;

    private CompileChecks(SourceText source) {
        this.source = source;
    }

    public static void check(Module module, SourceText source) {
        CompileChecks checks = new CompileChecks(source);
        checks.futureAnnotations = hasFutureAnnotations(module.body());
        for (Stmt s : module.body()) checks.visit((Record) s, Context.MODULE);
    }

    /** Whether the leading from-__future__ imports of a module body turn on PEP 563. */
    public static boolean hasFutureAnnotations(java.util.List<Stmt> body) {
        for (int i = 0; i < body.size(); i++) {
            Stmt st = body.get(i);
            if (i == 0 && st instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) continue;
            if (!(st instanceof Stmt.ImportFrom im) || !"__future__".equals(im.module()) || im.level() != 0) return false;
            for (org.herthon.interpreter.ast.Alias a : im.names()) if (a.name().equals("annotations")) return true;
        }
        return false;
    }

    /** Under PEP 563 these expressions are refused in an annotation (symtable.c), before any other check. */
    public static void checkAnnotation(Record n, SourceText source) {
        String what = n instanceof Expr.Yield || n instanceof Expr.YieldFrom ? "yield expression"
                : n instanceof Expr.Await ? "await expression" : n instanceof Expr.NamedExpr ? "named expression" : null;
        if (what != null) {
            Located l = (Located) n;
            throw new HerthonSyntaxError("SyntaxError", "'" + what + "' can not be used within an annotation", source.filename(), l.lineno(),
                    l.col_offset() + 1, l.end_lineno(), l.end_col_offset() + 1, source.line(l.lineno()));
        }
        if (n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp || n instanceof Expr.GeneratorExp) return;
        for (Record c : AstNodes.children(n)) checkAnnotation(c, source);
    }

    /** Where a node sits: inside a function (async or not), inside a loop body. */
    /**
     * Where a node sits: inside a function (async or not), inside a loop body; inside an except*
     * handler with no loop in between (break/continue refused) or anywhere in the function (return refused).
     */
    private record Context(boolean inFunction, boolean inAsyncFunction, boolean inLoop, boolean starBlock, boolean starFunction) {
        Context(boolean inFunction, boolean inAsyncFunction, boolean inLoop) { this(inFunction, inAsyncFunction, inLoop, false, false); }
        static final Context MODULE = new Context(false, false, false);
    }

    private static final String STAR_FLOW = "'break', 'continue' and 'return' cannot appear in an except* block";

    private void visitAll(java.util.List<? extends Object> nodes, Context ctx) {
        for (Object n : nodes) {
            if (n != null) visit((Record) n, ctx);
        }
    }

    private void visit(Record node, Context ctx) {
        if (futureAnnotations) {
            if (node instanceof org.herthon.interpreter.ast.Arg a && a.annotation() != null) checkAnnotation((Record) a.annotation(), source);
            if (node instanceof Stmt.AnnAssign a) checkAnnotation((Record) a.annotation(), source);
            if (node instanceof Stmt.FunctionDef f && f.returns() != null) checkAnnotation((Record) f.returns(), source);
            if (node instanceof Stmt.AsyncFunctionDef f && f.returns() != null) checkAnnotation((Record) f.returns(), source);
        }
        checkForbidden(node);
        if ((node instanceof Expr.Tuple || node instanceof Expr.List) && storeContext(node)) {
            // a starred target is allowed directly inside a tuple or list target
            java.util.List<Expr> elts = node instanceof Expr.Tuple t ? t.elts() : ((Expr.List) node).elts();
            for (Expr e : elts) visit(e instanceof Expr.Starred st ? (Record) st.value() : (Record) e, ctx);
            return;
        }
        if (node instanceof Expr.Starred st && st.ctx() == org.herthon.interpreter.ast.ExprContext.Store) {
            throw error(st, "starred assignment target must be in a list or tuple");
        }
        if (node instanceof Stmt.FunctionDef f) {
            visitFunction(f.decorator_list(), f.args(), f.returns(), f.body(), false, ctx);
        } else if (node instanceof Stmt.AsyncFunctionDef f) {
            visitFunction(f.decorator_list(), f.args(), f.returns(), f.body(), true, ctx);
        } else if (node instanceof Expr.Lambda l) {
            visit(l.args(), ctx);
            visit((Record) l.body(), new Context(true, false, false));
        } else if (node instanceof Expr.GeneratorExp g) {
            // an await makes a generator expression asynchronous, wherever it is
            Context inner = new Context(ctx.inFunction(), true, ctx.inLoop());
            for (int i = 0; i < g.generators().size(); i++) {
                org.herthon.interpreter.ast.Comprehension c = g.generators().get(i);
                visit((Record) c.target(), inner);
                visit((Record) c.iter(), i == 0 ? ctx : inner);
                visitAll(c.ifs(), inner);
            }
            visit((Record) g.elt(), inner);
        } else if (node instanceof Stmt.ClassDef c) {
            visitAll(c.decorator_list(), ctx);
            checkKeywords(c.keywords());
            visitAll(c.bases(), ctx);
            visitAll(c.keywords(), ctx);
            visitAll(c.body(), Context.MODULE);
        } else if (node instanceof Stmt.For f) {
            visitLoop((Record) f.target(), (Record) f.iter(), f.body(), f.orelse(), ctx);
        } else if (node instanceof Stmt.AsyncFor f) {
            if (!ctx.inAsyncFunction()) throw error(f, "'async for' outside async function");
            visitLoop((Record) f.target(), (Record) f.iter(), f.body(), f.orelse(), ctx);
        } else if (node instanceof Stmt.While w) {
            visitLoop(null, (Record) w.test(), w.body(), w.orelse(), ctx);
        } else if (node instanceof Stmt.TryStar t) {
            visitAll(t.body(), ctx);
            Context star = new Context(ctx.inFunction(), ctx.inAsyncFunction(), ctx.inLoop(), true, true);
            for (org.herthon.interpreter.ast.ExceptHandler h : t.handlers()) {
                if (h.type() != null) visit((Record) h.type(), ctx);
                visitAll(h.body(), star);
            }
            visitAll(t.orelse(), ctx);
            visitAll(t.finalbody(), ctx);
        } else {
            if (node instanceof Stmt.Return && ctx.starFunction() || (node instanceof Stmt.Break || node instanceof Stmt.Continue) && ctx.starBlock()) {
                // CPython reports a return from a loop inside the handler at its value (the compiler's last location)
                boolean atValue = node instanceof Stmt.Return r && r.value() != null && !ctx.starBlock();
                throw error(atValue ? (Located) ((Stmt.Return) node).value() : (Located) node, STAR_FLOW);
            }
            if (node instanceof Stmt.Return r && !ctx.inFunction()) throw error(r, "'return' outside function");
            if (node instanceof Stmt.Break b && !ctx.inLoop()) throw error(b, "'break' outside loop");
            if (node instanceof Stmt.Continue c && !ctx.inLoop()) throw error(c, "'continue' not properly in loop");
            if ((node instanceof Expr.Yield || node instanceof Expr.YieldFrom) && !ctx.inFunction()) {
                throw error((Located) node, "'yield' outside function");
            }
            if (node instanceof Expr.YieldFrom y && ctx.inAsyncFunction()) throw error(y, "'yield from' inside async function");
            if (node instanceof Stmt.AsyncWith w && !ctx.inAsyncFunction()) throw error(w, "'async with' outside async function");
            if (node instanceof Stmt.AsyncFor f && !ctx.inAsyncFunction()) throw error(f, "'async for' outside async function");
            if (node instanceof Stmt.Match m) {
                for (int i = 0; i < m.cases().size(); i++) {
                    org.herthon.interpreter.ast.MatchCase mc = m.cases().get(i);
                    checkPattern(mc.pattern(), mc.guard() != null || i == m.cases().size() - 1, new java.util.ArrayList<>());
                }
            }
            if (node instanceof Expr.Call call) checkKeywords(call.keywords());
            if (node instanceof Expr.Await a && !ctx.inAsyncFunction()) {
                throw error(a, ctx.inFunction() ? "'await' outside async function" : "'await' outside function");
            }
            for (Record child : AstNodes.children(node)) visit(child, ctx);
        }
    }

    private void visitFunction(java.util.List<Expr> decorators, org.herthon.interpreter.ast.Arguments args, Expr returns,
                               java.util.List<Stmt> body, boolean async, Context ctx) {
        visitAll(decorators, ctx);
        visit(args, ctx);
        if (returns != null) visit((Record) returns, ctx);
        visitAll(body, new Context(true, async, false));
    }

    private void visitLoop(Record target, Record iterOrTest, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Context ctx) {
        if (target != null) visit(target, ctx);
        visit(iterOrTest, ctx);
        visitAll(body, new Context(ctx.inFunction(), ctx.inAsyncFunction(), true, false, ctx.starFunction()));
        visitAll(orelse, ctx);
    }

    /**
     * The pattern errors of CPython's compiler (compile.c): unreachable patterns after an
     * irrefutable one, names bound twice, two starred names, repeated literal keys and
     * attributes, alternatives binding different names. {@code names} collects the bound names.
     */
    private void checkPattern(org.herthon.interpreter.ast.Pattern p, boolean allowIrrefutable, java.util.List<String> names) {
        if (p instanceof org.herthon.interpreter.ast.Pattern.MatchValue v) {
            Expr e = v.value();
            if (!(e instanceof Expr.Constant || e instanceof Expr.Attribute || e instanceof Expr.UnaryOp || e instanceof Expr.BinOp)) {
                throw error(p, "patterns may only match literals and attribute lookups");
            }
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchAs a) {
            if (a.pattern() == null && !allowIrrefutable) {
                if (a.name() != null) throw error(p, "name capture '" + a.name() + "' makes remaining patterns unreachable");
                throw error(p, "wildcard makes remaining patterns unreachable");
            }
            if (a.pattern() != null) checkPattern(a.pattern(), allowIrrefutable, names);
            if (a.name() != null) bindPatternName(names, a.name(), p);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchOr o) {
            java.util.List<String> before = new java.util.ArrayList<>(names);
            java.util.Set<String> first = null;
            for (int i = 0; i < o.patterns().size(); i++) {
                java.util.List<String> alt = new java.util.ArrayList<>(before);
                checkPattern(o.patterns().get(i), allowIrrefutable && i == o.patterns().size() - 1, alt);
                java.util.Set<String> mine = new java.util.HashSet<>(alt.subList(before.size(), alt.size()));
                if (first == null) first = mine;
                else if (!first.equals(mine)) throw error(o, "alternative patterns bind different names");
            }
            names.addAll(first);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchSequence sq) {
            boolean star = false;
            for (org.herthon.interpreter.ast.Pattern x : sq.patterns()) {
                if (x instanceof org.herthon.interpreter.ast.Pattern.MatchStar st) {
                    if (star) throw error(sq, "multiple starred names in sequence pattern");
                    star = true;
                    if (st.name() != null) bindPatternName(names, st.name(), x);
                } else checkPattern(x, true, names);
            }
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchMapping mm) {
            java.util.List<Object> seen = new java.util.ArrayList<>();
            for (Expr k : mm.keys()) {
                if (!(k instanceof Expr.Constant || k instanceof Expr.Attribute || k instanceof Expr.UnaryOp || k instanceof Expr.BinOp)) {
                    throw error(p, "mapping pattern keys may only match literals and attribute lookups");
                }
                if (k instanceof Expr.Constant c) {
                    Object key = c.value() instanceof Integer i ? (Object) i.longValue() : c.value();
                    if (key != null && seen.contains(key)) {
                        throw error(p, "mapping pattern checks duplicate key (" + org.herthon.interpreter.ast.PyRepr.repr(c.value()) + ")");
                    }
                    seen.add(key);
                }
            }
            for (org.herthon.interpreter.ast.Pattern x : mm.patterns()) checkPattern(x, true, names);
            if (mm.rest() != null) bindPatternName(names, mm.rest(), p);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchClass mc) {
            java.util.List<String> kn = mc.kwd_attrs();
            for (int i = 0; i < kn.size(); i++) {
                if (kn.subList(0, i).contains(kn.get(i))) throw error(mc.kwd_patterns().get(i), "attribute name repeated in class pattern: " + kn.get(i));
            }
            for (org.herthon.interpreter.ast.Pattern x : mc.patterns()) checkPattern(x, true, names);
            for (org.herthon.interpreter.ast.Pattern x : mc.kwd_patterns()) checkPattern(x, true, names);
        }
    }

    private void bindPatternName(java.util.List<String> names, String name, Located where) {
        if (names.contains(name)) throw error(where, "multiple assignments to name '" + name + "' in pattern");
        names.add(name);
    }

    private static boolean storeContext(Record node) {
        org.herthon.interpreter.ast.ExprContext c = node instanceof Expr.Tuple t ? t.ctx() : ((Expr.List) node).ctx();
        return c == org.herthon.interpreter.ast.ExprContext.Store;
    }

    /** compile.c's forbidden_name: __debug__ cannot be bound or deleted (names, attributes, parameters, keywords). */
    private void checkForbidden(Record node) {
        final String debug = "__debug__";
        if (node instanceof Expr.Name n && n.id().equals(debug)) forbidden(n, n.ctx());
        else if (node instanceof Expr.Attribute a && a.attr().equals(debug)) forbidden(a, a.ctx());
        else if (node instanceof Stmt.FunctionDef f && (f.name().equals(debug) || hasDebugArg(f.args()))) throw error(f, "cannot assign to __debug__");
        else if (node instanceof Stmt.AsyncFunctionDef f && (f.name().equals(debug) || hasDebugArg(f.args()))) throw error(f, "cannot assign to __debug__");
        else if (node instanceof Expr.Lambda l && hasDebugArg(l.args())) throw error(l, "cannot assign to __debug__");
        else if (node instanceof Stmt.ClassDef c && c.name().equals(debug)) throw error(c, "cannot assign to __debug__");
    }

    private void forbidden(Located node, org.herthon.interpreter.ast.ExprContext ctx) {
        if (ctx == org.herthon.interpreter.ast.ExprContext.Store) throw error(node, "cannot assign to __debug__");
        if (ctx == org.herthon.interpreter.ast.ExprContext.Del) throw error(node, "cannot delete __debug__");
    }

    private static boolean hasDebugArg(org.herthon.interpreter.ast.Arguments a) {
        java.util.List<org.herthon.interpreter.ast.Arg> all = new java.util.ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        all.addAll(a.kwonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (org.herthon.interpreter.ast.Arg x : all) if (x.arg().equals("__debug__")) return true;
        return false;
    }

    /** compile.c's validate_keywords: a keyword name given twice, reported at the second one. */
    private void checkKeywords(java.util.List<org.herthon.interpreter.ast.Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) continue;
            if (name.equals("__debug__")) throw error(keywords.get(i), "cannot assign to __debug__");
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) throw error(keywords.get(j), "keyword argument repeated: " + name);
            }
        }
    }

    private HerthonSyntaxError error(Located node, String msg) {
        return new HerthonSyntaxError("SyntaxError", msg, source.filename(), node.lineno(), node.col_offset() + 1,
                node.end_lineno(), node.end_col_offset() + 1, source.line(node.lineno()));
    }
}
