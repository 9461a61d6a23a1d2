package org.herthon.interpreter.imports;

/**
 * Made by interpreter/src/test/python/make_ast_records.py from the records of the ast package:
 * their canonical constructors by number, for {@link AstCodec}. Do not edit; run the script.
 */
final class AstRecords {
    private AstRecords() {}

    /** Binary names of the records (without the package), by number. */
    static final String[] NAMES = {
            "Alias",
            "Arg",
            "Arguments",
            "Comprehension",
            "ExceptHandler",
            "Expr$BoolOp",
            "Expr$NamedExpr",
            "Expr$BinOp",
            "Expr$UnaryOp",
            "Expr$Lambda",
            "Expr$IfExp",
            "Expr$Dict",
            "Expr$Set",
            "Expr$ListComp",
            "Expr$SetComp",
            "Expr$DictComp",
            "Expr$GeneratorExp",
            "Expr$Await",
            "Expr$Yield",
            "Expr$YieldFrom",
            "Expr$Compare",
            "Expr$Call",
            "Expr$FormattedValue",
            "Expr$JoinedStr",
            "Expr$Constant",
            "Expr$Attribute",
            "Expr$Subscript",
            "Expr$Starred",
            "Expr$Name",
            "Expr$List",
            "Expr$Tuple",
            "Expr$Slice",
            "Imaginary",
            "Keyword",
            "Module",
            "Stmt$FunctionDef",
            "Stmt$AsyncFunctionDef",
            "Stmt$ClassDef",
            "Stmt$Return",
            "Stmt$Delete",
            "Stmt$Assign",
            "Stmt$AugAssign",
            "Stmt$AnnAssign",
            "Stmt$For",
            "Stmt$AsyncFor",
            "Stmt$While",
            "Stmt$If",
            "Stmt$With",
            "Stmt$AsyncWith",
            "Stmt$Raise",
            "Stmt$Try",
            "Stmt$TryStar",
            "Stmt$Assert",
            "Stmt$Import",
            "Stmt$ImportFrom",
            "Stmt$Global",
            "Stmt$Nonlocal",
            "Stmt$Expr",
            "Stmt$Pass",
            "Stmt$Break",
            "Stmt$Continue",
            "WithItem"
    };

    /** A new record of number id from its components (ints boxed). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object make(int id, Object[] a) {
        switch (id) {
            case 0: return new org.herthon.interpreter.ast.Alias((String) a[0], (String) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 1: return new org.herthon.interpreter.ast.Arg((String) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 2: return new org.herthon.interpreter.ast.Arguments((java.util.List) a[0], (java.util.List) a[1], (org.herthon.interpreter.ast.Arg) a[2], (java.util.List) a[3], (java.util.List) a[4], (org.herthon.interpreter.ast.Arg) a[5], (java.util.List) a[6]);
            case 3: return new org.herthon.interpreter.ast.Comprehension((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2], (Integer) a[3]);
            case 4: return new org.herthon.interpreter.ast.ExceptHandler((org.herthon.interpreter.ast.Expr) a[0], (String) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 5: return new org.herthon.interpreter.ast.Expr.BoolOp((org.herthon.interpreter.ast.BoolOperator) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 6: return new org.herthon.interpreter.ast.Expr.NamedExpr((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 7: return new org.herthon.interpreter.ast.Expr.BinOp((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Operator) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 8: return new org.herthon.interpreter.ast.Expr.UnaryOp((org.herthon.interpreter.ast.UnaryOperator) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 9: return new org.herthon.interpreter.ast.Expr.Lambda((org.herthon.interpreter.ast.Arguments) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 10: return new org.herthon.interpreter.ast.Expr.IfExp((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 11: return new org.herthon.interpreter.ast.Expr.Dict((java.util.List) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 12: return new org.herthon.interpreter.ast.Expr.Set((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 13: return new org.herthon.interpreter.ast.Expr.ListComp((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 14: return new org.herthon.interpreter.ast.Expr.SetComp((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 15: return new org.herthon.interpreter.ast.Expr.DictComp((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 16: return new org.herthon.interpreter.ast.Expr.GeneratorExp((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 17: return new org.herthon.interpreter.ast.Expr.Await((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 18: return new org.herthon.interpreter.ast.Expr.Yield((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 19: return new org.herthon.interpreter.ast.Expr.YieldFrom((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 20: return new org.herthon.interpreter.ast.Expr.Compare((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 21: return new org.herthon.interpreter.ast.Expr.Call((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 22: return new org.herthon.interpreter.ast.Expr.FormattedValue((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 23: return new org.herthon.interpreter.ast.Expr.JoinedStr((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 24: return new org.herthon.interpreter.ast.Expr.Constant((Object) a[0], (String) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 25: return new org.herthon.interpreter.ast.Expr.Attribute((org.herthon.interpreter.ast.Expr) a[0], (String) a[1], (org.herthon.interpreter.ast.ExprContext) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 26: return new org.herthon.interpreter.ast.Expr.Subscript((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (org.herthon.interpreter.ast.ExprContext) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 27: return new org.herthon.interpreter.ast.Expr.Starred((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.ExprContext) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 28: return new org.herthon.interpreter.ast.Expr.Name((String) a[0], (org.herthon.interpreter.ast.ExprContext) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 29: return new org.herthon.interpreter.ast.Expr.List((java.util.List) a[0], (org.herthon.interpreter.ast.ExprContext) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 30: return new org.herthon.interpreter.ast.Expr.Tuple((java.util.List) a[0], (org.herthon.interpreter.ast.ExprContext) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 31: return new org.herthon.interpreter.ast.Expr.Slice((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 32: return new org.herthon.interpreter.ast.Imaginary((Double) a[0]);
            case 33: return new org.herthon.interpreter.ast.Keyword((String) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 34: return new org.herthon.interpreter.ast.Module((java.util.List) a[0]);
            case 35: return new org.herthon.interpreter.ast.Stmt.FunctionDef((String) a[0], (org.herthon.interpreter.ast.Arguments) a[1], (java.util.List) a[2], (java.util.List) a[3], (org.herthon.interpreter.ast.Expr) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8]);
            case 36: return new org.herthon.interpreter.ast.Stmt.AsyncFunctionDef((String) a[0], (org.herthon.interpreter.ast.Arguments) a[1], (java.util.List) a[2], (java.util.List) a[3], (org.herthon.interpreter.ast.Expr) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8]);
            case 37: return new org.herthon.interpreter.ast.Stmt.ClassDef((String) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (java.util.List) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8]);
            case 38: return new org.herthon.interpreter.ast.Stmt.Return((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 39: return new org.herthon.interpreter.ast.Stmt.Delete((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 40: return new org.herthon.interpreter.ast.Stmt.Assign((java.util.List) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 41: return new org.herthon.interpreter.ast.Stmt.AugAssign((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Operator) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 42: return new org.herthon.interpreter.ast.Stmt.AnnAssign((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 43: return new org.herthon.interpreter.ast.Stmt.For((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 44: return new org.herthon.interpreter.ast.Stmt.AsyncFor((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 45: return new org.herthon.interpreter.ast.Stmt.While((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 46: return new org.herthon.interpreter.ast.Stmt.If((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 47: return new org.herthon.interpreter.ast.Stmt.With((java.util.List) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 48: return new org.herthon.interpreter.ast.Stmt.AsyncWith((java.util.List) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 49: return new org.herthon.interpreter.ast.Stmt.Raise((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 50: return new org.herthon.interpreter.ast.Stmt.Try((java.util.List) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 51: return new org.herthon.interpreter.ast.Stmt.TryStar((java.util.List) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 52: return new org.herthon.interpreter.ast.Stmt.Assert((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 53: return new org.herthon.interpreter.ast.Stmt.Import((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 54: return new org.herthon.interpreter.ast.Stmt.ImportFrom((String) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 55: return new org.herthon.interpreter.ast.Stmt.Global((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 56: return new org.herthon.interpreter.ast.Stmt.Nonlocal((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 57: return new org.herthon.interpreter.ast.Stmt.Expr((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 58: return new org.herthon.interpreter.ast.Stmt.Pass((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
            case 59: return new org.herthon.interpreter.ast.Stmt.Break((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
            case 60: return new org.herthon.interpreter.ast.Stmt.Continue((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
            case 61: return new org.herthon.interpreter.ast.WithItem((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1]);
            default: throw new IllegalArgumentException("no record " + id);
        }
    }
}
