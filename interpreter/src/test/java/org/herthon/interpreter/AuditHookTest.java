package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PEP 578 audit hooks, compared with python3.11 on the same program (audit/audit_events.py;
 * its expected output was taken with PYTHONDONTWRITEBYTECODE=1 in a fresh folder): every event
 * the runtime raises ({@code import}, {@code open}, {@code compile}, {@code exec},
 * {@code sys.addaudithook}, {@code sys.audit}) with CPython's name and arguments, in CPython's
 * order, before the operation acts; a hook that raises aborts the operation (the file is not
 * opened, the code not run, the module not imported); a RuntimeError from a hook vetoes a new
 * hook; hooks survive the removal and re-import of {@code sys}. One line of CPython's output is
 * left out: its {@code open} of {@code __pycache__/audit_helper.cpython-311.pyc}, a bytecode
 * cache Herthon does not have.
 */
class AuditHookTest {
    private static final Path SOURCES = Path.of("src/test/resources/audit").toAbsolutePath();

    @Test
    void eventsMatchCPythonAndHooksCannotBeBypassed(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".py")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path real = dir.toRealPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = Interpreter.runFile(Path.of("audit_events.py"), List.of(), ps, ps, real, null);
        String printed = out.toString(StandardCharsets.UTF_8).replace(real.toString(), "{dir}") + "exit " + exit + "\n";
        assertEquals(Files.readString(SOURCES.resolve("audit_events.expected")), printed);
        assertFalse(printed.contains("this must not run") || printed.contains("audit_refused ran"));
    }
}
