package org.herthon.interpreter.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.herthon.interpreter.ast.Located;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.ast.Stmt;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.parser.HerthonSyntaxError;
import org.herthon.interpreter.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scope classification and slot layout compared with CPython 3.11: the goldens hold, per
 * scope, what the {@code symtable} module reports for every name and the co_varnames,
 * co_cellvars and co_freevars of the compiled code object.
 */
class ScopeAnalyzerTest {

    private static ScopeTable analyze(String src) {
        SourceText source = new SourceText("t.py", src);
        return ScopeAnalyzer.analyze(Parser.parse(source), source);
    }

    static Stream<String> scopeFiles() throws Exception {
        URL url = ScopeAnalyzerTest.class.getResource("/parser/scopes");
        try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopeFiles")
    void matchesSymtableAndCodeObjects(String name) throws Exception {
        Path dir = Paths.get(ScopeAnalyzerTest.class.getResource("/parser/scopes").toURI());
        String src = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve("../goldens/parser/scopes/" + name + ".scopes"), StandardCharsets.UTF_8);
        StringBuilder actual = new StringBuilder();
        describe(analyze(src).module(), actual);
        assertEquals(expected, actual.toString());
    }

    /** The same text as make_ast_goldens.py's scope_golden. */
    private static void describe(Scope scope, StringBuilder out) {
        int line = scope.node() instanceof Located l ? l.lineno() : 0;
        String type = switch (scope.kind()) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
        Map<String, NameKind> sorted = new TreeMap<>(scope.names());
        out.append(scope.name()).append('@').append(line).append(' ').append(type).append(": ")
                .append(sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        if (scope.kind() != ScopeKind.MODULE) {
            out.append(" | varnames=").append(String.join(",", scope.varnames()))
                    .append(" cellvars=").append(String.join(",", scope.cellvars()))
                    .append(" freevars=").append(String.join(",", scope.freevars()));
        }
        out.append('\n');
        for (Scope child : scope.children()) describe(child, out);
    }

    @Test
    void compilerFindsScopesByNodeAndSlots() {
        SourceText source = new SourceText("t.py", "def f(a, b):\n    c = a\n    def g():\n        return b\n    return g\n");
        Module module = Parser.parse(source);
        ScopeTable table = ScopeAnalyzer.analyze(module, source);
        Stmt.FunctionDef f = (Stmt.FunctionDef) module.body().get(0);
        Scope scope = table.scopeOf(f);
        assertSame(table.module(), scope.parent());
        assertEquals(List.of("a", "b", "c", "g"), scope.varnames());
        assertEquals(NameKind.CELL, scope.kindOf("b"));
        assertEquals(0, scope.cellSlot("b"));
        assertEquals(2, scope.localSlot("c"));
        Scope g = table.scopeOf(f.body().get(1));
        assertEquals(NameKind.FREE, g.kindOf("b"));
        assertEquals(0, g.freeSlot("b"));
        assertEquals(NameKind.GLOBAL_IMPLICIT, g.kindOf("print"));
    }

    @Test
    void generatorsAndClassCellAreFlagged() {
        ScopeTable t = analyze("class A:\n    def m(self):\n        yield super()\n");
        Scope a = t.module().children().get(0);
        assertTrue(a.needsClassCell());
        assertEquals(List.of("__class__"), a.cellvars());
        assertTrue(a.children().get(0).isGenerator());
    }

    @Test
    void symtableErrorsMatchCPython() {
        HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class, () -> analyze("def f(x):\n    global x\n"));
        assertEquals("name 'x' is parameter and global", e.msg());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
        e = assertThrows(HerthonSyntaxError.class, () -> analyze("def f():\n    print(x)\n    global x\n"));
        assertEquals("name 'x' is used prior to global declaration", e.msg());
        e = assertThrows(HerthonSyntaxError.class, () -> analyze("x = [(y := i) for i in range(3) for y in 'ab']\n"));
        assertEquals("assignment expression cannot rebind comprehension iteration variable 'y'", e.msg());
        e = assertThrows(HerthonSyntaxError.class, () -> analyze("def f():\n    return [(yield i) for i in x]\n"));
        assertEquals("'yield' inside list comprehension", e.msg());
        e = assertThrows(HerthonSyntaxError.class, () -> analyze("def f():\n    from os import *\n"));
        assertEquals("import * only allowed at module level", e.msg());
    }
}
