package org.herthon.interpreter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A script's whole outcome in the golden files' format (make_snippets.py, make_stdlib_goldens.py):
 * stdout, then "STDERR:" and stderr when there is any, then "EXIT n". The script runs in-process
 * with its folder as the working directory; the folder's path (with its '/') is removed from
 * the whole text, as the goldens' makers remove it from CPython's.
 */
final class ScriptOutcome {
    private ScriptOutcome() {}

    /** Runs {@code name} in {@code folder}; with {@code stdlib} (may be null) as the standard library. */
    static String of(Path folder, String name, Path stdlib) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8), pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Interpreter.runOnBigStack(() -> {
            Interpreter in = new Interpreter(po, pe, folder);
            if (stdlib != null) in.imports.setStdlibOption(stdlib.toString());
            return in.execFile(Path.of(name), List.of());
        });
        String e = err.toString(StandardCharsets.UTF_8);
        String text = out.toString(StandardCharsets.UTF_8) + (e.isEmpty() ? "" : "STDERR:\n" + e) + "EXIT " + code + "\n";
        return text.replace(folder.toString() + "/", "");
    }
}
