package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus (src/test/resources/hostile, written with CPython 3.11 by its generate.py):
 * malformed source of every kind, invalid UTF-8 and NUL bytes, 10,000-deep nesting, megabyte
 * literals, huge ints, recursion bombs, infinite generators, exception chains, import cycles and
 * raising finalizers. Each program must end as CPython ends it (exit code; when it fails, the
 * exception type and the line of the last traceback entry; stdout, by hash), within a time
 * bound and without a Java exception.
 */
class HostileCorpusTest {
    /** Generous: a 10,000-deep parse on a busy 2-core machine, not a hang. */
    private static final long BOUND_SECONDS = 60;
    private static final Pattern LAST_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)(:|$)");
    private static final Pattern FILE_LINE = Pattern.compile("\\s*File \"[^\"]*\", line (\\d+)");

    static Path folder() {
        Path p = Path.of("src/test/resources/hostile");
        return p.toAbsolutePath().normalize();
    }

    static List<String> programs() throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.map(x -> x.getFileName().toString()).filter(n -> n.matches("\\d{3}_.*\\.py(\\.gz)?")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void endsAsCPythonEndsIt(String name) throws Exception {
        Map<String, String> expected = golden(name);
        Ended run = run(name);
        assertFalse(run.stderr.contains("internal error") || run.stderr.contains("\tat ") || run.stderr.contains("java."),
                name + ": a Java exception reached the user:\n" + run.stderr);
        assertTrue(run.exit == 0 || !run.stderr.isBlank() || expected.get("error").isEmpty(), name + " failed without a word");
        if (knownDifferences().contains(name)) {
            assertNotEquals(summary(expected), summary(run),
                    name + " now ends as CPython does: remove it from src/test/resources/hostile/KNOWN_DIFFERENCES");
            return;
        }
        assertEquals(expected.get("exit"), String.valueOf(run.exit), name + " exit code; stderr:\n" + tail(run.stderr));
        assertEquals(expected.get("error"), run.error(), name + " exception type; stderr:\n" + tail(run.stderr));
        assertEquals(expected.get("line"), run.line(), name + " line of the last traceback entry; stderr:\n" + tail(run.stderr));
        assertEquals(expected.get("stdout-sha256"), sha256(run.stdout), name + " stdout:\n" + tail(new String(run.stdout, StandardCharsets.UTF_8)));
    }

    private static String summary(Map<String, String> golden) {
        return golden.get("exit") + " " + golden.get("error") + " " + golden.get("line") + " " + golden.get("stdout-sha256");
    }

    private static String summary(Ended run) throws NoSuchAlgorithmException {
        return run.exit + " " + run.error() + " " + run.line() + " " + sha256(run.stdout);
    }

    /** Cases listed in KNOWN_DIFFERENCES: checked for a safe end, and that they still differ. */
    static List<String> knownDifferences() throws IOException {
        return Files.readAllLines(folder().resolve("KNOWN_DIFFERENCES")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\s+", 2)[0])
                .toList();
    }

    record Ended(int exit, byte[] stdout, String stderr) {
        String error() {
            if (exit == 0) return "";
            List<String> lines = lines();
            if (lines.isEmpty()) return "";
            Matcher m = LAST_LINE.matcher(lines.get(lines.size() - 1));
            return m.lookingAt() ? m.group(1) : "";
        }

        String line() {
            if (exit == 0) return "";
            String found = "";
            for (String l : lines()) {
                Matcher m = FILE_LINE.matcher(l);
                if (m.lookingAt()) found = m.group(1);
            }
            return found;
        }

        private List<String> lines() {
            return stderr.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * Runs NAME in-process, from the corpus folder (sys.path[0]), within the time bound. A
     * gzipped case (over 256 KB) is unpacked into a temporary folder and runs from there.
     */
    static Ended run(String name) throws Exception {
        if (name.endsWith(".gz")) {
            Path unpacked = Files.createTempDirectory("hostile");
            Path script = unpacked.resolve(name.substring(0, name.length() - 3));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(folder().resolve(name)))) {
                Files.copy(in, script);
            }
            try {
                return run(script.getFileName().toString(), unpacked);
            } finally {
                Files.delete(script);
                Files.delete(unpacked);
            }
        }
        return run(name, folder());
    }

    private static Ended run(String name, Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8), pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> Interpreter.runFile(Path.of(name), List.of(), po, pe, dir, null));
        int exit;
        try {
            exit = code.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(name + " did not end within " + BOUND_SECONDS + " s (CPython ends it)");
        }
        po.flush();
        pe.flush();
        return new Ended(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    static Map<String, String> golden(String name) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : Files.readAllLines(folder().resolve(name.replaceAll("\\.py(\\.gz)?$", ".golden")))) {
            int colon = l.indexOf(':');
            m.put(l.substring(0, colon), l.substring(colon + 1).strip());
        }
        return m;
    }

    private static String sha256(byte[] b) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static String tail(String s) {
        return s.length() > 2000 ? "..." + s.substring(s.length() - 2000) : s;
    }

    /** Command line: runs every case and prints the ones that differ. */
    public static void main(String[] args) throws Exception {
        List<String> names = args.length > 0 ? List.of(args) : programs();
        List<String> failed = new ArrayList<>();
        for (String n : names) {
            try {
                new HostileCorpusTest().endsAsCPythonEndsIt(n);
            } catch (Throwable t) {
                failed.add(n);
                String msg = String.valueOf(t.getMessage());
                System.out.println("== " + n + ": " + (msg.length() > 600 ? msg.substring(0, 600) : msg));
            }
        }
        System.out.println((names.size() - failed.size()) + "/" + names.size() + " end as CPython; differ: " + failed);
        System.exit(0);
    }
}
