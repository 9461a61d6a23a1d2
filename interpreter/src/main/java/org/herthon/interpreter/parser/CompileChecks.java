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
    private record Context(boolean inFunction, boolean inAsyncFunction, boolean inLoop) {
        static final Context MODULE = new Context(false, false, false);
    }

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
            visitAll(c.bases(), ctx);
            visitAll(c.keywords(), ctx);
            visitAll(c.body(), Context.MODULE);
        } else if (node instanceof Stmt.For f) {
            visitLoop((Record) f.target(), (Record) f.iter(), f.body(), f.orelse(), ctx);
        } else if (node instanceof Stmt.AsyncFor f) {
            visitLoop((Record) f.target(), (Record) f.iter(), f.body(), f.orelse(), ctx);
        } else if (node instanceof Stmt.While w) {
            visitLoop(null, (Record) w.test(), w.body(), w.orelse(), ctx);
        } else {
            if (node instanceof Stmt.Return r && !ctx.inFunction()) throw error(r, "'return' outside function");
            if (node instanceof Stmt.Break b && !ctx.inLoop()) throw error(b, "'break' outside loop");
            if (node instanceof Stmt.Continue c && !ctx.inLoop()) throw error(c, "'continue' not properly in loop");
            if ((node instanceof Expr.Yield || node instanceof Expr.YieldFrom) && !ctx.inFunction()) {
                throw error((Located) node, "'yield' outside function");
            }
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
        visitAll(body, new Context(ctx.inFunction(), ctx.inAsyncFunction(), true));
        visitAll(orelse, ctx);
    }

    private HerthonSyntaxError error(Located node, String msg) {
        return new HerthonSyntaxError("SyntaxError", msg, source.filename(), node.lineno(), node.col_offset() + 1,
                node.end_lineno(), node.end_col_offset() + 1, source.line(node.lineno()));
    }
}
