package org.herthon.interpreter.ast;

/**
 * Statement nodes, one record per class of CPython 3.11's {@code ast} module with the same
 * class names, field names and field order, followed by the position attributes lineno,
 * col_offset, end_lineno, end_col_offset. Type comments are not kept.
 *
 * <p>The expression statement is {@code Stmt.Expr} as in CPython; inside this file it shadows
 * the expression interface, which is therefore written {@code org.herthon.interpreter.ast.Expr}.
 * Fields marked {@link AsdlOptional} may be null.
 */
public sealed interface Stmt extends Located {
    <R> R accept(Visitor<R> visitor);

    /** One method per node class; the compiler and other tree walks implement this. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef node);
        R visitAsyncFunctionDef(AsyncFunctionDef node);
        R visitClassDef(ClassDef node);
        R visitReturn(Return node);
        R visitDelete(Delete node);
        R visitAssign(Assign node);
        R visitAugAssign(AugAssign node);
        R visitAnnAssign(AnnAssign node);
        R visitFor(For node);
        R visitAsyncFor(AsyncFor node);
        R visitWhile(While node);
        R visitIf(If node);
        R visitWith(With node);
        R visitAsyncWith(AsyncWith node);
        R visitRaise(Raise node);
        R visitTry(Try node);
        R visitTryStar(TryStar node);
        R visitAssert(Assert node);
        R visitImport(Import node);
        R visitImportFrom(ImportFrom node);
        R visitGlobal(Global node);
        R visitNonlocal(Nonlocal node);
        R visitExpr(Expr node);
        R visitPass(Pass node);
        R visitBreak(Break node);
        R visitContinue(Continue node);
        R visitMatch(Match node);
    }

    record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<org.herthon.interpreter.ast.Expr> decorator_list, @AsdlOptional org.herthon.interpreter.ast.Expr returns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitFunctionDef(this); }
    }

    record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<org.herthon.interpreter.ast.Expr> decorator_list, @AsdlOptional org.herthon.interpreter.ast.Expr returns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAsyncFunctionDef(this); }
    }

    record ClassDef(String name, java.util.List<org.herthon.interpreter.ast.Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<org.herthon.interpreter.ast.Expr> decorator_list, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitClassDef(this); }
    }

    record Return(@AsdlOptional org.herthon.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitReturn(this); }
    }

    record Delete(java.util.List<org.herthon.interpreter.ast.Expr> targets, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitDelete(this); }
    }

    record Assign(java.util.List<org.herthon.interpreter.ast.Expr> targets, org.herthon.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAssign(this); }
    }

    record AugAssign(org.herthon.interpreter.ast.Expr target, Operator op, org.herthon.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAugAssign(this); }
    }

    record AnnAssign(org.herthon.interpreter.ast.Expr target, org.herthon.interpreter.ast.Expr annotation, @AsdlOptional org.herthon.interpreter.ast.Expr value, int simple, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAnnAssign(this); }
    }

    record For(org.herthon.interpreter.ast.Expr target, org.herthon.interpreter.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitFor(this); }
    }

    record AsyncFor(org.herthon.interpreter.ast.Expr target, org.herthon.interpreter.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAsyncFor(this); }
    }

    record While(org.herthon.interpreter.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitWhile(this); }
    }

    record If(org.herthon.interpreter.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitIf(this); }
    }

    record With(java.util.List<WithItem> items, java.util.List<Stmt> body, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitWith(this); }
    }

    record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAsyncWith(this); }
    }

    record Raise(@AsdlOptional org.herthon.interpreter.ast.Expr exc, @AsdlOptional org.herthon.interpreter.ast.Expr cause, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitRaise(this); }
    }

    record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitTry(this); }
    }

    record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitTryStar(this); }
    }

    record Assert(org.herthon.interpreter.ast.Expr test, @AsdlOptional org.herthon.interpreter.ast.Expr msg, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAssert(this); }
    }

    record Import(java.util.List<Alias> names, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitImport(this); }
    }

    record ImportFrom(@AsdlOptional String module, java.util.List<Alias> names, int level, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitImportFrom(this); }
    }

    record Global(java.util.List<String> names, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitGlobal(this); }
    }

    record Nonlocal(java.util.List<String> names, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitNonlocal(this); }
    }

    record Expr(org.herthon.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitExpr(this); }
    }

    record Pass(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitPass(this); }
    }

    record Break(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitBreak(this); }
    }

    record Continue(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitContinue(this); }
    }

    record Match(org.herthon.interpreter.ast.Expr subject, java.util.List<MatchCase> cases, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitMatch(this); }
    }
}
