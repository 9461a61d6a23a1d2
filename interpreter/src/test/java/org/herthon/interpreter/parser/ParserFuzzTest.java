package org.herthon.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.lexer.SourceDecoding;
import org.herthon.interpreter.runtime.PyExc;
import org.herthon.interpreter.runtime.PyException;

/**
 * Fuzzes the lexer, parser and compile checks (jqwik): any byte string either compiles or is
 * refused with SyntaxError (or a subclass) carrying a line, or ValueError — never another
 * exception, a Java error or a hang. The seeds are fixed, so each run tries the same inputs
 * and the suite cannot flake; to explore further, change a seed or raise the tries. A sample
 * that fails becomes a case of the hostile corpus (src/test/resources/hostile/generate.py).
 */
class ParserFuzzTest {
    /** Fragments that reach deep into the grammar when put together at random. */
    private static final List<String> FRAGMENTS = List.of(
            "def", "class", "lambda", "if", "elif", "else", "while", "for", "in", "try", "except", "finally", "with",
            "as", "return", "yield", "await", "async", "import", "from", "global", "nonlocal", "del", "pass", "break",
            "continue", "raise", "assert", "match", "case", "not", "and", "or", "is", "None", "True", "False",
            "x", "y", "_", "é", "f", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "+", "-",
            "*", "**", "/", "//", "%", "@", "<", ">", "<=", "!=", "->", "+=", "|", "&", "^", "~", "<<", ">>",
            "0", "1", "0x1f", "1e5", "1j", "1_000", "0b", "09", "'s'", "\"s\"", "'''", "\"\"\"", "f'{x}'", "f'{", "b'\\x00'",
            "r'\\'", "'\\N{", "\\", "#c", " ", "  ", "\t", "\n", "\n    ", "\n  ", "\r\n", "\f", "\u0000", "\ud800", "$", "?", "`");

    @Property(tries = 1500, seed = "1202611301", shrinking = ShrinkingMode.FULL)
    void randomBytesCompileOrRaiseSyntaxError(@ForAll("bytes") byte[] source) {
        check(source);
    }

    @Property(tries = 3000, seed = "1202611302", shrinking = ShrinkingMode.FULL)
    void tokenSoupCompilesOrRaisesSyntaxError(@ForAll("soup") String source) {
        check(source.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** Reads the bytes as a source file, then compiles them as a module, as the interpreter does. */
    private static void check(byte[] source) {
        Interpreter in = new Interpreter(quiet(), quiet(), Path.of(""));
        try {
            String text = SourceDecoding.decode(source, "<fuzz>");
            in.compile(text, "<fuzz>", "__main__");
        } catch (HerthonSyntaxError e) {
            boolean located = e.lineno() >= 1 || e.msg().startsWith("Non-UTF-8 code starting with");
            assertTrue(located, "a SyntaxError without a line: " + e.headline());
        } catch (PyException e) {
            boolean allowed = e.matches(PyExc.SyntaxError) || e.matches(PyExc.ValueError);
            if (!allowed) fail("compiling raised " + e.exc.type().name + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("compiling threw a Java exception", e);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
