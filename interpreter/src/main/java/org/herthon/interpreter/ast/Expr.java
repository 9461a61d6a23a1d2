package org.herthon.interpreter.ast;

/**
 * Expression nodes, one record per class of CPython 3.11's {@code ast} module with the same
 * class names, field names and field order ({@code Expr.BinOp(left, op, right)} etc.), followed
 * by the position attributes lineno, col_offset, end_lineno, end_col_offset.
 *
 * <p>Lists are immutable {@code java.util.List}s (written out in full in this file because the
 * node {@code Expr.List} shadows the name). Fields marked {@link AsdlOptional} may be null.
 * {@link Constant#value()} is one of: null (None), Boolean, Long (an int that fits in 64 bits),
 * java.math.BigInteger (larger ints), Double, {@link Imaginary}, String, {@link Bytes},
 * {@link Ellipsis#INSTANCE}. {@code Constant.kind} is "u" for a u-prefixed string, else null.
 * {@code FormattedValue.conversion} is -1 or the code of 's', 'r' or 'a'.
 */
public sealed interface Expr extends Located {
    <R> R accept(Visitor<R> visitor);

    /** One method per node class; the compiler and other tree walks implement this. */
    interface Visitor<R> {
        R visitBoolOp(BoolOp node);
        R visitNamedExpr(NamedExpr node);
        R visitBinOp(BinOp node);
        R visitUnaryOp(UnaryOp node);
        R visitLambda(Lambda node);
        R visitIfExp(IfExp node);
        R visitDict(Dict node);
        R visitSet(Set node);
        R visitListComp(ListComp node);
        R visitSetComp(SetComp node);
        R visitDictComp(DictComp node);
        R visitGeneratorExp(GeneratorExp node);
        R visitAwait(Await node);
        R visitYield(Yield node);
        R visitYieldFrom(YieldFrom node);
        R visitCompare(Compare node);
        R visitCall(Call node);
        R visitFormattedValue(FormattedValue node);
        R visitJoinedStr(JoinedStr node);
        R visitConstant(Constant node);
        R visitAttribute(Attribute node);
        R visitSubscript(Subscript node);
        R visitStarred(Starred node);
        R visitName(Name node);
        R visitList(List node);
        R visitTuple(Tuple node);
        R visitSlice(Slice node);
    }

    record BoolOp(BoolOperator op, java.util.List<Expr> values, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitBoolOp(this); }
    }

    record NamedExpr(Expr target, Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitNamedExpr(this); }
    }

    record BinOp(Expr left, Operator op, Expr right, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitBinOp(this); }
    }

    record UnaryOp(UnaryOperator op, Expr operand, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitUnaryOp(this); }
    }

    record Lambda(Arguments args, Expr body, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitLambda(this); }
    }

    record IfExp(Expr test, Expr body, Expr orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitIfExp(this); }
    }

    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitDict(this); }
    }

    record Set(java.util.List<Expr> elts, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitSet(this); }
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitListComp(this); }
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitSetComp(this); }
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitDictComp(this); }
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitGeneratorExp(this); }
    }

    record Await(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAwait(this); }
    }

    record Yield(@AsdlOptional Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitYield(this); }
    }

    record YieldFrom(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitYieldFrom(this); }
    }

    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitCompare(this); }
    }

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitCall(this); }
    }

    record FormattedValue(Expr value, int conversion, @AsdlOptional Expr format_spec, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitFormattedValue(this); }
    }

    record JoinedStr(java.util.List<Expr> values, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitJoinedStr(this); }
    }

    record Constant(Object value, @AsdlOptional String kind, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitConstant(this); }
    }

    record Attribute(Expr value, String attr, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitAttribute(this); }
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitSubscript(this); }
    }

    record Starred(Expr value, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitStarred(this); }
    }

    record Name(String id, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitName(this); }
    }

    record List(java.util.List<Expr> elts, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitList(this); }
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitTuple(this); }
    }

    record Slice(@AsdlOptional Expr lower, @AsdlOptional Expr upper, @AsdlOptional Expr step, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitSlice(this); }
    }
}
