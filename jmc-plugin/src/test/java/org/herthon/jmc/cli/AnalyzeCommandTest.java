package org.herthon.jmc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.herthon.bridge.support.ProjectPaths;
import org.herthon.jmc.support.HerthonRuns;
import org.junit.jupiter.api.Test;

/** herthon-jfr analyze: JMC's rules and the Herthon ones by severity; bad files are one line and exit 1. */
class AnalyzeCommandTest {

    @Test
    void printsTheHerthonResultsFirstBySeverityAndWritesJmcsHtmlReport() throws Exception {
        Path trace = HerthonRuns.trace("hot.py");
        Path html = Path.of("target/recordings/hot-rules.html").toAbsolutePath();
        Files.deleteIfExists(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HerthonJfr.run(List.of("analyze", trace.toString(), "--html", html.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> headers = printed.lines().filter(l -> !l.startsWith(" ") && l.contains("[")).toList();
        // (JMC's own rules may warn too, e.g. about other processes' CPU load on a busy machine.)
        assertTrue(headers.contains("WARNING  Herthon Hot Functions [herthon]"), printed);
        assertTrue(headers.contains("OK       Herthon Recording Quality [herthon]"), printed);
        assertTrue(printed.contains("__main__.churn takes"), printed);
        // By severity: no WARNING after an INFO, no INFO after an OK.
        List<Integer> ranks = new ArrayList<>();
        for (String h : headers) {
            ranks.add(h.startsWith("WARNING") ? 0 : h.startsWith("INFO") ? 1 : 2);
        }
        assertEquals(ranks.stream().sorted().toList(), ranks, printed);
        assertTrue(printed.lines().anyMatch(l -> l.matches("\\d+ rules: \\d+ with a result, \\d+ not applicable.*")), printed);
        // JMC's own rules run too (e.g. its GC setup rule).
        assertTrue(headers.stream().anyMatch(h -> h.endsWith("[jvm_information]")), printed);

        String report = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(report.contains("Herthon Hot Functions") && report.contains("__main__.churn"), "JMC's HTML report");
        assertTrue(report.contains("__main__.&lt;module&gt;"), "JMC's report escapes the names");
    }

    @Test
    void aMissingTruncatedOrNonJfrFileIsOneLineAndExitOne() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/recordings/bad").toAbsolutePath());
        Path missing = dir.resolve("missing.jfr");
        Files.deleteIfExists(missing);
        Path text = dir.resolve("notes.jfr");
        Files.writeString(text, "not a recording\n");
        byte[] whole = Files.readAllBytes(HerthonRuns.trace("hot.py"));
        Path truncated = dir.resolve("truncated.jfr");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertOneLine(missing, "no such file");
        assertOneLine(text, "not a JFR recording");
        assertOneLine(truncated, "truncated recording");
    }

    /** Through the real launcher, as a user runs it: one line on stderr, nothing on stdout, exit 1. */
    private static void assertOneLine(Path file, String what) throws IOException, InterruptedException {
        Path out = Files.createTempFile("analyze", ".out");
        Path err = Files.createTempFile("analyze", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(ProjectPaths.root().resolve("herthon-jfr").toString(), "analyze",
                    file.toString()).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("JAVA");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "herthon-jfr analyze did not end");
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(1, process.exitValue(), stderr);
            assertEquals("", Files.readString(out, StandardCharsets.UTF_8), "nothing on stdout");
            List<String> lines = stderr.lines().toList();
            assertEquals(1, lines.size(), stderr);
            assertTrue(lines.get(0).startsWith("herthon-jfr: " + file + ": ") && lines.get(0).contains(what), stderr);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
