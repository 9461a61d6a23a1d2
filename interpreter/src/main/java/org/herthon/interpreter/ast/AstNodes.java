package org.herthon.interpreter.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Generic access to the child nodes of any tree node, in field order (CPython's
 * {@code ast.iter_child_nodes}). For checks that only care about a few node kinds; stages that
 * handle every node kind should use the visitors instead.
 *
 * <p>Written out per node class rather than read through reflection: every compiled module's
 * tree is walked here, and reflective record access costs a generated accessor class per field
 * at first use. {@code AstNodesTest} checks it against the records' components, so a field added
 * to a node and not here fails a test.
 */
public final class AstNodes {

    private AstNodes() {}

    /** Direct children that are nodes (records), flattening lists and skipping nulls, enums and values. */
    public static List<Record> children(Record node) {
        List<Record> out = new ArrayList<>();
        if (node instanceof Expr e) {
            e.accept(new ExprChildren(out));
        } else if (node instanceof Stmt s) {
            s.accept(new StmtChildren(out));
        } else if (node instanceof Pattern) {
            patternChildren(node, out);
        } else {
            otherChildren(node, out);
        }
        return out;
    }

    /** Every node is a record; the node interfaces (Expr, Stmt, Pattern) are not declared as ones. */
    private static void add(List<Record> out, Object child) {
        if (child != null) out.add((Record) child);
    }

    private static void addAll(List<Record> out, List<?> children) {
        for (Object child : children) add(out, child);
    }

    private static void patternChildren(Record node, List<Record> out) {
        if (node instanceof Pattern.MatchValue n) { add(out, n.value()); return; }
        if (node instanceof Pattern.MatchSingleton) return;
        if (node instanceof Pattern.MatchSequence n) { addAll(out, n.patterns()); return; }
        if (node instanceof Pattern.MatchMapping n) { addAll(out, n.keys()); addAll(out, n.patterns()); return; }
        if (node instanceof Pattern.MatchClass n) { add(out, n.cls()); addAll(out, n.patterns()); addAll(out, n.kwd_patterns()); return; }
        if (node instanceof Pattern.MatchStar) return;
        if (node instanceof Pattern.MatchAs n) { add(out, n.pattern()); return; }
        if (node instanceof Pattern.MatchOr n) { addAll(out, n.patterns()); return; }
        throw new IllegalArgumentException("not a pattern node: " + node.getClass().getName());
    }

    private static void otherChildren(Record node, List<Record> out) {
        if (node instanceof Alias) return;
        if (node instanceof Arg n) { add(out, n.annotation()); return; }
        if (node instanceof Arguments n) { addAll(out, n.posonlyargs()); addAll(out, n.args()); add(out, n.vararg()); addAll(out, n.kwonlyargs()); addAll(out, n.kw_defaults()); add(out, n.kwarg()); addAll(out, n.defaults()); return; }
        if (node instanceof Comprehension n) { add(out, n.target()); add(out, n.iter()); addAll(out, n.ifs()); return; }
        if (node instanceof ExceptHandler n) { add(out, n.type()); addAll(out, n.body()); return; }
        if (node instanceof Keyword n) { add(out, n.value()); return; }
        if (node instanceof MatchCase n) { add(out, n.pattern()); add(out, n.guard()); addAll(out, n.body()); return; }
        if (node instanceof Module n) { addAll(out, n.body()); return; }
        if (node instanceof WithItem n) { add(out, n.context_expr()); add(out, n.optional_vars()); return; }
        if (node instanceof Imaginary) return;
        throw new IllegalArgumentException("not a tree node: " + node.getClass().getName());
    }

    /** The children of each Expr node, in field order. */
    private static final class ExprChildren implements Expr.Visitor<Void> {
        private final List<Record> out;
        ExprChildren(List<Record> out) { this.out = out; }
        @Override public Void visitBoolOp(Expr.BoolOp n) { addAll(out, n.values()); return null; }
        @Override public Void visitNamedExpr(Expr.NamedExpr n) { add(out, n.target()); add(out, n.value()); return null; }
        @Override public Void visitBinOp(Expr.BinOp n) { add(out, n.left()); add(out, n.right()); return null; }
        @Override public Void visitUnaryOp(Expr.UnaryOp n) { add(out, n.operand()); return null; }
        @Override public Void visitLambda(Expr.Lambda n) { add(out, n.args()); add(out, n.body()); return null; }
        @Override public Void visitIfExp(Expr.IfExp n) { add(out, n.test()); add(out, n.body()); add(out, n.orelse()); return null; }
        @Override public Void visitDict(Expr.Dict n) { addAll(out, n.keys()); addAll(out, n.values()); return null; }
        @Override public Void visitSet(Expr.Set n) { addAll(out, n.elts()); return null; }
        @Override public Void visitListComp(Expr.ListComp n) { add(out, n.elt()); addAll(out, n.generators()); return null; }
        @Override public Void visitSetComp(Expr.SetComp n) { add(out, n.elt()); addAll(out, n.generators()); return null; }
        @Override public Void visitDictComp(Expr.DictComp n) { add(out, n.key()); add(out, n.value()); addAll(out, n.generators()); return null; }
        @Override public Void visitGeneratorExp(Expr.GeneratorExp n) { add(out, n.elt()); addAll(out, n.generators()); return null; }
        @Override public Void visitAwait(Expr.Await n) { add(out, n.value()); return null; }
        @Override public Void visitYield(Expr.Yield n) { add(out, n.value()); return null; }
        @Override public Void visitYieldFrom(Expr.YieldFrom n) { add(out, n.value()); return null; }
        @Override public Void visitCompare(Expr.Compare n) { add(out, n.left()); addAll(out, n.comparators()); return null; }
        @Override public Void visitCall(Expr.Call n) { add(out, n.func()); addAll(out, n.args()); addAll(out, n.keywords()); return null; }
        @Override public Void visitFormattedValue(Expr.FormattedValue n) { add(out, n.value()); add(out, n.format_spec()); return null; }
        @Override public Void visitJoinedStr(Expr.JoinedStr n) { addAll(out, n.values()); return null; }
        @Override public Void visitConstant(Expr.Constant n) { return null; }
        @Override public Void visitAttribute(Expr.Attribute n) { add(out, n.value()); return null; }
        @Override public Void visitSubscript(Expr.Subscript n) { add(out, n.value()); add(out, n.slice()); return null; }
        @Override public Void visitStarred(Expr.Starred n) { add(out, n.value()); return null; }
        @Override public Void visitName(Expr.Name n) { return null; }
        @Override public Void visitList(Expr.List n) { addAll(out, n.elts()); return null; }
        @Override public Void visitTuple(Expr.Tuple n) { addAll(out, n.elts()); return null; }
        @Override public Void visitSlice(Expr.Slice n) { add(out, n.lower()); add(out, n.upper()); add(out, n.step()); return null; }
    }

    /** The children of each Stmt node, in field order. */
    private static final class StmtChildren implements Stmt.Visitor<Void> {
        private final List<Record> out;
        StmtChildren(List<Record> out) { this.out = out; }
        @Override public Void visitFunctionDef(Stmt.FunctionDef n) { add(out, n.args()); addAll(out, n.body()); addAll(out, n.decorator_list()); add(out, n.returns()); return null; }
        @Override public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) { add(out, n.args()); addAll(out, n.body()); addAll(out, n.decorator_list()); add(out, n.returns()); return null; }
        @Override public Void visitClassDef(Stmt.ClassDef n) { addAll(out, n.bases()); addAll(out, n.keywords()); addAll(out, n.body()); addAll(out, n.decorator_list()); return null; }
        @Override public Void visitReturn(Stmt.Return n) { add(out, n.value()); return null; }
        @Override public Void visitDelete(Stmt.Delete n) { addAll(out, n.targets()); return null; }
        @Override public Void visitAssign(Stmt.Assign n) { addAll(out, n.targets()); add(out, n.value()); return null; }
        @Override public Void visitAugAssign(Stmt.AugAssign n) { add(out, n.target()); add(out, n.value()); return null; }
        @Override public Void visitAnnAssign(Stmt.AnnAssign n) { add(out, n.target()); add(out, n.annotation()); add(out, n.value()); return null; }
        @Override public Void visitFor(Stmt.For n) { add(out, n.target()); add(out, n.iter()); addAll(out, n.body()); addAll(out, n.orelse()); return null; }
        @Override public Void visitAsyncFor(Stmt.AsyncFor n) { add(out, n.target()); add(out, n.iter()); addAll(out, n.body()); addAll(out, n.orelse()); return null; }
        @Override public Void visitWhile(Stmt.While n) { add(out, n.test()); addAll(out, n.body()); addAll(out, n.orelse()); return null; }
        @Override public Void visitIf(Stmt.If n) { add(out, n.test()); addAll(out, n.body()); addAll(out, n.orelse()); return null; }
        @Override public Void visitWith(Stmt.With n) { addAll(out, n.items()); addAll(out, n.body()); return null; }
        @Override public Void visitAsyncWith(Stmt.AsyncWith n) { addAll(out, n.items()); addAll(out, n.body()); return null; }
        @Override public Void visitRaise(Stmt.Raise n) { add(out, n.exc()); add(out, n.cause()); return null; }
        @Override public Void visitTry(Stmt.Try n) { addAll(out, n.body()); addAll(out, n.handlers()); addAll(out, n.orelse()); addAll(out, n.finalbody()); return null; }
        @Override public Void visitTryStar(Stmt.TryStar n) { addAll(out, n.body()); addAll(out, n.handlers()); addAll(out, n.orelse()); addAll(out, n.finalbody()); return null; }
        @Override public Void visitAssert(Stmt.Assert n) { add(out, n.test()); add(out, n.msg()); return null; }
        @Override public Void visitImport(Stmt.Import n) { addAll(out, n.names()); return null; }
        @Override public Void visitImportFrom(Stmt.ImportFrom n) { addAll(out, n.names()); return null; }
        @Override public Void visitGlobal(Stmt.Global n) { return null; }
        @Override public Void visitNonlocal(Stmt.Nonlocal n) { return null; }
        @Override public Void visitExpr(Stmt.Expr n) { add(out, n.value()); return null; }
        @Override public Void visitPass(Stmt.Pass n) { return null; }
        @Override public Void visitBreak(Stmt.Break n) { return null; }
        @Override public Void visitContinue(Stmt.Continue n) { return null; }
        @Override public Void visitMatch(Stmt.Match n) { add(out, n.subject()); addAll(out, n.cases()); return null; }
    }
}
