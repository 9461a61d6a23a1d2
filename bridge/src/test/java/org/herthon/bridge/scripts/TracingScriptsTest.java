package org.herthon.bridge.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.herthon.bridge.Marker;
import org.herthon.bridge.ProbeListing;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.driver.KnownFirings;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.DriverProcess;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SystemTap tapset ({@code native/tapset}) and the ready tracing scripts
 * ({@code native/scripts}), checked with the real tools on the real library:
 * <ul>
 *   <li>native/build.sh writes the tapset for the library it built ({@code install.sh} from
 *       the template); {@code stap -p2} elaborates it and every {@code .stp} script with it (this
 *       kernel has no headers: SystemTap elaborates but cannot run; a stand-in kernel build tree
 *       with this kernel's configuration lets pass 2 run); broken copies fail;</li>
 *   <li>every {@code .bt} script is started as a user would ({@code bpftrace SCRIPT LIBPATH}, or
 *       with {@code -p PID}), attaches to a driver JVM, sees its known firings (checked line by
 *       line), and stops on SIGINT with status 0, after which the JVM sees its semaphores
 *       cleared;</li>
 *   <li>{@code call_stack.bt} prints the seed's call hierarchy for the seed's call_stack.py.</li>
 * </ul>
 * The {@code .d} scripts are checked by {@link DtraceScriptsTest}; every {@code .bt} script's
 * output on {@code ./herthon} by the interpreter's TracingScriptsGoldenTest.
 */
class TracingScriptsTest {
    private static final Path SCRIPTS = ProjectPaths.root().resolve("native/scripts");
    private static final Path TAPSET = ProjectPaths.root().resolve("native/tapset");
    private static final String LIB = ProjectPaths.library().toString();

    /** The tapset native/build.sh wrote for the library it built. */
    private static final Path BUILT_TAPSET = ProjectPaths.root().resolve("native/target/tapset");

    /** Every tracing script, each in every dialect: bpftrace, SystemTap, DTrace. */
    static final List<String> SCRIPT_NAMES = List.of(
            "call_stack", "show_call_hierarchy", "top", "gc", "lines", "imports", "audit", "latency");
    private static final Set<String> SCRIPT_FILES = SCRIPT_NAMES.stream()
            .flatMap(name -> Stream.of(name + ".bt", name + ".stp", name + ".d"))
            .collect(Collectors.toUnmodifiableSet());

    /** The tapset's probe points, each over one marker of herthon.d. */
    private static final Map<String, String> TAPSET_ALIASES = new LinkedHashMap<>();

    static {
        TAPSET_ALIASES.put("herthon.function.entry", "function__entry");
        TAPSET_ALIASES.put("herthon.function.return", "function__return");
        TAPSET_ALIASES.put("herthon.line", "line");
        TAPSET_ALIASES.put("herthon.gc.start", "gc__start");
        TAPSET_ALIASES.put("herthon.gc.done", "gc__done");
        TAPSET_ALIASES.put("herthon.import.start", "import__find__load__start");
        TAPSET_ALIASES.put("herthon.import.done", "import__find__load__done");
        TAPSET_ALIASES.put("herthon.audit", "audit");
    }

    /** The seed's call_stack.d output for call_stack.py, without the timestamps. */
    private static final List<String> SEED_HIERARCHY = List.of(
            " function-entry:call_stack.py:start:23",
            " function-entry: call_stack.py:function_1:1",
            " function-entry:  call_stack.py:function_3:9",
            "function-return:  call_stack.py:function_3:10",
            "function-return: call_stack.py:function_1:2",
            " function-entry: call_stack.py:function_2:5",
            " function-entry:  call_stack.py:function_1:1",
            " function-entry:   call_stack.py:function_3:9",
            "function-return:   call_stack.py:function_3:10",
            "function-return:  call_stack.py:function_1:2",
            "function-return: call_stack.py:function_2:6",
            " function-entry: call_stack.py:function_3:9",
            "function-return: call_stack.py:function_3:10",
            " function-entry: call_stack.py:function_4:13",
            "function-return: call_stack.py:function_4:14",
            " function-entry: call_stack.py:function_5:18",
            "function-return: call_stack.py:function_5:21",
            "function-return:call_stack.py:start:28");

    @TempDir
    Path temp;

    // ---- The scripts folder --------------------------------------------------------------------

    @Test
    void everyScriptIsCheckedAndSaysWhatItShowsAndHowToRunIt() throws IOException {
        Set<String> present;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            present = files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(SCRIPT_FILES), present, "native/scripts holds exactly the checked scripts");
        for (String name : SCRIPT_FILES) {
            String text = Files.readString(SCRIPTS.resolve(name));
            assertTrue(text.startsWith("/*\n * " + name + ": "), name + " starts with a comment saying what it shows");
            String header = text.substring(0, text.indexOf("*/"));
            String tool = name.endsWith(".bt") ? "bpftrace" : name.endsWith(".stp") ? "stap" : "dtrace";
            assertTrue(header.contains(tool + " ") && header.contains("native/scripts/" + name),
                    name + "'s comment shows how to run it with " + tool);
        }
    }

    // ---- SystemTap: the tapset and the .stp scripts ---------------------------------------------

    @Test
    void installScriptWritesTheTapsetFromTheTemplate() throws Exception {
        String template = Files.readString(TAPSET.resolve("herthon.stp.in"));
        assertTrue(template.contains("process(\"@LIBHERTHON@\")"));

        Path dest = temp.resolve("tapset");
        Result installed = run(List.of("bash", TAPSET.resolve("install.sh").toString(), LIB, dest.toString()));
        assertEquals(0, installed.exit(), installed.output());
        assertEquals(installedText(template, LIB), Files.readString(dest.resolve("herthon.stp")));

        // No LIBPATH: the source tree's native/target/libherthon.so, made absolute.
        Path byDefault = temp.resolve("default");
        Result defaulted = run(List.of("bash", TAPSET.resolve("install.sh").toString(), "", byDefault.toString()));
        assertEquals(0, defaulted.exit(), defaulted.output());
        assertEquals(installedText(template, LIB), Files.readString(byDefault.resolve("herthon.stp")));

        Path nowhere = temp.resolve("nowhere");
        Result missing = run(List.of("bash", TAPSET.resolve("install.sh").toString(),
                temp.resolve("no-such/libherthon.so").toString(), nowhere.toString()));
        assertNotEquals(0, missing.exit(), "a library that does not exist is an error");
        assertTrue(missing.output().contains("no library at"), missing.output());
        assertFalse(Files.exists(nowhere.resolve("herthon.stp")));
    }

    /**
     * The tapset is generated for the library actually built (none is committed: it would name
     * one machine's path), and {@code herthon --probes} names its directory for {@code stap -I}.
     */
    @Test
    void buildWritesTheTapsetForItsLibraryAndTheProbeListingNamesIt() throws Exception {
        String template = Files.readString(TAPSET.resolve("herthon.stp.in"));
        assertEquals(installedText(template, LIB), Files.readString(BUILT_TAPSET.resolve("herthon.stp")),
                "native/build.sh writes native/target/tapset/herthon.stp with install.sh");
        assertFalse(Files.exists(TAPSET.resolve("herthon.stp")), "no tapset committed in native/tapset");

        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        ProbeListing.print(new PrintStream(listing, true, StandardCharsets.UTF_8));
        List<String> lines = listing.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("library: " + LIB, lines.get(0));
        assertEquals("tapset: " + BUILT_TAPSET, lines.get(1));
    }

    /** Each alias, alone, elaborates to exactly the marker of herthon.d it names (address from readelf -n). */
    @Test
    void eachTapsetAliasIsItsMarker() throws Exception {
        Path stap = RequiredTool.onPath("stap");
        Path tapset = BUILT_TAPSET;
        Map<String, String> locations = markerLocations();
        Map<String, String> aliases = TAPSET_ALIASES;
        assertEquals(new TreeSet<>(locations.keySet()), new TreeSet<>(aliases.values()), "one alias per marker of herthon.d");
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            Result result = stapPass2(stap, tapset, List.of("-e", "probe " + alias.getKey() + " { next }"));
            assertEquals(0, result.exit(), alias.getKey() + ": " + result.output());
            assertEquals(Set.of(locations.get(alias.getValue())), probedStatements(result.output()),
                    alias.getKey() + " probes " + alias.getValue());
        }
    }

    /** Every variable the tapset promises (herthon.d's argument names, and the seed's frameptr) is set. */
    @Test
    void tapsetSetsEveryVariable() throws Exception {
        Path stap = RequiredTool.onPath("stap");
        Path script = temp.resolve("every-variable.stp");
        Files.writeString(script, """
                probe herthon.function.entry, herthon.function.return {
                  printf("%s %s %s %d %d %d %s\\n", pn(), filename, funcname, lineno, frameptr, frameid, module)
                }
                probe herthon.line { printf("%s %s %d\\n", filename, funcname, lineno) }
                probe herthon.gc.start { printf("%d\\n", generation) }
                probe herthon.gc.done { printf("%d\\n", collected) }
                probe herthon.import.start { printf("%s\\n", modulename) }
                probe herthon.import.done { printf("%s %d\\n", modulename, found) }
                probe herthon.audit { printf("%s %s\\n", event, args) }
                """);
        Result result = stapPass2(stap, BUILT_TAPSET, List.of(script.toString()));
        assertEquals(0, result.exit(), result.output());
        assertFalse(result.output().contains("never-assigned"), result.output());
        assertEquals(new TreeSet<>(markerLocations().values()), probedStatements(result.output()));
    }

    static Stream<String> stapScripts() {
        return SCRIPT_NAMES.stream().map(name -> name + ".stp");
    }

    /** Each .stp script elaborates against the built tapset, probing exactly the markers of the probe points it names. */
    @ParameterizedTest
    @MethodSource("stapScripts")
    void stapScriptElaboratesWithTheTapset(String name) throws Exception {
        Path stap = RequiredTool.onPath("stap");
        String text = Files.readString(SCRIPTS.resolve(name));
        Map<String, String> locations = markerLocations();
        Set<String> expected = new TreeSet<>();
        Matcher alias = Pattern.compile("probe ([\\w.]+(?:\\s*,\\s*[\\w.]+)*)\\s*\\{").matcher(text);
        while (alias.find()) {
            for (String point : alias.group(1).split("\\s*,\\s*")) {
                if (TAPSET_ALIASES.containsKey(point)) {
                    expected.add(locations.get(TAPSET_ALIASES.get(point)));
                }
            }
        }
        assertFalse(expected.isEmpty(), name + " uses the tapset's probe points");
        Result result = stapPass2(stap, BUILT_TAPSET, stapCommand(name, SCRIPTS.resolve(name)));
        assertEquals(0, result.exit(), result.output());
        assertFalse(result.output().contains("never-assigned"), result.output());
        assertEquals(expected, probedStatements(result.output()), name + " probes its markers of " + LIB + ": " + result.output());
    }

    /** The same elaboration fails for a script naming a probe point the tapset lacks, and for a tapset naming a marker or argument herthon.d lacks. */
    @Test
    void brokenScriptsAndTapsetsFailElaboration() throws Exception {
        Path stap = RequiredTool.onPath("stap");
        Path script = temp.resolve("show_call_hierarchy.stp");
        Files.writeString(script, Files.readString(SCRIPTS.resolve("show_call_hierarchy.stp"))
                .replace("probe herthon.function.entry", "probe herthon.function.entyr"));
        Result misnamed = stapPass2(stap, BUILT_TAPSET, List.of(script.toString()));
        assertNotEquals(0, misnamed.exit(), misnamed.output());
        assertTrue(misnamed.output().contains("herthon.function.entyr"), misnamed.output());

        String tapset = Files.readString(BUILT_TAPSET.resolve("herthon.stp"));
        Map<String, String> breakages = Map.of(
                "a marker herthon.d lacks", tapset.replace(".mark(\"function__entry\")", ".mark(\"function__entyr\")"),
                "an argument function__entry lacks", tapset.replace("funcname = $arg2 ? user_string($arg2", "funcname = $arg6 ? user_string($arg6"));
        for (Map.Entry<String, String> broken : breakages.entrySet()) {
            assertNotEquals(tapset, broken.getValue(), broken.getKey());
            Path dir = Files.createTempDirectory(temp, "broken-tapset");
            Files.writeString(dir.resolve("herthon.stp"), broken.getValue());
            Result failed = stapPass2(stap, dir, List.of(SCRIPTS.resolve("show_call_hierarchy.stp").toString()));
            assertNotEquals(0, failed.exit(), broken.getKey() + ": " + failed.output());
            assertTrue(failed.output().contains("semantic error"), broken.getKey() + ": " + failed.output());
        }
    }

    /** The script file and its arguments: lines.stp names the function to count. */
    private static List<String> stapCommand(String name, Path script) {
        return name.equals("lines.stp") ? List.of(script.toString(), "work") : List.of(script.toString());
    }

    // ---- bpftrace: each .bt on a driver JVM's known firings ------------------------------------

    /** By PID (-p), so only the driver is traced: one line per entry and return of "start". */
    @Test
    void callStackBtShowsStartOnly() throws Exception {
        String output = withKnownFirings("call_stack.bt", true);
        List<String> expected = new ArrayList<>();
        ProbeSite start = KnownFirings.PLAIN;
        for (int round = 0; round < KnownFirings.REPEAT; round++) {
            expected.add(" function-entry:" + start.filename() + ":start:" + start.firstLine());
            expected.add("function-return:" + start.filename() + ":start:" + (start.firstLine() + 2));
        }
        assertEquals(expected, hierarchy(output), output);
    }

    /** The seed's example: call_stack.py's calls below start(), indented by depth, as in the seed. */
    @Test
    void callStackBtShowsTheSeedsHierarchy() throws Exception {
        RequiredTool.bpftrace();
        Path stderr = temp.resolve("seed.stderr");
        Process jvm = new ProcessBuilder(ProjectPaths.javaLauncher().toString(), "-cp", ProjectPaths.testClassPath(),
                SeedCallStack.class.getName()).redirectError(stderr.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String loaded = out.readLine();
            assertEquals("loaded " + LIB, loaded, () -> "SeedCallStack: " + read(stderr));
            String output;
            try (Bpftrace run = startScript(SCRIPTS.resolve("call_stack.bt"), jvm.pid(), List.of())) {
                String fired = out.readLine();
                assertEquals("fired 20", fired, () -> "SeedCallStack: " + read(stderr));
                output = run.stop();
            }
            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "SeedCallStack ends once bpftrace detached");
            assertEquals(0, jvm.exitValue(), () -> "SeedCallStack saw the semaphores cleared: " + read(stderr));
            assertEquals(SEED_HIERARCHY, hierarchy(output), output);
            List<Long> times = timestamps(output);
            for (int i = 1; i < times.size(); i++) {
                assertTrue(times.get(i) >= times.get(i - 1), "timestamps in order: " + output);
            }
        } finally {
            jvm.destroyForcibly();
        }
    }

    /** By library path: counts per process, file, function and line, summed over the refreshes. */
    @Test
    void topBtCountsEntriesPerFunction() throws Exception {
        DriverRun run = withKnownFiringsOf("top.bt", false);
        Map<String, Long> counts = new TreeMap<>();
        // Each refresh lists the most called frame on its own first, then the top 20: count the top 20.
        String tables = run.output().replaceAll("(?m)^most called: .*\\n@calls\\[.*\\n", "");
        Matcher row = Pattern.compile("(?m)^@calls\\[(\\d+), (.*), (.*), (-?\\d+)\\]: (\\d+)$").matcher(tables);
        while (row.find()) {
            if (Long.parseLong(row.group(1)) == run.pid()) {
                counts.merge(row.group(2) + "|" + row.group(3) + "|" + row.group(4), Long.parseLong(row.group(5)), Long::sum);
            }
        }
        Map<String, Long> expected = new TreeMap<>();
        for (ProbeSite site : KnownFirings.SITES) {
            expected.put(mapKey(site.filename()) + "|" + mapKey(site.function()) + "|" + site.firstLine(), (long) KnownFirings.REPEAT);
        }
        assertEquals(expected, counts, run.output());
        assertTrue(run.output().contains("Herthon functions entered since the last refresh"), "END prints the last counts: " + run.output());
    }

    @Test
    void gcBtShowsEachCollectionAndTheTotals() throws Exception {
        DriverRun run = withKnownFiringsOf("gc.bt", false);
        List<String> collections = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d +(\\d+) +\\d+ +(\\d+) +(\\d+) +\\d+$").matcher(run.output());
        while (row.find()) {
            if (Long.parseLong(row.group(1)) == run.pid()) {
                collections.add(row.group(2) + " " + row.group(3));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < KnownFirings.REPEAT; round++) {
            for (int i = 0; i < KnownFirings.GC_GENERATIONS.length; i++) {
                expected.add(KnownFirings.GC_GENERATIONS[i] + " " + KnownFirings.GC_COLLECTED[i]);
            }
        }
        assertEquals(expected, collections, run.output());
        for (int i = 0; i < KnownFirings.GC_GENERATIONS.length; i++) {
            int generation = KnownFirings.GC_GENERATIONS[i];
            assertTrue(run.output().contains("\n@collections[" + generation + "]: " + KnownFirings.REPEAT + "\n"), run.output());
            assertTrue(run.output().contains("\n@collected[" + generation + "]: " + KnownFirings.REPEAT * KnownFirings.GC_COLLECTED[i] + "\n"),
                    run.output());
            assertTrue(run.output().contains("\n@duration_us[" + generation + "]: \n"), run.output());
        }
    }

    @Test
    void importsBtShowsEachImportFoundOrNot() throws Exception {
        DriverRun run = withKnownFiringsOf("imports.bt", false);
        List<String> imports = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d +(\\d+) +\\d+ +\\d+ (found|NOT FOUND) +(\\S.*)$").matcher(run.output());
        while (row.find()) {
            if (Long.parseLong(row.group(1)) == run.pid()) {
                imports.add(row.group(2) + " " + row.group(3));
            }
        }
        List<String> expected = new ArrayList<>();
        int found = 0;
        for (int round = 0; round < KnownFirings.REPEAT; round++) {
            for (int i = 0; i < KnownFirings.MODULES.length; i++) {
                boolean loaded = i < KnownFirings.MODULES.length - 1;
                found += loaded ? 1 : 0;
                expected.add((loaded ? "found" : "NOT FOUND") + " " + KnownFirings.asMarkerString(KnownFirings.MODULES[i]));
            }
        }
        assertEquals(expected, imports, run.output());
        assertTrue(run.output().contains("\n@found: " + found + "\n"), run.output());
        assertTrue(run.output().contains("\n@not_found: " + (expected.size() - found) + "\n"), run.output());
        assertTrue(run.output().contains("\n@duration_us: \n"), run.output());
    }

    @Test
    void auditBtShowsEventsWithTheirArguments() throws Exception {
        DriverRun run = withKnownFiringsOf("audit.bt", false);
        List<String> events = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d +(\\d+) +\\d+ +(\\S+) +(.*)$").matcher(run.output());
        while (row.find()) {
            if (Long.parseLong(row.group(1)) == run.pid()) {
                events.add(row.group(2) + " " + row.group(3));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < KnownFirings.REPEAT; round++) {
            expected.add(KnownFirings.AUDIT_EVENT + " " + KnownFirings.AUDIT_ARGS);
        }
        assertEquals(expected, events, run.output());
        assertTrue(run.output().contains("\n@events[" + KnownFirings.AUDIT_EVENT + "]: " + KnownFirings.REPEAT + "\n"), run.output());
    }

    /** By PID (-p): every line of the named function counted once per round. */
    @Test
    void linesBtCountsEachLineOfTheFunction() throws Exception {
        String output = withKnownFiringsOf("lines.bt", true, List.of(KnownFirings.PLAIN.function())).output();
        Map<String, Long> counts = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^@lines\\[(.*), (.*), (-?\\d+)\\]: (\\d+)$").matcher(output);
        while (row.find()) {
            counts.put(row.group(1) + "|" + row.group(2) + "|" + row.group(3), Long.parseLong(row.group(4)));
        }
        Map<String, Long> expected = new TreeMap<>();
        for (ProbeSite site : List.of(KnownFirings.PLAIN)) {
            for (int line = 1; line <= 2; line++) {
                expected.put(mapKey(site.filename()) + "|" + mapKey(site.function()) + "|" + (site.firstLine() + line),
                        (long) KnownFirings.REPEAT);
            }
        }
        assertEquals(expected, counts, output);
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private record Result(int exit, String output) {
    }

    private record DriverRun(String output, long pid) {
    }

    /** What install.sh writes for {@code lib}. */
    private static String installedText(String template, String lib) {
        return "// Written by native/tapset/install.sh from herthon.stp.in for " + lib
                + ": edit the template, not this file.\n" + template.replace("@LIBHERTHON@", lib);
    }

    /** How bpftrace prints a string map key: NULL (unencodable) reads as the empty string. */
    private static String mapKey(String name) {
        String text = KnownFirings.asMarkerString(name);
        return text.equals("<NULL>") ? "" : text;
    }

    /** {@code stap -p2 -I TAPSET ...}, with a stand-in kernel build tree when this kernel has none. */
    private Result stapPass2(Path stap, Path tapset, List<String> script) throws Exception {
        List<String> command = new ArrayList<>(List.of(stap.toString(), "-p2"));
        command.addAll(kernelBuildTree());
        command.addAll(List.of("-I", tapset.toString()));
        command.addAll(script);
        return run(command);
    }

    /**
     * SystemTap reads the kernel's build tree (.config, its release, Module.symvers) before pass 1,
     * and this kernel ships none. Pass 2 needs only the configuration (CONFIG_UPROBES and friends),
     * so a stand-in tree with this kernel's /proc/config.gz does: {@code -r DIR}.
     */
    private List<String> kernelBuildTree() throws IOException {
        String release = System.getProperty("os.version");
        if (Files.isRegularFile(Path.of("/lib/modules", release, "build/.config"))) {
            return List.of();
        }
        Path tree = temp.resolve("kernel-build");
        if (!Files.isDirectory(tree)) {
            Files.createDirectories(tree.resolve("include/config"));
            Path procConfig = Path.of("/proc/config.gz");
            if (Files.isReadable(procConfig)) {
                try (InputStream config = new GZIPInputStream(Files.newInputStream(procConfig))) {
                    Files.write(tree.resolve(".config"), config.readAllBytes());
                }
            } else {
                Files.writeString(tree.resolve(".config"), "CONFIG_TRACEPOINTS=y\nCONFIG_ARCH_SUPPORTS_UPROBES=y\nCONFIG_UPROBES=y\n");
            }
            Files.writeString(tree.resolve("include/config/kernel.release"), release + "\n");
            Files.writeString(tree.resolve("Module.symvers"), "");
        }
        return List.of("-r", tree.toString());
    }

    /** The addresses of the library's statements a pass-2 listing probes. */
    private static Set<String> probedStatements(String pass2) {
        Set<String> addresses = new TreeSet<>();
        Matcher probe = Pattern.compile("(?m)^process\\(\"" + Pattern.quote(LIB) + "\"\\)\\.statement\\((0x[0-9a-f]+)\\)").matcher(pass2);
        while (probe.find()) {
            addresses.add(probe.group(1));
        }
        return addresses;
    }

    /** Each marker's location in the library, from {@code readelf -n}, as SystemTap writes it (0x1117). */
    private Map<String, String> markerLocations() throws Exception {
        Path readelf = RequiredTool.onPath("readelf");
        Result notes = run(List.of(readelf.toString(), "-n", LIB));
        assertEquals(0, notes.exit(), notes.output());
        Map<String, String> locations = new TreeMap<>();
        Matcher note = Pattern.compile("Provider: herthon\\s+Name: (\\w+)\\s+Location: 0x([0-9a-f]+)").matcher(notes.output());
        while (note.find()) {
            locations.put(note.group(1), "0x" + Long.toHexString(Long.parseUnsignedLong(note.group(2), 16)));
        }
        assertEquals(Marker.values().length, locations.size(), notes.output());
        return locations;
    }

    /** Runs {@code command} to its end (at most 2 minutes), stdout and stderr together. */
    private Result run(List<String> command) throws Exception {
        Path output = Files.createTempFile(temp, "run", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not end within 2 minutes: " + read(output));
        }
        return new Result(process.exitValue(), read(output));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(" + unreadable + ")";
        }
    }

    private String withKnownFirings(String script, boolean byPid) throws Exception {
        return withKnownFiringsOf(script, byPid).output();
    }

    /**
     * A driver JVM loads the library; bpftrace runs {@code script} on it (by library path, or
     * with -p); once every marker the script names is traced in the JVM, the driver fires
     * {@link KnownFirings}; SIGINT stops bpftrace (status 0) and the JVM sees every semaphore
     * cleared.
     */
    private DriverRun withKnownFiringsOf(String script, boolean byPid) throws Exception {
        return withKnownFiringsOf(script, byPid, List.of());
    }

    private DriverRun withKnownFiringsOf(String script, boolean byPid, List<String> scriptArguments) throws Exception {
        RequiredTool.bpftrace();
        Set<String> markers = new LinkedHashSet<>();
        Matcher probe = Pattern.compile("usdt:\\$1:herthon:(\\w+)").matcher(Files.readString(SCRIPTS.resolve(script)));
        while (probe.find()) {
            markers.add(probe.group(1));
        }
        assertFalse(markers.isEmpty(), script + " names herthon markers");
        try (DriverProcess driver = new DriverProcess(List.of())) {
            String status = driver.send("status");
            assertTrue(status.startsWith("library=" + LIB + " "), status);
            String output;
            try (Bpftrace run = startScript(SCRIPTS.resolve(script), byPid ? driver.pid() : null, scriptArguments)) {
                for (String marker : markers) {
                    assertEquals("traced", driver.send("wait-traced " + marker), marker + " traced in the JVM");
                }
                assertTrue(driver.send("fire-known").startsWith("fired "));
                output = run.stop();
            }
            for (String marker : markers) {
                assertEquals("untraced", driver.send("wait-untraced " + marker), marker + " cleared after bpftrace stopped");
            }
            driver.exit();
            return new DriverRun(output, driver.pid());
        }
    }

    /** call_stack.bt's hierarchy lines, without their timestamps. */
    private static List<String> hierarchy(String output) {
        return output.lines().filter(line -> line.matches("\\d+\t.*")).map(line -> line.substring(line.indexOf('\t') + 1))
                .collect(Collectors.toList());
    }

    private static List<Long> timestamps(String output) {
        return output.lines().filter(line -> line.matches("\\d+\t.*")).map(line -> Long.parseLong(line.substring(0, line.indexOf('\t'))))
                .collect(Collectors.toList());
    }

    /** {@code bpftrace [-p PID] SCRIPT LIBPATH}, as the scripts' comments say to run them; every script prints
     * "Hit Ctrl-C to end." from BEGIN, which bpftrace runs once every probe is attached. */
    private static Bpftrace startScript(Path script, Long pid, List<String> scriptArguments) throws Exception {
        List<String> arguments = new ArrayList<>();
        if (pid != null) {
            arguments.addAll(List.of("-p", Long.toString(pid)));
        }
        arguments.addAll(List.of(script.toString(), LIB));
        arguments.addAll(scriptArguments);
        return Bpftrace.startScript(arguments, "Hit Ctrl-C to end.\n");
    }
}
