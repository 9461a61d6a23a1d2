package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.herthon.bridge.support.Bpftrace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, checks 3, 4 and 5: the gc, import and audit markers of real {@code ./herthon} runs,
 * read by one bpftrace session (lines are tagged with the pid, so each run is told apart).
 */
class RuntimeMarkersTest {
    private static final String PROGRAM = """
            BEGIN { printf("READY\\n"); }
            usdt:$LIB:herthon:gc__start { printf("%d %llu gc__start %d\\n", pid, nsecs, arg0); }
            usdt:$LIB:herthon:gc__done { printf("%d %llu gc__done %ld\\n", pid, nsecs, arg0); }
            usdt:$LIB:herthon:import__find__load__start { printf("%d %llu import_start %s\\n", pid, nsecs, str(arg0)); }
            usdt:$LIB:herthon:import__find__load__done { printf("%d %llu import_done %s %d\\n", pid, nsecs, str(arg0), arg1); }
            usdt:$LIB:herthon:audit { printf("%d %llu audit %s %s\\n", pid, nsecs, str(arg0), str(arg1)); }
            """;

    /** Enough young generation that the explicit-collection run sees no collection of the JVM's own. */
    private static final String NO_JVM_GC = "-Xmn600m -Xms1g";
    /** A small young generation, so the allocation loop makes the JVM collect. */
    private static final String SMALL_YOUNG = "-Xmn8m";

    @TempDir
    static Path dir;

    private static final Map<String, HerthonCommand.Result> RESULTS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> MARKERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void runProgramsUnderBpftrace() throws Exception {
        Path sources = Path.of("src/test/resources/probes").toAbsolutePath();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(sources.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        try (Bpftrace bpftrace = Bpftrace.start(PROGRAM)) {
            RESULTS.put("gc_explicit", HerthonCommand.run(dir, NO_JVM_GC, "gc_explicit.py"));
            RESULTS.put("gc_young", HerthonCommand.run(dir, SMALL_YOUNG, "gc_young.py"));
            RESULTS.put("imports", HerthonCommand.run(dir, "", "imports.py"));
            RESULTS.put("audit", HerthonCommand.run(dir, "", "audit.py"));
            Map<Long, List<String>> byPid = ProbeTrace.byPid(bpftrace.stop());
            RESULTS.forEach((name, result) -> MARKERS.put(name, byPid.getOrDefault(result.pid(), List.of())));
        }
    }

    /** Check 3: explicit collections, generation by generation, and a reclaimed cycle. */
    @Test
    void explicitCollectionsFireOnePairEach() {
        HerthonCommand.Result run = RESULTS.get("gc_explicit");
        assertEquals("gen0 True\ngen1 True\ngen2 True\ncycle collected True\n", run.stdout(), run.stderr());
        List<String> gc = MARKERS.get("gc_explicit").stream().filter(line -> line.startsWith("gc__")).toList();
        assertEquals(8, gc.size(), "four start/done pairs: " + gc);
        for (int pair = 0; pair < 4; pair++) {
            assertEquals("gc__start " + Math.min(pair, 2), gc.get(2 * pair));
            assertTrue(gc.get(2 * pair + 1).startsWith("gc__done "), gc.toString());
        }
        long collectedFromCycle = Long.parseLong(gc.get(7).substring("gc__done ".length()));
        assertTrue(collectedFromCycle >= 1, "the dropped self-referencing list was counted: " + gc);
    }

    /** Check 3: a collection the JVM ran on its own is a generation-0 pair. */
    @Test
    void jvmYoungCollectionFiresGenerationZero() {
        HerthonCommand.Result run = RESULTS.get("gc_young");
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> gc = MARKERS.get("gc_young").stream().filter(line -> line.startsWith("gc__")).toList();
        assertTrue(gc.contains("gc__start 0"), "a young collection fired gc__start 0: " + gc);
        int start = gc.indexOf("gc__start 0");
        assertTrue(gc.get(start + 1).startsWith("gc__done "), gc.toString());
    }

    /** Check 4: a.b fires for a.b and, nested, for a, in CPython's order; a missing module has found 0. */
    @Test
    void packageImportsAndMissingModules() {
        HerthonCommand.Result run = RESULTS.get("imports");
        assertEquals("pkg_probe imported\npkg_probe.sub imported\nNo module named 'no_such_module_here'\n",
                run.stdout(), run.stderr());
        List<String> imports = MARKERS.get("imports").stream().filter(line -> line.startsWith("import_")).toList();
        // CPython 3.11 (bpftrace on python3.11's own markers): the submodule's find-and-load
        // starts first and imports its parent inside it.
        assertEquals(List.of(
                "import_start pkg_probe.sub",
                "import_start pkg_probe",
                "import_done pkg_probe 1",
                "import_done pkg_probe.sub 1",
                "import_start no_such_module_here",
                "import_done no_such_module_here 0"), imports);
    }

    /** Check 5: sys.audit's arguments reach the marker as a repr; a raising hook stops open(). */
    @Test
    void auditEventsAndAHookThatRefuses() {
        HerthonCommand.Result run = RESULTS.get("audit");
        assertEquals("not opened: open refused by audit hook\n", run.stdout(), run.stderr());
        List<String> audit = MARKERS.get("audit").stream().filter(line -> line.startsWith("audit ")).toList();
        assertTrue(audit.contains("audit herthon.test (1, 'x')"), audit.toString());
        assertTrue(audit.stream().anyMatch(line -> line.startsWith("audit open ('data.txt', 'r'")), audit.toString());
        assertTrue(audit.indexOf("audit herthon.test (1, 'x')") < audit.size() - 1, "open came after: " + audit);
    }
}
