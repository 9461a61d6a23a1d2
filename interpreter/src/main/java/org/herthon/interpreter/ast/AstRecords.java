package org.herthon.interpreter.ast;

import java.util.HashMap;
import java.util.Map;

/**
 * Made by interpreter/src/test/python/make_ast_records.py from the records of this package: each
 * record's component names and types, canonical constructor and accessors, by number, for the
 * stages that take any tree apart and rebuild it (the parse cache, the mangler). Do not edit; run
 * the script. {@code AstRecordsTest} checks it against the records.
 */
public final class AstRecords {
    private AstRecords() {}

    /** Binary names of the records (without the package), by number. */
    private static final String[] NAMES = {
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
            "MatchCase",
            "Module",
            "Pattern$MatchValue",
            "Pattern$MatchSingleton",
            "Pattern$MatchSequence",
            "Pattern$MatchMapping",
            "Pattern$MatchClass",
            "Pattern$MatchStar",
            "Pattern$MatchAs",
            "Pattern$MatchOr",
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
            "Stmt$Match",
            "WithItem"
    };

    /** CPython's class names (ast.comprehension, ast.BinOp, ...), by record number. */
    private static final String[] PYTHON_NAMES = {
            "alias",
            "arg",
            "arguments",
            "comprehension",
            "ExceptHandler",
            "BoolOp",
            "NamedExpr",
            "BinOp",
            "UnaryOp",
            "Lambda",
            "IfExp",
            "Dict",
            "Set",
            "ListComp",
            "SetComp",
            "DictComp",
            "GeneratorExp",
            "Await",
            "Yield",
            "YieldFrom",
            "Compare",
            "Call",
            "FormattedValue",
            "JoinedStr",
            "Constant",
            "Attribute",
            "Subscript",
            "Starred",
            "Name",
            "List",
            "Tuple",
            "Slice",
            "Imaginary",
            "keyword",
            "match_case",
            "Module",
            "MatchValue",
            "MatchSingleton",
            "MatchSequence",
            "MatchMapping",
            "MatchClass",
            "MatchStar",
            "MatchAs",
            "MatchOr",
            "FunctionDef",
            "AsyncFunctionDef",
            "ClassDef",
            "Return",
            "Delete",
            "Assign",
            "AugAssign",
            "AnnAssign",
            "For",
            "AsyncFor",
            "While",
            "If",
            "With",
            "AsyncWith",
            "Raise",
            "Try",
            "TryStar",
            "Assert",
            "Import",
            "ImportFrom",
            "Global",
            "Nonlocal",
            "Expr",
            "Pass",
            "Break",
            "Continue",
            "Match",
            "withitem"
    };

    /** Component names, by record number. */
    private static final String[][] FIELDS = {
            {"name", "asname", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"arg", "annotation", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"},
            {"target", "iter", "ifs", "is_async"},
            {"type", "name", "body", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"op", "values", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"target", "value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"left", "op", "right", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"op", "operand", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"args", "body", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"test", "body", "orelse", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"keys", "values", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"elts", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"elt", "generators", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"elt", "generators", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"key", "value", "generators", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"elt", "generators", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"left", "ops", "comparators", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"func", "args", "keywords", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "conversion", "format_spec", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"values", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "kind", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "attr", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "slice", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"id", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"elts", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"elts", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"lower", "upper", "step", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"imag"},
            {"arg", "value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"pattern", "guard", "body"},
            {"body"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"patterns", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"keys", "patterns", "rest", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"cls", "patterns", "kwd_attrs", "kwd_patterns", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"name", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"pattern", "name", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"patterns", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"name", "args", "body", "decorator_list", "returns", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"name", "args", "body", "decorator_list", "returns", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"name", "bases", "keywords", "body", "decorator_list", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"targets", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"targets", "value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"target", "op", "value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"target", "annotation", "value", "simple", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"target", "iter", "body", "orelse", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"target", "iter", "body", "orelse", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"test", "body", "orelse", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"test", "body", "orelse", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"items", "body", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"items", "body", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"exc", "cause", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"body", "handlers", "orelse", "finalbody", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"body", "handlers", "orelse", "finalbody", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"test", "msg", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"names", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"module", "names", "level", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"names", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"names", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"value", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"subject", "cases", "lineno", "col_offset", "end_lineno", "end_col_offset"},
            {"context_expr", "optional_vars"}
    };

    /** Which components are optional in CPython's ASDL grammar ({@link AsdlOptional}), by record number. */
    private static final boolean[][] OPTIONAL = {
            {false, true, false, false, false, false},
            {false, true, false, false, false, false},
            {false, false, true, false, false, true, false},
            {false, false, false, false},
            {true, true, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false},
            {true, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, true, false, false, false, false},
            {false, false, false, false, false},
            {false, true, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {true, true, true, false, false, false, false},
            {false},
            {true, false, false, false, false, false},
            {false, true, false},
            {false},
            {false, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, false},
            {false, false, true, false, false, false, false},
            {false, false, false, false, false, false, false, false},
            {true, false, false, false, false},
            {true, true, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, true, false, false, false, false},
            {false, false, false, false, true, false, false, false, false},
            {false, false, false, false, false, false, false, false, false},
            {true, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, true, false, false, false, false, false},
            {false, false, false, false, false, false, false, false},
            {false, false, false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {false, false, false, false, false, false},
            {true, true, false, false, false, false},
            {false, false, false, false, false, false, false, false},
            {false, false, false, false, false, false, false, false},
            {false, true, false, false, false, false},
            {false, false, false, false, false},
            {true, false, false, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false, false},
            {false, false, false, false},
            {false, false, false, false},
            {false, false, false, false},
            {false, false, false, false, false, false},
            {false, true}
    };

    /** Component types (erased), by record number. */
    private static final Class<?>[][] TYPES = {
            {String.class, String.class, int.class, int.class, int.class, int.class},
            {String.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, org.herthon.interpreter.ast.Arg.class, java.util.List.class, java.util.List.class, org.herthon.interpreter.ast.Arg.class, java.util.List.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, java.util.List.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, String.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.BoolOperator.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Operator.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.UnaryOperator.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Arguments.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {Object.class, String.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, String.class, org.herthon.interpreter.ast.ExprContext.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.ExprContext.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.ExprContext.class, int.class, int.class, int.class, int.class},
            {String.class, org.herthon.interpreter.ast.ExprContext.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, org.herthon.interpreter.ast.ExprContext.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, org.herthon.interpreter.ast.ExprContext.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {double.class},
            {String.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Pattern.class, org.herthon.interpreter.ast.Expr.class, java.util.List.class},
            {java.util.List.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {Object.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, String.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {String.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Pattern.class, String.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {String.class, org.herthon.interpreter.ast.Arguments.class, java.util.List.class, java.util.List.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {String.class, org.herthon.interpreter.ast.Arguments.class, java.util.List.class, java.util.List.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {String.class, java.util.List.class, java.util.List.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Operator.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, java.util.List.class, java.util.List.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {String.class, java.util.List.class, int.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, int.class, int.class, int.class, int.class},
            {int.class, int.class, int.class, int.class},
            {int.class, int.class, int.class, int.class},
            {int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, java.util.List.class, int.class, int.class, int.class, int.class},
            {org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Expr.class}
    };

    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    static {
        for (int i = 0; i < NAMES.length; i++) BY_NAME.put(NAMES[i], i);
    }

    /** Looked up by name, so that no record class is loaded before a tree holds one. */
    private static final ClassValue<Integer> IDS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> c) {
            String prefix = AstRecords.class.getPackageName() + ".";
            Integer id = c.getName().startsWith(prefix) ? BY_NAME.get(c.getName().substring(prefix.length())) : null;
            return id == null ? -1 : id;
        }
    };

    /** How many records there are: their numbers are 0 to count() - 1. */
    public static int count() {
        return NAMES.length;
    }

    /** The number of a record class of this package, or -1 for any other class. */
    public static int id(Class<?> c) {
        return IDS.get(c);
    }

    /** The number of the record whose binary name, without the package, is given; or -1. */
    public static int id(String binaryName) {
        return BY_NAME.getOrDefault(binaryName, -1);
    }

    /** The binary name, without the package, of record number id. */
    public static String name(int id) {
        return NAMES[id];
    }

    /** CPython's name of record number id's class: {@code "BinOp"}, {@code "comprehension"}. */
    public static String pythonName(int id) {
        return PYTHON_NAMES[id];
    }

    /** How many components record number id has. */
    public static int arity(int id) {
        return FIELDS[id].length;
    }

    /** The name of component i of record number id. */
    public static String field(int id, int i) {
        return FIELDS[id][i];
    }

    /** Whether component i of record number id is optional in CPython's grammar (may be null). */
    public static boolean optional(int id, int i) {
        return OPTIONAL[id][i];
    }

    /** The erased type of component i of record number id ({@code int.class} for an int). */
    public static Class<?> type(int id, int i) {
        return TYPES[id][i];
    }

    /** A new record of number id from its components (ints boxed). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Record make(int id, Object[] a) {
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
            case 34: return new org.herthon.interpreter.ast.MatchCase((org.herthon.interpreter.ast.Pattern) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2]);
            case 35: return new org.herthon.interpreter.ast.Module((java.util.List) a[0]);
            case 36: return new org.herthon.interpreter.ast.Pattern.MatchValue((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 37: return new org.herthon.interpreter.ast.Pattern.MatchSingleton((Object) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 38: return new org.herthon.interpreter.ast.Pattern.MatchSequence((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 39: return new org.herthon.interpreter.ast.Pattern.MatchMapping((java.util.List) a[0], (java.util.List) a[1], (String) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 40: return new org.herthon.interpreter.ast.Pattern.MatchClass((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 41: return new org.herthon.interpreter.ast.Pattern.MatchStar((String) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 42: return new org.herthon.interpreter.ast.Pattern.MatchAs((org.herthon.interpreter.ast.Pattern) a[0], (String) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 43: return new org.herthon.interpreter.ast.Pattern.MatchOr((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 44: return new org.herthon.interpreter.ast.Stmt.FunctionDef((String) a[0], (org.herthon.interpreter.ast.Arguments) a[1], (java.util.List) a[2], (java.util.List) a[3], (org.herthon.interpreter.ast.Expr) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8]);
            case 45: return new org.herthon.interpreter.ast.Stmt.AsyncFunctionDef((String) a[0], (org.herthon.interpreter.ast.Arguments) a[1], (java.util.List) a[2], (java.util.List) a[3], (org.herthon.interpreter.ast.Expr) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8]);
            case 46: return new org.herthon.interpreter.ast.Stmt.ClassDef((String) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (java.util.List) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8]);
            case 47: return new org.herthon.interpreter.ast.Stmt.Return((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 48: return new org.herthon.interpreter.ast.Stmt.Delete((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 49: return new org.herthon.interpreter.ast.Stmt.Assign((java.util.List) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 50: return new org.herthon.interpreter.ast.Stmt.AugAssign((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Operator) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 51: return new org.herthon.interpreter.ast.Stmt.AnnAssign((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (org.herthon.interpreter.ast.Expr) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 52: return new org.herthon.interpreter.ast.Stmt.For((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 53: return new org.herthon.interpreter.ast.Stmt.AsyncFor((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 54: return new org.herthon.interpreter.ast.Stmt.While((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 55: return new org.herthon.interpreter.ast.Stmt.If((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (java.util.List) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 56: return new org.herthon.interpreter.ast.Stmt.With((java.util.List) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 57: return new org.herthon.interpreter.ast.Stmt.AsyncWith((java.util.List) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 58: return new org.herthon.interpreter.ast.Stmt.Raise((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 59: return new org.herthon.interpreter.ast.Stmt.Try((java.util.List) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 60: return new org.herthon.interpreter.ast.Stmt.TryStar((java.util.List) a[0], (java.util.List) a[1], (java.util.List) a[2], (java.util.List) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6], (Integer) a[7]);
            case 61: return new org.herthon.interpreter.ast.Stmt.Assert((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 62: return new org.herthon.interpreter.ast.Stmt.Import((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 63: return new org.herthon.interpreter.ast.Stmt.ImportFrom((String) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6]);
            case 64: return new org.herthon.interpreter.ast.Stmt.Global((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 65: return new org.herthon.interpreter.ast.Stmt.Nonlocal((java.util.List) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 66: return new org.herthon.interpreter.ast.Stmt.Expr((org.herthon.interpreter.ast.Expr) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4]);
            case 67: return new org.herthon.interpreter.ast.Stmt.Pass((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
            case 68: return new org.herthon.interpreter.ast.Stmt.Break((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
            case 69: return new org.herthon.interpreter.ast.Stmt.Continue((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
            case 70: return new org.herthon.interpreter.ast.Stmt.Match((org.herthon.interpreter.ast.Expr) a[0], (java.util.List) a[1], (Integer) a[2], (Integer) a[3], (Integer) a[4], (Integer) a[5]);
            case 71: return new org.herthon.interpreter.ast.WithItem((org.herthon.interpreter.ast.Expr) a[0], (org.herthon.interpreter.ast.Expr) a[1]);
            default: throw new IllegalArgumentException("no record " + id);
        }
    }

    /** The components of r, a record of number id, in order (ints boxed). */
    public static Object[] components(int id, Record r) {
        switch (id) {
            case 0: { org.herthon.interpreter.ast.Alias n = (org.herthon.interpreter.ast.Alias) r; return new Object[] {n.name(), n.asname(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 1: { org.herthon.interpreter.ast.Arg n = (org.herthon.interpreter.ast.Arg) r; return new Object[] {n.arg(), n.annotation(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 2: { org.herthon.interpreter.ast.Arguments n = (org.herthon.interpreter.ast.Arguments) r; return new Object[] {n.posonlyargs(), n.args(), n.vararg(), n.kwonlyargs(), n.kw_defaults(), n.kwarg(), n.defaults()}; }
            case 3: { org.herthon.interpreter.ast.Comprehension n = (org.herthon.interpreter.ast.Comprehension) r; return new Object[] {n.target(), n.iter(), n.ifs(), n.is_async()}; }
            case 4: { org.herthon.interpreter.ast.ExceptHandler n = (org.herthon.interpreter.ast.ExceptHandler) r; return new Object[] {n.type(), n.name(), n.body(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 5: { org.herthon.interpreter.ast.Expr.BoolOp n = (org.herthon.interpreter.ast.Expr.BoolOp) r; return new Object[] {n.op(), n.values(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 6: { org.herthon.interpreter.ast.Expr.NamedExpr n = (org.herthon.interpreter.ast.Expr.NamedExpr) r; return new Object[] {n.target(), n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 7: { org.herthon.interpreter.ast.Expr.BinOp n = (org.herthon.interpreter.ast.Expr.BinOp) r; return new Object[] {n.left(), n.op(), n.right(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 8: { org.herthon.interpreter.ast.Expr.UnaryOp n = (org.herthon.interpreter.ast.Expr.UnaryOp) r; return new Object[] {n.op(), n.operand(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 9: { org.herthon.interpreter.ast.Expr.Lambda n = (org.herthon.interpreter.ast.Expr.Lambda) r; return new Object[] {n.args(), n.body(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 10: { org.herthon.interpreter.ast.Expr.IfExp n = (org.herthon.interpreter.ast.Expr.IfExp) r; return new Object[] {n.test(), n.body(), n.orelse(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 11: { org.herthon.interpreter.ast.Expr.Dict n = (org.herthon.interpreter.ast.Expr.Dict) r; return new Object[] {n.keys(), n.values(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 12: { org.herthon.interpreter.ast.Expr.Set n = (org.herthon.interpreter.ast.Expr.Set) r; return new Object[] {n.elts(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 13: { org.herthon.interpreter.ast.Expr.ListComp n = (org.herthon.interpreter.ast.Expr.ListComp) r; return new Object[] {n.elt(), n.generators(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 14: { org.herthon.interpreter.ast.Expr.SetComp n = (org.herthon.interpreter.ast.Expr.SetComp) r; return new Object[] {n.elt(), n.generators(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 15: { org.herthon.interpreter.ast.Expr.DictComp n = (org.herthon.interpreter.ast.Expr.DictComp) r; return new Object[] {n.key(), n.value(), n.generators(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 16: { org.herthon.interpreter.ast.Expr.GeneratorExp n = (org.herthon.interpreter.ast.Expr.GeneratorExp) r; return new Object[] {n.elt(), n.generators(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 17: { org.herthon.interpreter.ast.Expr.Await n = (org.herthon.interpreter.ast.Expr.Await) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 18: { org.herthon.interpreter.ast.Expr.Yield n = (org.herthon.interpreter.ast.Expr.Yield) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 19: { org.herthon.interpreter.ast.Expr.YieldFrom n = (org.herthon.interpreter.ast.Expr.YieldFrom) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 20: { org.herthon.interpreter.ast.Expr.Compare n = (org.herthon.interpreter.ast.Expr.Compare) r; return new Object[] {n.left(), n.ops(), n.comparators(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 21: { org.herthon.interpreter.ast.Expr.Call n = (org.herthon.interpreter.ast.Expr.Call) r; return new Object[] {n.func(), n.args(), n.keywords(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 22: { org.herthon.interpreter.ast.Expr.FormattedValue n = (org.herthon.interpreter.ast.Expr.FormattedValue) r; return new Object[] {n.value(), n.conversion(), n.format_spec(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 23: { org.herthon.interpreter.ast.Expr.JoinedStr n = (org.herthon.interpreter.ast.Expr.JoinedStr) r; return new Object[] {n.values(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 24: { org.herthon.interpreter.ast.Expr.Constant n = (org.herthon.interpreter.ast.Expr.Constant) r; return new Object[] {n.value(), n.kind(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 25: { org.herthon.interpreter.ast.Expr.Attribute n = (org.herthon.interpreter.ast.Expr.Attribute) r; return new Object[] {n.value(), n.attr(), n.ctx(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 26: { org.herthon.interpreter.ast.Expr.Subscript n = (org.herthon.interpreter.ast.Expr.Subscript) r; return new Object[] {n.value(), n.slice(), n.ctx(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 27: { org.herthon.interpreter.ast.Expr.Starred n = (org.herthon.interpreter.ast.Expr.Starred) r; return new Object[] {n.value(), n.ctx(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 28: { org.herthon.interpreter.ast.Expr.Name n = (org.herthon.interpreter.ast.Expr.Name) r; return new Object[] {n.id(), n.ctx(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 29: { org.herthon.interpreter.ast.Expr.List n = (org.herthon.interpreter.ast.Expr.List) r; return new Object[] {n.elts(), n.ctx(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 30: { org.herthon.interpreter.ast.Expr.Tuple n = (org.herthon.interpreter.ast.Expr.Tuple) r; return new Object[] {n.elts(), n.ctx(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 31: { org.herthon.interpreter.ast.Expr.Slice n = (org.herthon.interpreter.ast.Expr.Slice) r; return new Object[] {n.lower(), n.upper(), n.step(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 32: { org.herthon.interpreter.ast.Imaginary n = (org.herthon.interpreter.ast.Imaginary) r; return new Object[] {n.imag()}; }
            case 33: { org.herthon.interpreter.ast.Keyword n = (org.herthon.interpreter.ast.Keyword) r; return new Object[] {n.arg(), n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 34: { org.herthon.interpreter.ast.MatchCase n = (org.herthon.interpreter.ast.MatchCase) r; return new Object[] {n.pattern(), n.guard(), n.body()}; }
            case 35: { org.herthon.interpreter.ast.Module n = (org.herthon.interpreter.ast.Module) r; return new Object[] {n.body()}; }
            case 36: { org.herthon.interpreter.ast.Pattern.MatchValue n = (org.herthon.interpreter.ast.Pattern.MatchValue) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 37: { org.herthon.interpreter.ast.Pattern.MatchSingleton n = (org.herthon.interpreter.ast.Pattern.MatchSingleton) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 38: { org.herthon.interpreter.ast.Pattern.MatchSequence n = (org.herthon.interpreter.ast.Pattern.MatchSequence) r; return new Object[] {n.patterns(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 39: { org.herthon.interpreter.ast.Pattern.MatchMapping n = (org.herthon.interpreter.ast.Pattern.MatchMapping) r; return new Object[] {n.keys(), n.patterns(), n.rest(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 40: { org.herthon.interpreter.ast.Pattern.MatchClass n = (org.herthon.interpreter.ast.Pattern.MatchClass) r; return new Object[] {n.cls(), n.patterns(), n.kwd_attrs(), n.kwd_patterns(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 41: { org.herthon.interpreter.ast.Pattern.MatchStar n = (org.herthon.interpreter.ast.Pattern.MatchStar) r; return new Object[] {n.name(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 42: { org.herthon.interpreter.ast.Pattern.MatchAs n = (org.herthon.interpreter.ast.Pattern.MatchAs) r; return new Object[] {n.pattern(), n.name(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 43: { org.herthon.interpreter.ast.Pattern.MatchOr n = (org.herthon.interpreter.ast.Pattern.MatchOr) r; return new Object[] {n.patterns(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 44: { org.herthon.interpreter.ast.Stmt.FunctionDef n = (org.herthon.interpreter.ast.Stmt.FunctionDef) r; return new Object[] {n.name(), n.args(), n.body(), n.decorator_list(), n.returns(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 45: { org.herthon.interpreter.ast.Stmt.AsyncFunctionDef n = (org.herthon.interpreter.ast.Stmt.AsyncFunctionDef) r; return new Object[] {n.name(), n.args(), n.body(), n.decorator_list(), n.returns(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 46: { org.herthon.interpreter.ast.Stmt.ClassDef n = (org.herthon.interpreter.ast.Stmt.ClassDef) r; return new Object[] {n.name(), n.bases(), n.keywords(), n.body(), n.decorator_list(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 47: { org.herthon.interpreter.ast.Stmt.Return n = (org.herthon.interpreter.ast.Stmt.Return) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 48: { org.herthon.interpreter.ast.Stmt.Delete n = (org.herthon.interpreter.ast.Stmt.Delete) r; return new Object[] {n.targets(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 49: { org.herthon.interpreter.ast.Stmt.Assign n = (org.herthon.interpreter.ast.Stmt.Assign) r; return new Object[] {n.targets(), n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 50: { org.herthon.interpreter.ast.Stmt.AugAssign n = (org.herthon.interpreter.ast.Stmt.AugAssign) r; return new Object[] {n.target(), n.op(), n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 51: { org.herthon.interpreter.ast.Stmt.AnnAssign n = (org.herthon.interpreter.ast.Stmt.AnnAssign) r; return new Object[] {n.target(), n.annotation(), n.value(), n.simple(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 52: { org.herthon.interpreter.ast.Stmt.For n = (org.herthon.interpreter.ast.Stmt.For) r; return new Object[] {n.target(), n.iter(), n.body(), n.orelse(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 53: { org.herthon.interpreter.ast.Stmt.AsyncFor n = (org.herthon.interpreter.ast.Stmt.AsyncFor) r; return new Object[] {n.target(), n.iter(), n.body(), n.orelse(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 54: { org.herthon.interpreter.ast.Stmt.While n = (org.herthon.interpreter.ast.Stmt.While) r; return new Object[] {n.test(), n.body(), n.orelse(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 55: { org.herthon.interpreter.ast.Stmt.If n = (org.herthon.interpreter.ast.Stmt.If) r; return new Object[] {n.test(), n.body(), n.orelse(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 56: { org.herthon.interpreter.ast.Stmt.With n = (org.herthon.interpreter.ast.Stmt.With) r; return new Object[] {n.items(), n.body(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 57: { org.herthon.interpreter.ast.Stmt.AsyncWith n = (org.herthon.interpreter.ast.Stmt.AsyncWith) r; return new Object[] {n.items(), n.body(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 58: { org.herthon.interpreter.ast.Stmt.Raise n = (org.herthon.interpreter.ast.Stmt.Raise) r; return new Object[] {n.exc(), n.cause(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 59: { org.herthon.interpreter.ast.Stmt.Try n = (org.herthon.interpreter.ast.Stmt.Try) r; return new Object[] {n.body(), n.handlers(), n.orelse(), n.finalbody(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 60: { org.herthon.interpreter.ast.Stmt.TryStar n = (org.herthon.interpreter.ast.Stmt.TryStar) r; return new Object[] {n.body(), n.handlers(), n.orelse(), n.finalbody(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 61: { org.herthon.interpreter.ast.Stmt.Assert n = (org.herthon.interpreter.ast.Stmt.Assert) r; return new Object[] {n.test(), n.msg(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 62: { org.herthon.interpreter.ast.Stmt.Import n = (org.herthon.interpreter.ast.Stmt.Import) r; return new Object[] {n.names(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 63: { org.herthon.interpreter.ast.Stmt.ImportFrom n = (org.herthon.interpreter.ast.Stmt.ImportFrom) r; return new Object[] {n.module(), n.names(), n.level(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 64: { org.herthon.interpreter.ast.Stmt.Global n = (org.herthon.interpreter.ast.Stmt.Global) r; return new Object[] {n.names(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 65: { org.herthon.interpreter.ast.Stmt.Nonlocal n = (org.herthon.interpreter.ast.Stmt.Nonlocal) r; return new Object[] {n.names(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 66: { org.herthon.interpreter.ast.Stmt.Expr n = (org.herthon.interpreter.ast.Stmt.Expr) r; return new Object[] {n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 67: { org.herthon.interpreter.ast.Stmt.Pass n = (org.herthon.interpreter.ast.Stmt.Pass) r; return new Object[] {n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 68: { org.herthon.interpreter.ast.Stmt.Break n = (org.herthon.interpreter.ast.Stmt.Break) r; return new Object[] {n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 69: { org.herthon.interpreter.ast.Stmt.Continue n = (org.herthon.interpreter.ast.Stmt.Continue) r; return new Object[] {n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 70: { org.herthon.interpreter.ast.Stmt.Match n = (org.herthon.interpreter.ast.Stmt.Match) r; return new Object[] {n.subject(), n.cases(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset()}; }
            case 71: { org.herthon.interpreter.ast.WithItem n = (org.herthon.interpreter.ast.WithItem) r; return new Object[] {n.context_expr(), n.optional_vars()}; }
            default: throw new IllegalArgumentException("no record " + id);
        }
    }
}
