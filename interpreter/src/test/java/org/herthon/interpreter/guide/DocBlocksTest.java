package org.herthon.interpreter.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every runnable block of {@code docs/*.md} ({@code ```sh run}) is run as a reader would run
 * it, and what it prints must be what the doc shows in the {@code ```output} block after it,
 * once both have gone through {@link OutputNormalisation} (the rules docs/README.md lists). A
 * block without an output block must still succeed. Blocks run in parallel: those that attach
 * bpftrace each on a library of their own ({@link ShellRun}).
 */
class DocBlocksTest {
    private static final Path ROOT = ProjectPaths.root();
    private static ExecutorService pool;

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicTest> everyRunnableBlockPrintsWhatTheDocShows() throws IOException, InterruptedException {
        List<DocBlock> blocks = new ArrayList<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : docs.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                blocks.addAll(DocBlock.read(doc));
            }
        }
        assertFalse(blocks.isEmpty(), "docs/ has runnable blocks");
        if (blocks.stream().anyMatch(DocBlock::tracesWithBpftrace)) {
            RequiredTool.bpftrace();
        }
        ShellRun.launcherReady(scratch.resolve("ready"));
        // Two cores are common (CI's machine has them): JVM starts are CPU-bound, bpftrace's attach mostly waits.
        pool = Executors.newFixedThreadPool(Math.max(3, Runtime.getRuntime().availableProcessors()));
        List<Future<ShellRun.Result>> runs = new ArrayList<>();
        for (DocBlock block : blocks) {
            Path own = scratch.resolve("block-" + runs.size());
            runs.add(pool.submit(() -> ShellRun.run(block.commands(), block.tracesWithBpftrace(), own)));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            DocBlock block = blocks.get(i);
            Future<ShellRun.Result> run = runs.get(i);
            tests.add(DynamicTest.dynamicTest(block.location(ROOT), () -> {
                ShellRun.Result result = run.get();
                String where = block.location(ROOT) + ": " + block.commands();
                assertEquals(0, result.exitStatus(), () -> where + "\nexited with " + result.exitStatus() + ":\n" + result.output());
                if (block.shownOutput() != null) {
                    assertEquals(OutputNormalisation.normalise(block.shownOutput(), ROOT),
                            OutputNormalisation.normalise(result.output(), ROOT),
                            () -> where + "\nprinted (as is):\n" + result.output());
                }
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** docs/README.md indexes docs/: every page is linked from its table. */
    @Test
    void readmeIndexesEveryPage() throws IOException {
        String readme = Files.readString(ROOT.resolve("docs/README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : docs.filter(path -> path.toString().endsWith(".md")).toList()) {
                String name = doc.getFileName().toString();
                assertTrue(readme.contains("| [" + name + "](" + name + ") |"), "docs/README.md's index lists " + name);
            }
        }
    }

    /** The convention's mistakes are errors that name the line, not blocks silently left unchecked. */
    @Test
    void malformedDocsAreErrorsNamingTheLine() throws IOException {
        Path doc = scratch.resolve("bad.md");
        Files.writeString(doc, "Text\n\n```output\nhello\n```\n");
        IllegalStateException orphan = assertThrows(IllegalStateException.class, () -> DocBlock.read(doc));
        assertTrue(orphan.getMessage().endsWith("bad.md:3: an ```output block must follow a ```sh run block"), orphan.getMessage());

        Files.writeString(doc, "```sh run\necho hi\n```\n\nSome prose.\n\n```output\nhi\n```\n");
        assertThrows(IllegalStateException.class, () -> DocBlock.read(doc), "prose between a command and its output");

        Files.writeString(doc, "```sh run\necho hi\n");
        IllegalStateException open = assertThrows(IllegalStateException.class, () -> DocBlock.read(doc));
        assertTrue(open.getMessage().endsWith("bad.md:1: the ``` block opened here is never closed"), open.getMessage());

        Files.writeString(doc, "```sh run\necho hi\n```\n\n```output\nhi\n```\n\n```sh\nnot run\n```\n\n```sh run\ntrue\n```\n");
        List<DocBlock> blocks = DocBlock.read(doc);
        assertEquals(List.of(new DocBlock(doc, 1, "echo hi\n", "hi\n"), new DocBlock(doc, 13, "true\n", null)), blocks);
    }

    /** The normalisation docs/README.md documents, rule by rule. */
    @Test
    void normalisationMasksWhatChangesFromRunToRunOnly() {
        String printed = String.join("\n",
                "library: " + ROOT + "/native/target/libherthon.so",
                "623591485483\t function-entry:call_stack.py:start:23",
                "   112 herthon-main(17820):  => start in " + ROOT + "/examples/call_stack.py:23",
                "TIME     PID     TID     DURATION_us STATUS     MODULE",
                "04:34:46 22546   22594         28283 found        tracing_pkg.helper",
                "",
                "",
                "@calls[19958, /x.py, hot, 4]: 1000",
                "@lines[/x.py, work, 6]: 1",
                "@lines[/x.py, work, 2]: 1",
                "@duration_us:",
                "[1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|",
                "",
                "@found: 2",
                "", "");
        String expected = String.join("\n",
                "library: /path/to/herthon/native/target/libherthon.so",
                "<ns>\t function-entry:call_stack.py:start:23",
                "<us> herthon-main(<tid>):  => start in /path/to/herthon/examples/call_stack.py:23",
                "TIME PID TID DURATION_us STATUS MODULE",
                "TIME PID TID DURATION_us found        tracing_pkg.helper",
                "",
                "@calls[<pid>, /x.py, hot, 4]: 1000",
                "@lines[/x.py, work, 2]: 1",
                "@lines[/x.py, work, 6]: 1",
                "@duration_us:",
                "@found: 2");
        assertEquals(expected, OutputNormalisation.normalise(printed, ROOT));
        // Counts, names, line numbers and the nesting are kept: a change there is a change.
        assertFalse(OutputNormalisation.normalise("@found: 2", ROOT).equals(OutputNormalisation.normalise("@found: 3", ROOT)));
    }
}
