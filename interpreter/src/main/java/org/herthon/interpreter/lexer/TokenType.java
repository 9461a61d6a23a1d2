package org.herthon.interpreter.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * Token kinds. Names follow CPython's {@code token} module where one exists (NAME, NUMBER,
 * STRING, NEWLINE, INDENT, DEDENT, ENDMARKER and the operator names such as LPAR, EQEQUAL,
 * COLONEQUAL). Unlike CPython, hard keywords get their own kinds (KW_DEF, KW_IF, ...) so the
 * parser can switch on them; soft keywords (match, case, _) stay NAME.
 */
public enum TokenType {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** A character CPython's tokenizer cannot place ('$', '?', '!', '`'); the parser reports "invalid syntax" at it. */
    ERRORTOKEN,

    // Hard keywords.
    KW_FALSE("False"), KW_NONE("None"), KW_TRUE("True"), KW_AND("and"), KW_AS("as"), KW_ASSERT("assert"),
    KW_ASYNC("async"), KW_AWAIT("await"), KW_BREAK("break"), KW_CLASS("class"), KW_CONTINUE("continue"),
    KW_DEF("def"), KW_DEL("del"), KW_ELIF("elif"), KW_ELSE("else"), KW_EXCEPT("except"),
    KW_FINALLY("finally"), KW_FOR("for"), KW_FROM("from"), KW_GLOBAL("global"), KW_IF("if"),
    KW_IMPORT("import"), KW_IN("in"), KW_IS("is"), KW_LAMBDA("lambda"), KW_NONLOCAL("nonlocal"),
    KW_NOT("not"), KW_OR("or"), KW_PASS("pass"), KW_RAISE("raise"), KW_RETURN("return"), KW_TRY("try"),
    KW_WHILE("while"), KW_WITH("with"), KW_YIELD("yield"),

    // Operators and delimiters, CPython's names.
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="),
    GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="),
    PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":=");

    /** Fixed spelling for keywords and operators; null for NAME, NUMBER, STRING, etc. */
    public final String spelling;

    TokenType() { this.spelling = null; }
    TokenType(String spelling) { this.spelling = spelling; }

    private static final Map<String, TokenType> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenType> OPERATORS = new HashMap<>();
    static {
        for (TokenType t : values()) {
            if (t.spelling == null) continue;
            if (t.name().startsWith("KW_")) KEYWORDS.put(t.spelling, t);
            else OPERATORS.put(t.spelling, t);
        }
    }

    /** The keyword kind for an identifier, or null if it is an ordinary name. */
    public static TokenType keyword(String identifier) { return KEYWORDS.get(identifier); }

    /** The operator kind for an exact operator spelling, or null. */
    public static TokenType operator(String text) { return OPERATORS.get(text); }

    public boolean isKeyword() { return name().startsWith("KW_"); }
}
