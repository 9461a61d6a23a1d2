package org.herthon.interpreter.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.herthon.interpreter.ast.Alias;
import org.herthon.interpreter.ast.Arg;
import org.herthon.interpreter.ast.Arguments;
import org.herthon.interpreter.ast.BoolOperator;
import org.herthon.interpreter.ast.CmpOp;
import org.herthon.interpreter.ast.Comprehension;
import org.herthon.interpreter.ast.Ellipsis;
import org.herthon.interpreter.ast.ExceptHandler;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.ExprContext;
import org.herthon.interpreter.ast.Keyword;
import org.herthon.interpreter.ast.MatchCase;
import org.herthon.interpreter.ast.Operator;
import org.herthon.interpreter.ast.Pattern;
import org.herthon.interpreter.ast.Stmt;
import org.herthon.interpreter.ast.UnaryOperator;
import org.herthon.interpreter.ast.WithItem;
import org.herthon.interpreter.lexer.Lexer;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.lexer.Token;
import org.herthon.interpreter.lexer.TokenType;

import static org.herthon.interpreter.lexer.TokenType.*;

/**
 * Hand-written recursive-descent parser for Python 3.11, producing the same tree as CPython's
 * {@code ast.parse} (see {@link org.herthon.interpreter.ast.AstDump}).
 *
 * <p>One method per grammar rule of CPython's Grammar/python.gram, named after the rule.
 * Node positions follow the PEG parser's convention: a node spans from the first token its rule
 * consumed to the last non-whitespace token its rule consumed (so {@code (a) + b} starts at the
 * parenthesis, while the Name {@code a} does not include it). Each rule therefore remembers
 * its start token and closes the node with {@link #last()}.
 *
 * <p>Assignment targets are parsed as expressions and then converted to Store/Del context by
 * {@link Targets}, which also produces CPython's "cannot assign to ..." messages.
 *
 * <p>Only errors that {@code ast.parse} raises are thrown here. Errors CPython raises later
 * ('return' outside function, nonlocal problems, ...) come from {@link CompileChecks} and the
 * scope resolver.
 */
public final class Parser {

    private final List<Token> tokens;
    private final SourceText source;
    private final String filename;
    private final Token unclosedBracket;
    private int pos;
    /** Depth of (), [], {} around the current token; CPython's "forgot a comma" hint needs it. */
    private int bracketDepth;
    /** Tuples written with parentheses; CPython treats them differently in some error hints. */
    private final Set<Expr> parenthesizedTuples = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Parser(List<Token> tokens, SourceText source, Token unclosedBracket) {
        this.tokens = tokens;
        this.source = source;
        this.filename = source.filename();
        this.unclosedBracket = unclosedBracket;
    }

    /** Parses a module, like {@code ast.parse(source, filename)}. Throws {@link HerthonSyntaxError}. */
    public static org.herthon.interpreter.ast.Module parse(String sourceCode, String filename) {
        return parse(new SourceText(filename, SourceText.normalizeNewlines(sourceCode)));
    }

    public static org.herthon.interpreter.ast.Module parse(SourceText source) {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = lexer.tokenize();
        return new Parser(tokens, source, lexer.unclosedBracket()).file();
    }

    /**
     * Parses the expression of an f-string replacement field, whose text starts at
     * (line, col) of the file (CPython's {@code fstring} rule: star_expressions).
     */
    static Expr parseFStringExpression(String text, SourceText source, int line, int col) {
        Lexer lexer = Lexer.forEmbeddedExpression(text, source, line, col);
        Parser p = new Parser(lexer.tokenize(), source, null);
        p.bracketDepth = 1;
        Expr e = p.at(KW_YIELD) ? p.yieldExpr() : p.starExpressions();
        if (!p.at(ENDMARKER)) throw p.invalidSyntax();
        return e;
    }

    // ================================================================ token helpers

    /** The furthest token index the parser has looked at (CPython's tokenizer reports an unclosed bracket on reaching the end). */
    private int furthest;

    private Token peek() {
        if (pos > furthest) furthest = pos;
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        int i = Math.min(pos + ahead, tokens.size() - 1);
        if (i > furthest) furthest = i;
        return tokens.get(i);
    }

    private boolean at(TokenType type) {
        if (pos > furthest) furthest = pos;
        return tokens.get(pos).type() == type;
    }

    /** Whether the parser looked past the last real token: CPython's tokenizer then hit the end of the file. */
    private boolean sawEnd() {
        int last = tokens.size() - 1;
        while (last > 0 && (tokens.get(last).type() == ENDMARKER || tokens.get(last).type() == NEWLINE
                || tokens.get(last).type() == DEDENT)) last--;
        return furthest > last;
    }

    private Token advance() {
        Token t = tokens.get(pos);
        if (t.type() != ENDMARKER) pos++;
        switch (t.type()) {
            case LPAR, LSQB, LBRACE -> bracketDepth++;
            case RPAR, RSQB, RBRACE -> bracketDepth--;
            default -> { }
        }
        return t;
    }

    private boolean match(TokenType type) {
        if (!at(type)) return false;
        advance();
        return true;
    }

    private Token expect(TokenType type) {
        if (!at(type)) throw invalidSyntax();
        return advance();
    }

    /** Like CPython's forced tokens (&&':'): a missing ':' gets its own message. */
    private Token expectForced(TokenType type) {
        if (!at(type)) {
            Token t = peek();
            if (t.type() == INDENT || t.type() == ENDMARKER || t.type() == ERRORTOKEN) throw invalidSyntax();
            throw error("SyntaxError", "expected '" + type.spelling + "'", t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
        }
        return advance();
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT: where a node ends. */
    private Token last() {
        for (int i = pos - 1; i >= 0; i--) {
            TokenType t = tokens.get(i).type();
            if (t != NEWLINE && t != INDENT && t != DEDENT && t != ENDMARKER) return tokens.get(i);
        }
        return tokens.get(0);
    }

    private void restore(int mark) {
        // Recount bracket depth when backtracking.
        for (int i = pos - 1; i >= mark; i--) {
            switch (tokens.get(i).type()) {
                case LPAR, LSQB, LBRACE -> bracketDepth--;
                case RPAR, RSQB, RBRACE -> bracketDepth++;
                default -> { }
            }
        }
        pos = mark;
    }

    // ================================================================ errors

    HerthonSyntaxError error(String type, String msg, int line, int offset, int endLine, int endOffset) {
        return new HerthonSyntaxError(type, msg, filename, line, offset, endLine, endOffset, source.line(line));
    }

    /** A SyntaxError spanning a node, as RAISE_SYNTAX_ERROR_KNOWN_LOCATION does. */
    HerthonSyntaxError errorAt(org.herthon.interpreter.ast.Located node, String msg) {
        return error("SyntaxError", msg, node.lineno(), node.col_offset() + 1, node.end_lineno(), node.end_col_offset() + 1);
    }

    HerthonSyntaxError errorAt(Token t, String msg) {
        return error("SyntaxError", msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    /**
     * The generic error at the current token, refined the way CPython does: an unclosed
     * bracket from an earlier line wins, an unexpected INDENT is an IndentationError.
     */
    private HerthonSyntaxError invalidSyntax() {
        Token t = peek();
        if (unclosedBracket != null && (t.type() == ENDMARKER || unclosedBracket.line() < t.line())) {
            return error("SyntaxError", "'" + unclosedBracket.text() + "' was never closed",
                    unclosedBracket.line(), unclosedBracket.col() + 1, unclosedBracket.line(), 0);
        }
        if (t.type() == INDENT) {
            return error("IndentationError", "unexpected indent", t.line(), t.endCol(), t.line(), -1);
        }
        if (t.type() == DEDENT) {
            return error("IndentationError", "unexpected unindent", t.line(), t.col(), t.line(), -1);
        }
        if (t.type() == ENDMARKER) {
            // CPython points just past the end of the last line.
            Token prev = last();
            String text = source.line(prev.endLine());
            int offset = text == null ? 0 : text.length() + 1;
            return error("SyntaxError", "invalid syntax", prev.endLine(), offset, prev.endLine(), offset);
        }
        return errorAt(t, "invalid syntax");
    }

    // ================================================================ statements

    private org.herthon.interpreter.ast.Module file() {
        List<Stmt> body = new ArrayList<>();
        try {
            while (!at(ENDMARKER)) {
                statement(body);
            }
        } catch (HerthonSyntaxError e) {
            throw preferUnclosedBracket(e);
        }
        return new org.herthon.interpreter.ast.Module(List.copyOf(body));
    }

    /**
     * When a bracket is never closed, everything after it is inside it, and CPython's parser
     * runs into the end of the file (reporting "'(' was never closed") before it settles on
     * any other error located after the bracket.
     */
    private HerthonSyntaxError preferUnclosedBracket(HerthonSyntaxError e) {
        if (unclosedBracket == null) return e;
        // CPython re-tokenizes the rest of the file after a generic error and reports the
        // bracket only when the error lies on a later line than it (def broken(: stays "invalid syntax");
        // the specific errors of the second pass read on, to the end inside the bracket
        boolean sameLineAfter = e.lineno() == unclosedBracket.line() && e.offset() - 1 > unclosedBracket.col()
                && !"invalid syntax".equals(e.msg());
        if (e.lineno() <= unclosedBracket.line() && !sameLineAfter && !sawEnd()) return e;
        return error("SyntaxError", "'" + unclosedBracket.text() + "' was never closed",
                unclosedBracket.line(), unclosedBracket.col() + 1, unclosedBracket.line(), 0);
    }

    /** statement: compound_stmt | simple_stmts; appends to {@code out}. */
    private void statement(List<Stmt> out) {
        switch (peek().type()) {
            case KW_DEF, AT, KW_CLASS, KW_IF, KW_WHILE, KW_FOR, KW_TRY, KW_WITH -> out.add(compoundStatement());
            case KW_ASYNC -> out.add(compoundStatement());
            case INDENT, DEDENT -> throw invalidSyntax();
            case NAME -> {
                Stmt m = "match".equals(peek().value()) ? matchStatement() : null;
                if (m != null) out.add(m);
                else simpleStatements(out);
            }
            default -> simpleStatements(out);
        }
    }

    // ================================================================ match statements (PEP 634)

    private boolean atSoft(String word) { return at(NAME) && word.equals(peek().value()); }

    /**
     * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. 'match' is a soft
     * keyword: when what follows is not a subject and ':' ending the line, this returns null
     * (having consumed nothing) and the line is parsed as a simple statement.
     */
    private Stmt matchStatement() {
        int mark = pos;
        Token start = advance();
        Expr subject;
        try {
            if (at(NEWLINE) || at(COLON) || at(EQUAL)) { restore(mark); return null; }
            subject = subjectExpr();
        } catch (HerthonSyntaxError e) {
            restore(mark);
            return null;
        }
        if (!at(COLON) || peek(1).type() != NEWLINE) { restore(mark); return null; }
        advance();
        advance();
        if (!at(INDENT)) {
            Token t = peek();
            throw error("IndentationError", "expected an indented block after 'match' statement on line " + start.line(),
                    t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (atSoft("case")) cases.add(caseBlock());
        if (cases.isEmpty()) throw invalidSyntax();
        if (!at(DEDENT) && !at(ENDMARKER)) throw invalidSyntax();
        match(DEDENT);
        Token end = last();
        return new Stmt.Match(subject, List.copyOf(cases), start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    private Expr subjectExpr() {
        Token start = peek();
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) throw invalidSyntax();
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (at(COLON)) break;
            elts.add(starNamedExpression());
        }
        Token end = last();
        return new Expr.Tuple(List.copyOf(elts), ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** case_block: "case" patterns guard? ':' block */
    private MatchCase caseBlock() {
        Token start = advance();
        Pattern p = patterns();
        Expr guard = null;
        if (match(KW_IF)) guard = namedExpression();
        if (!at(COLON)) {
            if (at(NEWLINE)) expectForced(COLON);
            throw invalidSyntax();
        }
        advance();
        List<Stmt> body = block("'case' statement", start.line());
        return new MatchCase(p, guard, body);
    }

    /** patterns: open_sequence_pattern | pattern */
    private Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) throw errorAt(start, "invalid syntax");
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (at(COLON) || at(KW_IF)) break;
            items.add(maybeStarPattern());
        }
        Token end = last();
        return new Pattern.MatchSequence(List.copyOf(items), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Pattern maybeStarPattern() {
        if (!at(STAR)) return pattern();
        Token star = advance();
        Token n = peek();
        if (n.type() != NAME) throw invalidSyntax();
        advance();
        String name = "_".equals(n.value()) ? null : (String) n.value();
        return new Pattern.MatchStar(name, star.line(), star.col(), n.endLine(), n.endCol());
    }

    /** pattern: as_pattern | or_pattern */
    private Pattern pattern() {
        Token start = peek();
        Pattern or = orPattern();
        if (!at(KW_AS)) return or;
        advance();
        Token n = peek();
        if (n.type() == NAME && !(peek(1).type() == DOT || peek(1).type() == LPAR || peek(1).type() == EQUAL)) {
            advance();
            if ("_".equals(n.value())) throw errorAt(n, "cannot use '_' as a target");
            return new Pattern.MatchAs(or, (String) n.value(), start.line(), start.col(), n.endLine(), n.endCol());
        }
        // invalid_as_pattern: or_pattern 'as' !NAME expression
        Expr bad = expression();
        throw errorAt(bad, "invalid pattern target");
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at(VBAR)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (match(VBAR)) alts.add(closedPattern());
        Token end = last();
        return new Pattern.MatchOr(List.copyOf(alts), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER, MINUS, STRING: {
                Expr v = literalExpr();
                return new Pattern.MatchValue(v, v.lineno(), v.col_offset(), v.end_lineno(), v.end_col_offset());
            }
            case KW_NONE, KW_TRUE, KW_FALSE: {
                advance();
                Object v = t.type() == KW_NONE ? null : Boolean.valueOf(t.type() == KW_TRUE);
                return new Pattern.MatchSingleton(v, t.line(), t.col(), t.endLine(), t.endCol());
            }
            case NAME: {
                Expr target = nameOrAttr();
                if (at(LPAR)) return classPattern(target);
                if (target instanceof Expr.Name n) {
                    if (n.id().equals("_")) return new Pattern.MatchAs(null, null, t.line(), t.col(), t.endLine(), t.endCol());
                    return new Pattern.MatchAs(null, n.id(), t.line(), t.col(), t.endLine(), t.endCol());
                }
                return new Pattern.MatchValue(target, target.lineno(), target.col_offset(), target.end_lineno(), target.end_col_offset());
            }
            case LPAR: {
                advance();
                if (at(RPAR)) {
                    Token end = advance();
                    return new Pattern.MatchSequence(List.of(), t.line(), t.col(), end.endLine(), end.endCol());
                }
                Pattern first = maybeStarPattern();
                if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
                    advance();
                    return first;   // group_pattern: the inner pattern itself
                }
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                expect(COMMA);
                while (!at(RPAR)) {
                    items.add(maybeStarPattern());
                    if (!match(COMMA)) break;
                }
                Token end = expect(RPAR);
                return new Pattern.MatchSequence(List.copyOf(items), t.line(), t.col(), end.endLine(), end.endCol());
            }
            case LSQB: {
                advance();
                List<Pattern> items = new ArrayList<>();
                while (!at(RSQB)) {
                    items.add(maybeStarPattern());
                    if (!match(COMMA)) break;
                }
                Token end = expect(RSQB);
                return new Pattern.MatchSequence(List.copyOf(items), t.line(), t.col(), end.endLine(), end.endCol());
            }
            case LBRACE:
                return mappingPattern();
            default:
                throw invalidSyntax();
        }
    }

    /** name_or_attr: attr | NAME, with attr: name_or_attr '.' NAME */
    private Expr nameOrAttr() {
        Token t = expect(NAME);
        Expr e = new Expr.Name((String) t.value(), ExprContext.Load, t.line(), t.col(), t.endLine(), t.endCol());
        while (at(DOT)) {
            advance();
            Token a = expect(NAME);
            e = new Expr.Attribute(e, (String) a.value(), ExprContext.Load, t.line(), t.col(), a.endLine(), a.endCol());
        }
        return e;
    }

    /** literal_expr without the attribute case: signed_number, complex_number, strings, None/True/False. */
    private Expr literalExpr() {
        Token t = peek();
        switch (t.type()) {
            case STRING: {
                return strings();
            }
            case KW_NONE, KW_TRUE, KW_FALSE: return atom();
            case NUMBER, MINUS: {
                Expr left = signedNumber();
                if (at(PLUS) || at(MINUS)) {
                    Operator op = advance().type() == PLUS ? Operator.Add : Operator.Sub;
                    Token n = peek();
                    if (n.type() != NUMBER) throw invalidSyntax();
                    advance();
                    Expr right = new Expr.Constant(n.value(), null, n.line(), n.col(), n.endLine(), n.endCol());
                    Object lv = left instanceof Expr.UnaryOp u ? ((Expr.Constant) u.operand()).value() : ((Expr.Constant) left).value();
                    if (lv instanceof org.herthon.interpreter.ast.Imaginary) throw errorAt(left, "real number required in complex literal");
                    if (!(n.value() instanceof org.herthon.interpreter.ast.Imaginary)) throw errorAt(right, "imaginary number required in complex literal");
                    return new Expr.BinOp(left, op, right, t.line(), t.col(), n.endLine(), n.endCol());
                }
                return left;
            }
            default: throw invalidSyntax();
        }
    }

    private Expr signedNumber() {
        Token t = peek();
        if (t.type() == MINUS) {
            advance();
            Token n = peek();
            if (n.type() != NUMBER) throw invalidSyntax();
            advance();
            Expr c = new Expr.Constant(n.value(), null, n.line(), n.col(), n.endLine(), n.endCol());
            return new Expr.UnaryOp(UnaryOperator.USub, c, t.line(), t.col(), n.endLine(), n.endCol());
        }
        advance();
        return new Expr.Constant(t.value(), null, t.line(), t.col(), t.endLine(), t.endCol());
    }

    private Pattern mappingPattern() {
        Token open = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                advance();
                Token n = expect(NAME);
                if ("_".equals(n.value())) throw invalidSyntax0(n);
                rest = (String) n.value();
                match(COMMA);
                break;
            }
            Expr key = at(NAME) ? nameOrAttr() : literalExpr();
            if (key instanceof Expr.Name) throw errorAt(key, "invalid syntax");
            expect(COLON);
            keys.add(key);
            values.add(pattern());
            if (!match(COMMA)) break;
        }
        Token end = expect(RBRACE);
        return new Pattern.MatchMapping(List.copyOf(keys), List.copyOf(values), rest, open.line(), open.col(), end.endLine(), end.endCol());
    }

    private HerthonSyntaxError invalidSyntax0(Token t) { return errorAt(t, "invalid syntax"); }

    private Pattern classPattern(Expr cls) {
        advance();
        List<Pattern> pos = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Pattern> kwPatterns = new ArrayList<>();
        Pattern firstLatePositional = null, lastLatePositional = null;
        while (!at(RPAR)) {
            if (at(NAME) && peek(1).type() == EQUAL) {
                Token n = advance();
                advance();
                kwNames.add((String) n.value());
                kwPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwNames.isEmpty()) {
                    if (firstLatePositional == null) firstLatePositional = p;
                    lastLatePositional = p;
                } else pos.add(p);
            }
            if (!match(COMMA)) break;
        }
        Token end = expect(RPAR);
        if (firstLatePositional != null) {
            throw error("SyntaxError", "positional patterns follow keyword patterns", firstLatePositional.lineno(), firstLatePositional.col_offset() + 1,
                    lastLatePositional.end_lineno(), lastLatePositional.end_col_offset() + 1);
        }
        return new Pattern.MatchClass(cls, List.copyOf(pos), List.copyOf(kwNames), List.copyOf(kwPatterns), cls.lineno(), cls.col_offset(), end.endLine(), end.endCol());
    }

    private Stmt compoundStatement() {
        switch (peek().type()) {
            case AT: return decorated();
            case KW_DEF: return functionDef(List.of(), peek());
            case KW_CLASS: return classDef(List.of(), peek());
            case KW_IF: return ifStatement();
            case KW_WHILE: return whileStatement();
            case KW_FOR: return forStatement(peek());
            case KW_TRY: return tryStatement();
            case KW_WITH: return withStatement(peek());
            case KW_ASYNC: {
                Token start = advance();
                switch (peek().type()) {
                    case KW_DEF: return functionDef(List.of(), start);
                    case KW_FOR: return forStatement(start);
                    case KW_WITH: return withStatement(start);
                    default: throw invalidSyntax();
                }
            }
            default: throw invalidSyntax();
        }
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (match(SEMI)) {
            if (at(NEWLINE)) break;
            out.add(simpleStatement());
        }
        if (!at(NEWLINE)) throw invalidSyntax();
        advance();
    }

    private Stmt simpleStatement() {
        Token start = peek();
        switch (start.type()) {
            case KW_PASS: advance(); return new Stmt.Pass(start.line(), start.col(), start.endLine(), start.endCol());
            case KW_BREAK: advance(); return new Stmt.Break(start.line(), start.col(), start.endLine(), start.endCol());
            case KW_CONTINUE: advance(); return new Stmt.Continue(start.line(), start.col(), start.endLine(), start.endCol());
            case KW_RETURN: return returnStatement();
            case KW_RAISE: return raiseStatement();
            case KW_GLOBAL: case KW_NONLOCAL: return globalOrNonlocal();
            case KW_DEL: return delStatement();
            case KW_ASSERT: return assertStatement();
            case KW_IMPORT: return importName();
            case KW_FROM: return importFrom();
            default: return expressionStatement();
        }
    }

    /**
     * Expression statements and all assignments: the left side is parsed as an expression
     * first, then the following token decides (=, augmented operator, ':' annotation).
     */
    private Stmt expressionStatement() {
        Token start = peek();
        // Annotated assignment: single target followed by ':'.
        Expr first = at(KW_YIELD) ? yieldExpr() : starExpressions();
        if (at(COLON)) {
            advance();
            Targets.checkAnnotationTarget(this, first);
            Expr target = Targets.toStore(this, first, Targets.Kind.ANNOTATION);
            Expr annotation = expression();
            Expr value = null;
            if (match(EQUAL)) value = annotatedRhs();
            int simple = first instanceof Expr.Name && start.type() != LPAR ? 1 : 0;
            Token end = last();
            return new Stmt.AnnAssign(target, annotation, value, simple, start.line(), start.col(), end.endLine(), end.endCol());
        }
        if (at(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (match(EQUAL)) {
                targets.add(value);
                value = annotatedRhs();
            }
            // invalid_named_expression's hint needs a bitwise_or on the right: not a yield
            if (targets.size() == 1 && !(value instanceof Expr.Yield || value instanceof Expr.YieldFrom)) {
                hintForAssignmentThatLooksLikeComparison(targets.get(0));
            }
            List<Expr> stored = new ArrayList<>(targets.size());
            for (int i = 1; i < targets.size(); i++) {
                // invalid_assignment: a bare yield_expr between '=' signs (not a parenthesized one)
                Expr t = targets.get(i);
                if (bareYields.contains(t)) {
                    throw errorAt(t, "assignment to yield expression not possible");
                }
            }
            for (Expr t : targets) stored.add(Targets.toStore(this, t, Targets.Kind.ASSIGN));
            if (at(COLON)) throw invalidSyntax();
            Token end = last();
            return new Stmt.Assign(List.copyOf(stored), value, start.line(), start.col(), end.endLine(), end.endCol());
        }
        Operator aug = augmentedOperator(peek().type());
        if (aug != null) {
            Expr target = Targets.toAugmentedStore(this, first);
            advance();
            Expr value = annotatedRhs();
            Token end = last();
            return new Stmt.AugAssign(target, aug, value, start.line(), start.col(), end.endLine(), end.endCol());
        }
        if (!at(NEWLINE) && !at(SEMI)) {
            hintForPrint(first);
            hintForMissingComma(first);
            throw invalidSyntax();
        }
        Token end = last();
        return new Stmt.Expr(first, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /**
     * CPython's invalid_named_expression: in {@code f() = 1} the author probably meant '=='.
     * Applies to the top-level elements of a single assignment target that are operator
     * expressions, calls or literals (not to comparisons, and not to elements that start with
     * a list, tuple, True, False or None).
     */
    private void hintForAssignmentThatLooksLikeComparison(Expr target) {
        List<Expr> elements = target instanceof Expr.Tuple t && !parenthesizedTuples.contains(t) ? t.elts() : List.of(target);
        for (Expr e : elements) {
            if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript
                    || e instanceof Expr.Starred || e instanceof Expr.Compare || e instanceof Expr.BoolOp
                    || e instanceof Expr.IfExp || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
                    || e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
                continue;
            }
            if (Targets.startsWithDisplayOrSingleton(e)) continue;
            throw errorAt(e, "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    /** CPython's invalid_legacy_expression: {@code print "x"}. */
    private void hintForPrint(Expr first) {
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && startsExpression(peek().type())) {
            int mark = pos;
            try {
                Expr arg = starExpressions();
                Token end = last();
                throw error("SyntaxError", "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                        n.lineno(), n.col_offset() + 1, end.endLine(), end.endCol() + 1);
            } catch (HerthonSyntaxError e) {
                if (e.msg().startsWith("Missing parentheses")) throw e;
                restore(mark);
            }
        }
    }

    /** The right side of =, augmented and annotated assignment: yield_expr | star_expressions. */
    private Expr annotatedRhs() {
        if (!at(KW_YIELD)) return starExpressions();
        Expr y = yieldExpr();
        bareYields.add(y);
        return y;
    }

    /** Yield expressions parsed without parentheses on the right of '=' (to word assignments to them). */
    private final Set<Expr> bareYields = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private static Operator augmentedOperator(TokenType t) {
        switch (t) {
            case PLUSEQUAL: return Operator.Add;
            case MINEQUAL: return Operator.Sub;
            case STAREQUAL: return Operator.Mult;
            case ATEQUAL: return Operator.MatMult;
            case SLASHEQUAL: return Operator.Div;
            case PERCENTEQUAL: return Operator.Mod;
            case AMPEREQUAL: return Operator.BitAnd;
            case VBAREQUAL: return Operator.BitOr;
            case CIRCUMFLEXEQUAL: return Operator.BitXor;
            case LEFTSHIFTEQUAL: return Operator.LShift;
            case RIGHTSHIFTEQUAL: return Operator.RShift;
            case DOUBLESTAREQUAL: return Operator.Pow;
            case DOUBLESLASHEQUAL: return Operator.FloorDiv;
            default: return null;
        }
    }

    private Stmt returnStatement() {
        Token start = advance();
        Expr value = at(NEWLINE) || at(SEMI) ? null : starExpressions();
        Token end = last();
        return new Stmt.Return(value, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Stmt raiseStatement() {
        Token start = advance();
        Expr exc = null;
        Expr cause = null;
        if (!at(NEWLINE) && !at(SEMI)) {
            exc = expression();
            if (match(KW_FROM)) cause = expression();
        }
        Token end = last();
        return new Stmt.Raise(exc, cause, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Stmt globalOrNonlocal() {
        Token start = advance();
        List<String> names = new ArrayList<>();
        names.add(name());
        while (match(COMMA)) names.add(name());
        Token end = last();
        return start.type() == KW_GLOBAL
                ? new Stmt.Global(List.copyOf(names), start.line(), start.col(), end.endLine(), end.endCol())
                : new Stmt.Nonlocal(List.copyOf(names), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private String name() {
        return (String) expect(NAME).value();
    }

    private Stmt delStatement() {
        Token start = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(NEWLINE) || at(SEMI)) break;
            targets.add(Targets.toDelete(this, bitwiseOrOrStarred()));
        } while (match(COMMA));
        if (targets.isEmpty() || (!at(NEWLINE) && !at(SEMI))) throw invalidSyntax();
        Token end = last();
        return new Stmt.Delete(List.copyOf(targets), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Stmt assertStatement() {
        Token start = advance();
        Expr test = expression();
        Expr msg = match(COMMA) ? expression() : null;
        Token end = last();
        return new Stmt.Assert(test, msg, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token aliasStart = peek();
            String name = dottedName();
            String asname = match(KW_AS) ? name() : null;
            Token end = last();
            names.add(new Alias(name, asname, aliasStart.line(), aliasStart.col(), end.endLine(), end.endCol()));
        } while (match(COMMA));
        Token end = last();
        return new Stmt.Import(List.copyOf(names), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(name());
        while (match(DOT)) name.append('.').append(name());
        return name.toString();
    }

    /** import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
    private Stmt importFrom() {
        Token start = advance();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) level += advance().type() == DOT ? 1 : 3;
        String module = level > 0 && at(KW_IMPORT) ? null : dottedName();
        expect(KW_IMPORT);
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token star = advance();
            names.add(new Alias("*", null, star.line(), star.col(), star.endLine(), star.endCol()));
        } else if (match(LPAR)) {
            importFromAsNames(names, true);
            expect(RPAR);
        } else {
            importFromAsNames(names, false);
        }
        Token end = last();
        return new Stmt.ImportFrom(module, List.copyOf(names), level, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private void importFromAsNames(List<Alias> names, boolean parenthesized) {
        while (true) {
            Token aliasStart = peek();
            String name = name();
            String asname = match(KW_AS) ? name() : null;
            Token end = last();
            names.add(new Alias(name, asname, aliasStart.line(), aliasStart.col(), end.endLine(), end.endCol()));
            if (!match(COMMA)) return;
            if (parenthesized && at(RPAR)) return;
            if (!parenthesized && (at(NEWLINE) || at(SEMI))) {
                Token t = peek();
                throw error("SyntaxError", "trailing comma not allowed without surrounding parentheses",
                        t.line(), t.col() + 1, t.line(), t.col() + 1);
            }
        }
    }

    // ---------------------------------------------------------------- blocks

    /**
     * block: NEWLINE INDENT statements DEDENT | simple_stmts. {@code what} names the header for
     * CPython's "expected an indented block after ..." message.
     */
    private List<Stmt> block(String what, int headerLine) {
        List<Stmt> body = new ArrayList<>();
        if (match(NEWLINE)) {
            if (!at(INDENT)) {
                Token t = peek();
                if (t.type() == ENDMARKER && unclosedBracket == null) {
                    // CPython points past the end of the file.
                    throw error("IndentationError", "expected an indented block after " + what + " on line " + headerLine,
                            t.line(), t.col() + 1, t.line(), t.col() + 1);
                }
                throw error("IndentationError", "expected an indented block after " + what + " on line " + headerLine,
                        t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
            }
            advance();
            while (!at(DEDENT) && !at(ENDMARKER)) statement(body);
            match(DEDENT);
        } else {
            simpleStatements(body);
        }
        return List.copyOf(body);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (match(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        Token start = peek();
        if (at(KW_DEF)) return functionDef(List.copyOf(decorators), start);
        if (at(KW_CLASS)) return classDef(List.copyOf(decorators), start);
        if (at(KW_ASYNC) && peek(1).type() == KW_DEF) {
            advance();
            return functionDef(List.copyOf(decorators), start);
        }
        throw invalidSyntax();
    }

    /** function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block; {@code start} is 'def' or 'async'. */
    private Stmt functionDef(List<Expr> decorators, Token start) {
        Token def = expect(KW_DEF);
        String name = name();
        if (!at(LPAR)) {
            throw at(COLON) || at(NEWLINE) ? errorAt(peek(), "expected '('") : invalidSyntax();
        }
        advance();
        Arguments args = parameters(RPAR, true);
        expect(RPAR);
        Expr returns = match(RARROW) ? expression() : null;
        expectForced(COLON);
        List<Stmt> body = block("function definition", def.line());
        Token end = last();
        if (start.type() == KW_ASYNC) {
            return new Stmt.AsyncFunctionDef(name, args, body, decorators, returns,
                    start.line(), start.col(), end.endLine(), end.endCol());
        }
        return new Stmt.FunctionDef(name, args, body, decorators, returns, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Stmt classDef(List<Expr> decorators, Token start) {
        advance();
        String name = name();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (match(LPAR)) {
            List<Expr> b = new ArrayList<>();
            List<Keyword> k = new ArrayList<>();
            if (!at(RPAR)) callArguments(b, k);
            expect(RPAR);
            bases = List.copyOf(b);
            keywords = List.copyOf(k);
        }
        expectForced(COLON);
        List<Stmt> body = block("class definition", start.line());
        Token end = last();
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Stmt ifStatement() {
        Token start = advance(); // 'if' or 'elif'
        String what = start.type() == KW_IF ? "'if' statement" : "'elif' statement";
        Expr test = namedExpression();
        hintForAssignmentInCondition(test);
        expectForced(COLON);
        List<Stmt> body = block(what, start.line());
        List<Stmt> orelse = List.of();
        if (at(KW_ELIF)) {
            orelse = List.of(ifStatement());
        } else if (at(KW_ELSE)) {
            orelse = elseBlock();
        }
        Token end = last();
        return new Stmt.If(test, body, orelse, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** CPython's invalid_named_expression: {@code if x = 1:}. */
    private void hintForAssignmentInCondition(Expr test) {
        if (!at(EQUAL)) return;
        if (test instanceof Expr.Name) {
            advance();
            Expr value = bitwiseOr();
            throw error("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    test.lineno(), test.col_offset() + 1, value.end_lineno(), value.end_col_offset() + 1);
        }
        if (!(test instanceof Expr.Compare || test instanceof Expr.BoolOp || Targets.startsWithDisplayOrSingleton(test))) {
            throw errorAt(test, "cannot assign to " + Targets.describe(test) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    private List<Stmt> elseBlock() {
        Token elseToken = advance();
        expectForced(COLON);
        return block("'else' statement", elseToken.line());
    }

    private Stmt whileStatement() {
        Token start = advance();
        Expr test = namedExpression();
        hintForAssignmentInCondition(test);
        expectForced(COLON);
        List<Stmt> body = block("'while' statement", start.line());
        List<Stmt> orelse = at(KW_ELSE) ? elseBlock() : List.of();
        Token end = last();
        return new Stmt.While(test, body, orelse, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block] */
    private Stmt forStatement(Token start) {
        Token forToken = advance();
        Expr target = starTargets();
        expect(KW_IN);
        Expr iter = starExpressions();
        expectForced(COLON);
        List<Stmt> body = block("'for' statement", forToken.line());
        List<Stmt> orelse = at(KW_ELSE) ? elseBlock() : List.of();
        Token end = last();
        if (start.type() == KW_ASYNC) {
            return new Stmt.AsyncFor(target, iter, body, orelse, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return new Stmt.For(target, iter, body, orelse, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** star_targets as used by 'for' and comprehensions: a target list, Tuple when it has a comma. */
    private Expr starTargets() {
        Token start = peek();
        Expr first = bitwiseOrOrStarred();
        if (!at(COMMA)) return Targets.toStore(this, first, Targets.Kind.FOR);
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (at(KW_IN) || at(EQUAL)) break;
            elts.add(bitwiseOrOrStarred());
        }
        Token end = last();
        Expr tuple = new Expr.Tuple(List.copyOf(elts), ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
        return Targets.toStore(this, tuple, Targets.Kind.FOR);
    }

    private Expr bitwiseOrOrStarred() {
        if (at(STAR)) {
            Token star = advance();
            Expr value = bitwiseOr();
            Token end = last();
            return new Expr.Starred(value, ExprContext.Load, star.line(), star.col(), end.endLine(), end.endCol());
        }
        return bitwiseOr();
    }

    private Stmt tryStatement() {
        Token start = advance();
        expectForced(COLON);
        List<Stmt> body = block("'try' statement", start.line());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (at(KW_EXCEPT)) {
            Token except = advance();
            if (match(STAR)) star = true;
            Expr type = null;
            String name = null;
            if (!at(COLON)) {
                type = expression();
                if (at(COMMA)) {
                    // except A, B:  -> CPython: "multiple exception types must be parenthesized"
                    Token t = peek();
                    throw error("SyntaxError", "multiple exception types must be parenthesized",
                            type.lineno(), type.col_offset() + 1, t.endLine(), last().endCol() + 1);
                }
                if (match(KW_AS)) name = name();
            }
            expectForced(COLON);
            List<Stmt> handlerBody = block(star ? "'except*' statement" : "'except' statement", except.line());
            Token end = last();
            handlers.add(new ExceptHandler(type, name, handlerBody, except.line(), except.col(), end.endLine(), end.endCol()));
        }
        List<Stmt> orelse = List.of();
        if (at(KW_ELSE) && !handlers.isEmpty()) orelse = elseBlock();
        List<Stmt> finalbody = List.of();
        if (at(KW_FINALLY)) {
            Token fin = advance();
            expectForced(COLON);
            finalbody = block("'finally' statement", fin.line());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token t = peek();
            throw error("SyntaxError", "expected 'except' or 'finally' block", t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
        }
        Token end = last();
        if (star) {
            return new Stmt.TryStar(body, List.copyOf(handlers), orelse, finalbody, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return new Stmt.Try(body, List.copyOf(handlers), orelse, finalbody, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** with_stmt, including the parenthesized form {@code with (a as b, c as d):} of 3.9+. */
    private Stmt withStatement(Token start) {
        Token with = advance();
        List<WithItem> items = null;
        if (at(LPAR)) {
            int mark = pos;
            try {
                advance();
                List<WithItem> parenthesized = new ArrayList<>();
                do {
                    if (at(RPAR)) break;
                    parenthesized.add(withItem());
                } while (match(COMMA));
                expect(RPAR);
                if (at(COLON)) items = parenthesized;
                else restore(mark);
            } catch (HerthonSyntaxError e) {
                restore(mark);
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (match(COMMA));
        }
        expectForced(COLON);
        List<Stmt> body = block("'with' statement", with.line());
        Token end = last();
        if (start.type() == KW_ASYNC) {
            return new Stmt.AsyncWith(List.copyOf(items), body, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return new Stmt.With(List.copyOf(items), body, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (match(KW_AS)) {
            vars = Targets.toStore(this, starTargetForWith(), Targets.Kind.WITH);
        }
        return new WithItem(context, vars);
    }

    /** The target after 'as': a single star_target (a tuple needs parentheses). */
    private Expr starTargetForWith() {
        return bitwiseOrOrStarred();
    }

    // ---------------------------------------------------------------- parameters

    /**
     * Parameters of def (annotations allowed) or lambda, up to {@code close} (')' or ':').
     * Order: posonly '/' | plain (with defaults) | '*' [vararg] kwonly | '**' kwarg.
     */
    private Arguments parameters(TokenType close, boolean allowAnnotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawStar = false;
        Token bareStar = null;
        while (!at(close)) {
            if (at(SLASH)) {
                Token slash = advance();
                if (sawStar || !posonly.isEmpty()) throw errorAt(slash, sawStar ? "/ must be ahead of *" : "/ may appear only once");
                if (args.isEmpty()) throw errorAt(slash, "at least one argument must precede /");
                posonly.addAll(args);
                args.clear();
            } else if (at(STAR)) {
                Token star = advance();
                if (sawStar) throw errorAt(star, "* argument may appear only once");
                sawStar = true;
                if (at(COMMA) || at(close)) {
                    bareStar = star;
                } else {
                    vararg = parameter(allowAnnotations, true);
                }
            } else if (at(DOUBLESTAR)) {
                advance();
                kwarg = parameter(allowAnnotations, false);
                if (at(EQUAL)) throw errorAt(peek(), "var-keyword argument cannot have default value");
                match(COMMA);
                if (!at(close)) throw errorAt(peek(), "arguments cannot follow var-keyword argument");
                break;
            } else {
                Arg arg = parameter(allowAnnotations, false);
                Expr dflt = null;
                if (match(EQUAL)) dflt = expression();
                if (sawStar) {
                    kwonly.add(arg);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt(arg, "non-default argument follows default argument");
                    }
                    args.add(arg);
                }
            }
            if (!match(COMMA)) break;
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw errorAt(bareStar, "named arguments must follow bare *");
        }
        if (!at(close)) throw invalidSyntax();
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                java.util.Collections.unmodifiableList(kwDefaults), kwarg, List.copyOf(defaults));
    }

    private Arg parameter(boolean allowAnnotations, boolean starred) {
        Token start = peek();
        String name = name();
        Expr annotation = null;
        if (allowAnnotations && match(COLON)) {
            annotation = starred && at(STAR) ? starExpression() : expression();
        }
        Token end = last();
        return new Arg(name, annotation, start.line(), start.col(), end.endLine(), end.endCol());
    }

    // ================================================================ expressions

    /** star_expressions: star_expression (',' star_expression)* [','] — a Tuple when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (!startsExpression(peek().type()) && !at(STAR)) break;
            elts.add(starExpression());
        }
        Token end = last();
        return new Expr.Tuple(List.copyOf(elts), ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** star_expression: '*' bitwise_or | expression */
    private Expr starExpression() {
        if (at(STAR)) {
            Token star = advance();
            Expr value = bitwiseOr();
            Token end = last();
            return new Expr.Starred(value, ExprContext.Load, star.line(), star.col(), end.endLine(), end.endCol());
        }
        return expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression (elements of list/tuple/set displays). */
    private Expr starNamedExpression() {
        if (at(STAR)) return starExpression();
        return namedExpression();
    }

    /** named_expression: NAME ':=' expression | expression !':=' */
    Expr namedExpression() {
        Token start = peek();
        if (start.type() == NAME && peek(1).type() == COLONEQUAL) {
            advance();
            advance();
            Expr value = expression();
            Token end = last();
            Expr.Name target = new Expr.Name((String) start.value(), ExprContext.Store, start.line(), start.col(), start.endLine(), start.endCol());
            return new Expr.NamedExpr(target, value, start.line(), start.col(), end.endLine(), end.endCol());
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorAt(e, "cannot use assignment expressions with " + Targets.describe(e));
        }
        return e;
    }

    /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
    Expr expression() {
        if (at(KW_LAMBDA)) return lambda();
        Token start = peek();
        Expr body = disjunction();
        if (at(KW_IF)) {
            advance();
            Expr test = disjunction();
            if (!at(KW_ELSE)) {
                Token t = peek();
                throw error("SyntaxError", "expected 'else' after 'if' expression", body.lineno(), body.col_offset() + 1,
                        last().endLine(), last().endCol() + 1);
            }
            advance();
            Expr orelse = expression();
            Token end = last();
            return new Expr.IfExp(test, body, orelse, start.line(), start.col(), end.endLine(), end.endCol());
        }
        if (bracketDepth > 0) hintForMissingComma(body);
        return body;
    }

    /**
     * CPython's invalid_expression: two expressions side by side inside brackets
     * ({@code f(a b)}) are reported as a probably forgotten comma.
     */
    private void hintForMissingComma(Expr first) {
        TokenType next = peek().type();
        if (!(next == NAME || next == NUMBER || next == STRING || next == KW_NONE || next == KW_TRUE
                || next == KW_FALSE || next == KW_LAMBDA || next == KW_NOT || next == TILDE)) return;
        if (first instanceof Expr.Name && next == STRING) return; // prefix-like: handled as invalid syntax
        if (bracketDepth == 0) return;
        int mark = pos;
        Expr second;
        try {
            second = expressionWithoutHints();
        } catch (HerthonSyntaxError e) {
            restore(mark);
            return;
        }
        throw error("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", first.lineno(), first.col_offset() + 1,
                second.end_lineno(), second.end_col_offset() + 1);
    }

    private Expr expressionWithoutHints() {
        int saved = bracketDepth;
        bracketDepth = -1000; // disables nested hints
        try {
            return expression();
        } finally {
            bracketDepth = saved;
        }
    }

    /**
     * Right-recursive rules (unary operators, {@code not}, {@code lambda}) nest one level per
     * operator. CPython's parser gives up past 6000 levels with MemoryError (its stack is fixed);
     * so does this one, at the same depth, instead of exhausting the JVM stack.
     */
    private static final int MAX_NESTING = 6000;
    private int nesting;

    private void enterNesting() {
        if (++nesting > MAX_NESTING) {
            throw org.herthon.interpreter.runtime.Err.make(org.herthon.interpreter.runtime.PyExc.MemoryError);
        }
    }

    private Expr lambda() {
        enterNesting();
        try {
            return lambdaBody();
        } finally {
            nesting--;
        }
    }

    private Expr lambdaBody() {
        Token start = advance();
        Arguments args = parameters(COLON, false);
        expect(COLON);
        Expr body = expression();
        Token end = last();
        return new Expr.Lambda(args, body, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at(KW_OR)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (match(KW_OR)) values.add(conjunction());
        Token end = last();
        return new Expr.BoolOp(BoolOperator.Or, List.copyOf(values), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at(KW_AND)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (match(KW_AND)) values.add(inversion());
        Token end = last();
        return new Expr.BoolOp(BoolOperator.And, List.copyOf(values), start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Expr inversion() {
        if (at(KW_NOT)) {
            Token start = advance();
            enterNesting();
            Expr operand;
            try {
                operand = inversion();
            } finally {
                nesting--;
            }
            Token end = last();
            return new Expr.UnaryOp(UnaryOperator.Not, operand, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        CmpOp op = comparisonOperator();
        if (op == null) return left;
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = comparisonOperator();
        }
        Token end = last();
        return new Expr.Compare(left, List.copyOf(ops), List.copyOf(comparators), start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** Consumes a comparison operator (including 'not in' and 'is not') and returns it, or null. */
    private CmpOp comparisonOperator() {
        switch (peek().type()) {
            case EQEQUAL: advance(); return CmpOp.Eq;
            case NOTEQUAL: advance(); return CmpOp.NotEq;
            case LESS: advance(); return CmpOp.Lt;
            case LESSEQUAL: advance(); return CmpOp.LtE;
            case GREATER: advance(); return CmpOp.Gt;
            case GREATEREQUAL: advance(); return CmpOp.GtE;
            case KW_IN: advance(); return CmpOp.In;
            case KW_IS:
                advance();
                return match(KW_NOT) ? CmpOp.IsNot : CmpOp.Is;
            case KW_NOT:
                if (peek(1).type() == KW_IN) {
                    advance();
                    advance();
                    return CmpOp.NotIn;
                }
                return null;
            default:
                return null;
        }
    }

    Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (at(VBAR)) {
            advance();
            Expr right = bitwiseXor();
            Token end = last();
            left = new Expr.BinOp(left, Operator.BitOr, right, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (at(CIRCUMFLEX)) {
            advance();
            Expr right = bitwiseAnd();
            Token end = last();
            left = new Expr.BinOp(left, Operator.BitXor, right, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (at(AMPER)) {
            advance();
            Expr right = shiftExpr();
            Token end = last();
            left = new Expr.BinOp(left, Operator.BitAnd, right, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        while (at(LEFTSHIFT) || at(RIGHTSHIFT)) {
            Operator op = advance().type() == LEFTSHIFT ? Operator.LShift : Operator.RShift;
            Expr right = sum();
            Token end = last();
            left = new Expr.BinOp(left, op, right, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return left;
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (at(PLUS) || at(MINUS)) {
            Operator op = advance().type() == PLUS ? Operator.Add : Operator.Sub;
            Expr right = term();
            Token end = last();
            left = new Expr.BinOp(left, op, right, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return left;
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Operator op;
            switch (peek().type()) {
                case STAR: op = Operator.Mult; break;
                case SLASH: op = Operator.Div; break;
                case DOUBLESLASH: op = Operator.FloorDiv; break;
                case PERCENT: op = Operator.Mod; break;
                case AT: op = Operator.MatMult; break;
                default: return left;
            }
            advance();
            Expr right = factor();
            Token end = last();
            left = new Expr.BinOp(left, op, right, start.line(), start.col(), end.endLine(), end.endCol());
        }
    }

    private Expr factor() {
        UnaryOperator op;
        switch (peek().type()) {
            case PLUS: op = UnaryOperator.UAdd; break;
            case MINUS: op = UnaryOperator.USub; break;
            case TILDE: op = UnaryOperator.Invert; break;
            default: return power();
        }
        Token start = advance();
        enterNesting();
        Expr operand;
        try {
            operand = factor();
        } finally {
            nesting--;
        }
        Token end = last();
        return new Expr.UnaryOp(op, operand, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** power: await_primary '**' factor */
    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (!at(DOUBLESTAR)) return base;
        advance();
        Expr exponent = factor();
        Token end = last();
        return new Expr.BinOp(base, Operator.Pow, exponent, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Expr awaitPrimary() {
        if (at(KW_AWAIT)) {
            Token start = advance();
            Expr value = primary();
            Token end = last();
            return new Expr.Await(value, start.line(), start.col(), end.endLine(), end.endCol());
        }
        return primary();
    }

    /** primary: atom followed by any number of .name, (args), [slices]. */
    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            if (at(DOT)) {
                advance();
                String attr = name();
                Token end = last();
                e = new Expr.Attribute(e, attr, ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
            } else if (at(LPAR)) {
                e = call(e, start);
            } else if (at(LSQB)) {
                advance();
                Expr slice = slices();
                expect(RSQB);
                Token end = last();
                e = new Expr.Subscript(e, slice, ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func, Token start) {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (!at(RPAR)) {
            // A generator expression as sole argument takes the call's parentheses.
            int mark = pos;
            Expr first = at(STAR) || at(DOUBLESTAR) || (at(NAME) && peek(1).type() == EQUAL) ? null : namedExpression();
            if (first != null && at(KW_FOR) || first != null && at(KW_ASYNC)) {
                List<Comprehension> generators = comprehensionClauses();
                if (!at(RPAR)) {
                    if (at(COMMA)) {
                        Token end = last();
                        throw error("SyntaxError", "Generator expression must be parenthesized", first.lineno(),
                                first.col_offset() + 1, end.endLine(), end.endCol() + 1);
                    }
                    throw invalidSyntax();
                }
                Token close = advance();
                args.add(new Expr.GeneratorExp(first, generators, open.line(), open.col(), close.endLine(), close.endCol()));
                Token end = last();
                return new Expr.Call(func, List.copyOf(args), List.of(), start.line(), start.col(), end.endLine(), end.endCol());
            }
            restore(mark);
            callArguments(args, keywords);
        }
        expect(RPAR);
        Token end = last();
        return new Expr.Call(func, List.copyOf(args), List.copyOf(keywords), start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** Call arguments (also class bases): positional, *iterable, name=value, **mapping, with CPython's order rules. */
    private void callArguments(List<Expr> args, List<Keyword> keywords) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Token firstArg = peek();
        String misplacedPositional = null;
        while (!at(RPAR)) {
            Token start = peek();
            if (at(DOUBLESTAR)) {
                advance();
                Expr value = expression();
                Token end = last();
                keywords.add(new Keyword(null, value, start.line(), start.col(), end.endLine(), end.endCol()));
                sawDoubleStar = true;
            } else if (at(STAR)) {
                advance();
                Expr value = expression();
                Token end = last();
                Expr starred = new Expr.Starred(value, ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
                if (sawDoubleStar) {
                    // CPython points at the arguments before the offending one.
                    Token lastBefore = lastTokenBefore(start);
                    throw error("SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
                            firstArg.line(), firstArg.col() + 1, lastBefore.endLine(), lastBefore.endCol() + 1);
                }
                args.add(starred);
            } else if (at(NAME) && peek(1).type() == EQUAL) {
                String name = (String) advance().value();
                advance();
                Expr value = expression();
                Token end = last();
                keywords.add(new Keyword(name, value, start.line(), start.col(), end.endLine(), end.endCol()));
                sawKeyword = true;
            } else {
                Expr value = namedExpression();
                if (at(EQUAL)) {
                    Token eq = peek();
                    throw error("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                            value.lineno(), value.col_offset() + 1, eq.endLine(), eq.endCol() + 1);
                }
                if (at(KW_FOR) || at(KW_ASYNC)) {
                    Token genStart = start;
                    List<Comprehension> generators = comprehensionClauses();
                    Token end = last();
                    throw error("SyntaxError", "Generator expression must be parenthesized", value.lineno(),
                            value.col_offset() + 1, end.endLine(), end.endCol() + 1);
                }
                if (misplacedPositional == null && sawDoubleStar) misplacedPositional = "positional argument follows keyword argument unpacking";
                if (misplacedPositional == null && sawKeyword) misplacedPositional = "positional argument follows keyword argument";
                args.add(value);
            }
            if (!match(COMMA)) break;
        }
        // CPython reports this at the token after the arguments, the last one its parser read.
        if (misplacedPositional != null) throw errorAt(peek(), misplacedPositional);
    }

    /** The token before {@code t} that ends the previous argument (skipping the comma). */
    private Token lastTokenBefore(Token t) {
        int i = tokens.indexOf(t) - 1;
        while (i > 0 && tokens.get(i).type() == COMMA) i--;
        return tokens.get(Math.max(i, 0));
    }

    /** slices: slice | slice (',' slice)* [','] -> Tuple without the brackets. */
    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) return first; // x[*a] is a 1-tuple
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (at(RSQB)) break;
            elts.add(slice());
        }
        Token end = last();
        return new Expr.Tuple(List.copyOf(elts), ExprContext.Load, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred */
    private Expr slice() {
        Token start = peek();
        if (at(STAR)) return starExpression();
        Expr lower = at(COLON) ? null : namedExpression();
        if (!at(COLON)) return lower;
        advance();
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (match(COLON)) {
            step = at(COMMA) || at(RSQB) ? null : expression();
        }
        Token end = last();
        return new Expr.Slice(lower, upper, step, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME:
                advance();
                return new Expr.Name((String) t.value(), ExprContext.Load, t.line(), t.col(), t.endLine(), t.endCol());
            case NUMBER:
                advance();
                if (t.value() instanceof Lexer.TooManyDigits d) throw error("SyntaxError", d.message(), t.line(), 0, t.line(), 0);
                return new Expr.Constant(t.value(), null, t.line(), t.col(), t.endLine(), t.endCol());
            case STRING:
                return strings();
            case KW_TRUE:
                advance();
                return new Expr.Constant(Boolean.TRUE, null, t.line(), t.col(), t.endLine(), t.endCol());
            case KW_FALSE:
                advance();
                return new Expr.Constant(Boolean.FALSE, null, t.line(), t.col(), t.endLine(), t.endCol());
            case KW_NONE:
                advance();
                return new Expr.Constant(null, null, t.line(), t.col(), t.endLine(), t.endCol());
            case ELLIPSIS:
                advance();
                return new Expr.Constant(Ellipsis.INSTANCE, null, t.line(), t.col(), t.endLine(), t.endCol());
            case LPAR:
                return parenthesized();
            case LSQB:
                return listDisplay();
            case LBRACE:
                return dictOrSetDisplay();
            default:
                throw invalidSyntax();
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (at(STRING)) parts.add(advance());
        return new StringConcatenation(this, source, parts, peek()).build();
    }

    /** '(' ... ')': empty tuple, group, tuple, generator expression or parenthesized yield. */
    private Expr parenthesized() {
        Token open = advance();
        if (at(RPAR)) {
            Token close = advance();
            return new Expr.Tuple(List.of(), ExprContext.Load, open.line(), open.col(), close.endLine(), close.endCol());
        }
        if (at(KW_YIELD)) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (at(KW_FOR) || at(KW_ASYNC)) {
            if (first instanceof Expr.Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> generators = comprehensionClauses();
            Token close = expect(RPAR);
            return new Expr.GeneratorExp(first, generators, open.line(), open.col(), close.endLine(), close.endCol());
        }
        if (at(RPAR)) {
            advance();
            if (first instanceof Expr.Starred) throw errorAt(first, "cannot use starred expression here");
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (at(RPAR)) break;
            elts.add(starNamedExpression());
        }
        Token close = expect(RPAR);
        Expr tuple = new Expr.Tuple(List.copyOf(elts), ExprContext.Load, open.line(), open.col(), close.endLine(), close.endCol());
        parenthesizedTuples.add(tuple);
        return tuple;
    }

    private Expr listDisplay() {
        Token open = advance();
        if (at(RSQB)) {
            Token close = advance();
            return new Expr.List(List.of(), ExprContext.Load, open.line(), open.col(), close.endLine(), close.endCol());
        }
        Expr first = starNamedExpression();
        if (at(KW_FOR) || at(KW_ASYNC)) {
            if (first instanceof Expr.Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> generators = comprehensionClauses();
            Token close = expect(RSQB);
            return new Expr.ListComp(first, generators, open.line(), open.col(), close.endLine(), close.endCol());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (at(RSQB)) break;
            elts.add(starNamedExpression());
        }
        Token close = expect(RSQB);
        return new Expr.List(List.copyOf(elts), ExprContext.Load, open.line(), open.col(), close.endLine(), close.endCol());
    }

    private Expr dictOrSetDisplay() {
        Token open = advance();
        if (at(RBRACE)) {
            Token close = advance();
            return new Expr.Dict(List.of(), List.of(), open.line(), open.col(), close.endLine(), close.endCol());
        }
        if (at(DOUBLESTAR)) return dictDisplay(open);
        Expr first = starNamedExpression();
        if (at(COLON) && !(first instanceof Expr.Starred)) {
            advance();
            Expr value = expression();
            if (at(KW_FOR) || at(KW_ASYNC)) {
                List<Comprehension> generators = comprehensionClauses();
                Token close = expect(RBRACE);
                return new Expr.DictComp(first, value, generators, open.line(), open.col(), close.endLine(), close.endCol());
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (match(COMMA)) dictItems(keys, values);
            Token close = expect(RBRACE);
            return new Expr.Dict(java.util.Collections.unmodifiableList(keys), List.copyOf(values),
                    open.line(), open.col(), close.endLine(), close.endCol());
        }
        if (at(KW_FOR) || at(KW_ASYNC)) {
            if (first instanceof Expr.Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> generators = comprehensionClauses();
            Token close = expect(RBRACE);
            return new Expr.SetComp(first, generators, open.line(), open.col(), close.endLine(), close.endCol());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (match(COMMA)) {
            if (at(RBRACE)) break;
            elts.add(starNamedExpression());
        }
        Token close = expect(RBRACE);
        return new Expr.Set(List.copyOf(elts), open.line(), open.col(), close.endLine(), close.endCol());
    }

    private Expr dictDisplay(Token open) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        dictItems(keys, values);
        Token close = expect(RBRACE);
        return new Expr.Dict(java.util.Collections.unmodifiableList(keys), List.copyOf(values),
                open.line(), open.col(), close.endLine(), close.endCol());
    }

    /** key: value and **mapping items; a **mapping has a null key, as in CPython. */
    private void dictItems(List<Expr> keys, List<Expr> values) {
        while (!at(RBRACE)) {
            if (match(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expect(COLON);
                values.add(expression());
            }
            if (!match(COMMA)) break;
        }
    }

    /** for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> generators = new ArrayList<>();
        while (at(KW_FOR) || at(KW_ASYNC)) {
            int isAsync = match(KW_ASYNC) ? 1 : 0;
            expect(KW_FOR);
            Expr target = starTargets();
            expect(KW_IN);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (match(KW_IF)) ifs.add(disjunction());
            generators.add(new Comprehension(target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(generators);
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    Expr yieldExpr() {
        Token start = advance();
        if (match(KW_FROM)) {
            Expr value = expression();
            Token end = last();
            return new Expr.YieldFrom(value, start.line(), start.col(), end.endLine(), end.endCol());
        }
        Expr value = startsExpression(peek().type()) || at(STAR) ? starExpressions() : null;
        Token end = last();
        return new Expr.Yield(value, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private static final Set<TokenType> EXPRESSION_STARTS = java.util.EnumSet.copyOf(List.of(
            NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, KW_NOT, KW_LAMBDA, KW_AWAIT,
            KW_NONE, KW_TRUE, KW_FALSE, ELLIPSIS));

    private static boolean startsExpression(TokenType t) {
        return EXPRESSION_STARTS.contains(t);
    }
}
