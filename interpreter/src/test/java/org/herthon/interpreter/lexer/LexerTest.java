package org.herthon.interpreter.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.herthon.interpreter.ast.Imaginary;
import org.herthon.interpreter.parser.HerthonSyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token streams and lexical errors. Expected positions and messages were taken from CPython
 * 3.11 ({@code tokenize} module and {@code compile()}).
 */
class LexerTest {

    /** Compact "TYPE text" listing, one token per entry, without positions. */
    private static String kinds(String src) {
        return Lexer.tokenize(src, "t.py").stream()
                .map(t -> t.text().isEmpty() || t.type() == TokenType.NEWLINE || t.type() == TokenType.INDENT
                        ? t.type().name() : t.type().name() + " " + t.text())
                .collect(Collectors.joining(" | "));
    }

    private static List<Token> tokens(String src) {
        return Lexer.tokenize(src, "t.py");
    }

    @Test
    void simpleStatement() {
        assertEquals("NAME x | EQUAL = | NUMBER 1 | PLUS + | NAME y | NEWLINE | ENDMARKER", kinds("x = 1 + y\n"));
    }

    @Test
    void positionsAreZeroBasedColumnsWithExclusiveEnds() {
        List<Token> t = tokens("ab = 'cd'\n");
        assertEquals(new Token(TokenType.NAME, "ab", "ab", 1, 0, 1, 2), t.get(0));
        assertEquals(new Token(TokenType.STRING, "'cd'", null, 1, 5, 1, 9), t.get(2));
        assertEquals(new Token(TokenType.NEWLINE, "\n", null, 1, 9, 1, 10), t.get(3));
    }

    @Test
    void indentationProducesIndentAndDedent() {
        String src = "if x:\n    y\n    if z:\n        w\nv\n";
        assertEquals("KW_IF if | NAME x | COLON : | NEWLINE | INDENT | NAME y | NEWLINE | KW_IF if | NAME z | COLON : | NEWLINE"
                + " | INDENT | NAME w | NEWLINE | DEDENT | DEDENT | NAME v | NEWLINE | ENDMARKER", kinds(src));
    }

    @Test
    void dedentsAtEndOfFileWithoutTrailingNewline() {
        assertEquals("KW_IF if | NAME x | COLON : | NEWLINE | INDENT | NAME y | NEWLINE | DEDENT | ENDMARKER",
                kinds("if x:\n  y"));
    }

    @Test
    void blankAndCommentLinesProduceNothing() {
        String src = "# header\n\nx = 1  # trailing\n   \n   # indented comment\ny\n";
        assertEquals("NAME x | EQUAL = | NUMBER 1 | NEWLINE | NAME y | NEWLINE | ENDMARKER", kinds(src));
    }

    @Test
    void tabsCountToMultiplesOfEight() {
        // A tab and eight spaces are the same indentation when used consistently per block
        // ("\t" then "\t" is consistent; CPython's altcol check only rejects ambiguity).
        assertEquals("KW_IF if | NAME x | COLON : | NEWLINE | INDENT | NAME y | NEWLINE | DEDENT | ENDMARKER",
                kinds("if x:\n\ty\n"));
    }

    @Test
    void inconsistentTabsAndSpacesIsTabError() {
        HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class,
                () -> tokens("if x:\n        a\n\tb\n"));
        assertEquals("TabError", e.pythonType());
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg());
        assertEquals(3, e.lineno());
        assertEquals(1, e.offset());
    }

    @Test
    void implicitAndExplicitLineJoining() {
        assertEquals("NAME x | EQUAL = | LPAR ( | NUMBER 1 | COMMA , | NUMBER 2 | RPAR ) | PLUS + | NUMBER 3 | NEWLINE | ENDMARKER",
                kinds("x = (1,\n     2) + \\\n 3\n"));
        List<Token> t = tokens("x = (1,\n     2)\n");
        assertEquals(2, t.get(5).line());
        assertEquals(5, t.get(5).col());
    }

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals("KW_DEF def | NAME match | LPAR ( | NAME _ | RPAR ) | COLON : | KW_PASS pass | NEWLINE | ENDMARKER",
                kinds("def match(_): pass\n"));
        assertEquals("KW_TRUE True | KW_AND and | KW_NOT not | KW_NONE None | NEWLINE | ENDMARKER", kinds("True and not None"));
    }

    @Test
    void operatorsUseLongestMatch() {
        assertEquals("NAME a | DOUBLESTAREQUAL **= | NAME b | DOUBLESLASHEQUAL //= | NAME c | COLONEQUAL := | RARROW ->"
                        + " | AT @ | ATEQUAL @= | ELLIPSIS ... | DOT . | NOTEQUAL != | LEFTSHIFTEQUAL <<= | RIGHTSHIFT >> | NEWLINE | ENDMARKER",
                kinds("a **= b //= c := -> @ @= .... != <<= >>"));
    }

    @Test
    void stringForms() {
        assertEquals("STRING 'a' | STRING \"b\" | STRING r'\\d' | STRING Rb\"x\" | STRING f'{x}' | STRING rF'y' | STRING u'z'"
                        + " | STRING '''t\n'q'\n''' | NEWLINE | ENDMARKER",
                kinds("'a' \"b\" r'\\d' Rb\"x\" f'{x}' rF'y' u'z' '''t\n'q'\n'''"));
        List<Token> t = tokens("x = '''a\nbc'''\n");
        assertEquals(new Token(TokenType.STRING, "'''a\nbc'''", null, 1, 4, 2, 5), t.get(2));
    }

    @Test
    void backslashProtectsQuoteEvenInRawStrings() {
        assertEquals("STRING r'\\'' | NEWLINE | ENDMARKER", kinds("r'\\''"));
    }

    @Test
    void stringPrefixThatIsNotAPrefixIsAName() {
        assertEquals("NAME bu | STRING 'x' | NEWLINE | ENDMARKER", kinds("bu'x'"));
    }

    @Test
    void numbersCarryValues() {
        List<Token> t = tokens("0 7 1_000 0xFF 0o17 0b101 123456789012345678901234567890 1.5 1e3 .5 2. 3j 1.5e-3J 0_0 00\n");
        Object[] expected = {0L, 7L, 1000L, 255L, 15L, 5L, new BigInteger("123456789012345678901234567890"),
                1.5, 1000.0, 0.5, 2.0, new Imaginary(3), new Imaginary(0.0015), 0L, 0L};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(TokenType.NUMBER, t.get(i).type());
            assertEquals(expected[i], t.get(i).value(), "token " + i);
        }
        assertEquals(9223372036854775807L, tokens("9223372036854775807").get(0).value());
        assertEquals(new BigInteger("9223372036854775808"), tokens("9223372036854775808").get(0).value());
        assertEquals(Long.MAX_VALUE, tokens("0x7fffffffffffffff").get(0).value());
    }

    @Test
    void numberFollowedByKeywordIsAccepted() {
        assertEquals("NUMBER 1 | KW_IF if | NAME x | KW_ELSE else | NUMBER 2 | NEWLINE | ENDMARKER", kinds("1if x else 2"));
    }

    @Test
    void fStringIsOneToken() {
        assertEquals("STRING f\"{x!r:>{w}} {'a'}\" | NEWLINE | ENDMARKER", kinds("f\"{x!r:>{w}} {'a'}\""));
    }

    @Test
    void unclosedBracketIsRecordedNotThrown() {
        Lexer lexer = new Lexer("foo(1,\n  [2\n", "t.py");
        List<Token> t = lexer.tokenize();
        assertEquals(TokenType.ENDMARKER, t.get(t.size() - 1).type());
        assertEquals(2, lexer.unclosedBracket().line());
        assertEquals(2, lexer.unclosedBracket().col());
        assertNull(new Lexer("x\n", "t.py").unclosedBracket());
    }

    @Test
    void identifiersAreNfkcNormalized() {
        assertEquals("fi", tokens("\uFB01").get(0).value());
        assertEquals("NAME café | NEWLINE | ENDMARKER", kinds("café"));
    }

    /** Message, line and 1-based offset exactly as CPython 3.11's compile() reports them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "x = 123abc                     | invalid decimal literal | 1 | 7",
            "x = 0x                         | invalid hexadecimal literal | 1 | 6",
            "x = 0xg                        | invalid hexadecimal literal | 1 | 6",
            "x = 0o8                        | invalid digit '8' in octal literal | 1 | 7",
            "x = 0b102                      | invalid digit '2' in binary literal | 1 | 9",
            "x = 012                        | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1 | 5",
            "x = 1_                         | invalid decimal literal | 1 | 6",
            "x = 1__0                       | invalid decimal literal | 1 | 6",
            "x = 1.5e                       | invalid decimal literal | 1 | 7",
            "x = 5 € 3                      | invalid character '€' (U+20AC) | 1 | 7",
            "x = (1, 2]                     | closing parenthesis ']' does not match opening parenthesis '(' | 1 | 10",
            "x = 1)                         | unmatched ')' | 1 | 6",
            "x = 1 \\ 2                     | unexpected character after line continuation character | 1 | 8",
            "`x = \"abc`                    | unterminated string literal (detected at line 1) | 1 | 5",
    })
    void lexicalErrorsMatchCPython(String src, String msg, int line, int offset) {
        HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class, () -> tokens(src.strip() + "\n"));
        assertEquals(msg, e.msg());
        assertEquals(line, e.lineno());
        assertEquals(offset, e.offset());
        assertEquals("SyntaxError", e.pythonType());
    }

    @Test
    void multiLineErrorsMatchCPython() {
        HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class, () -> tokens("x = (1,\n2]\n"));
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", e.msg());
        assertEquals(2, e.lineno());
        assertEquals(2, e.offset());

        e = assertThrows(HerthonSyntaxError.class, () -> tokens("x = 1\ny = '''abc\n\nz\n"));
        assertEquals("unterminated triple-quoted string literal (detected at line 4)", e.msg());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());

        e = assertThrows(HerthonSyntaxError.class, () -> tokens("if 1:\n        x = 1\n    y = 2\n"));
        assertEquals("IndentationError", e.pythonType());
        assertEquals("unindent does not match any outer indentation level", e.msg());
        assertEquals(3, e.lineno());
        assertEquals(10, e.offset());
    }

    @Test
    void decodesEscapes() {
        assertEquals("a\nb\t\\'\"\u0007\b\f\u000b\r\0\u0041\u00e9\u20ac\uD83D\uDE00é\u0012z",
                StringLiterals.decodeString("a\\nb\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\xe9\\u20ac\\U0001F600\\N{LATIN SMALL LETTER E WITH ACUTE}\\22z"));
        assertEquals("\\d\\q", StringLiterals.decodeString("\\d\\q"));
        assertEquals("ab", StringLiterals.decodeString("a\\\nb"));
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
                assertThrows(StringLiterals.EscapeError.class, () -> StringLiterals.decodeString("\\x4")).getMessage());
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name",
                assertThrows(StringLiterals.EscapeError.class, () -> StringLiterals.decodeString("\\N{BOGUS}")).getMessage());
        byte[] b = StringLiterals.decodeBytes("a\\x00\\n\\u", false);
        assertEquals(5, b.length); // a, NUL, newline, backslash, u
    }
}
