package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code ./herthon} command as a user types it: every option is in {@code --help}, and every
 * wrong use is one line in CPython's style ({@code herthon: what is wrong}) with exit code 2,
 * before the program runs, leaving no file behind and showing no Java exception.
 */
class CommandLineTest {
    @TempDir
    Path temp;

    static Stream<Arguments> wrongUses() {
        return Stream.of(
                Arguments.of(List.of("--bogus"), "herthon: unknown option --bogus (try 'herthon --help')"),
                Arguments.of(List.of("-Q", "x.py"), "herthon: unknown option -Q (try 'herthon --help')"),
                Arguments.of(List.of("-c"), "herthon: Argument expected for the -c option"),
                Arguments.of(List.of("-m"), "herthon: Argument expected for the -m option"),
                Arguments.of(List.of("-X"), "herthon: Argument expected for the -X option"),
                Arguments.of(List.of("--jfr"), "herthon: --jfr takes its value after '=': --jfr=VALUE"),
                Arguments.of(List.of("--metrics-port"), "herthon: --metrics-port needs a value: --metrics-port=PORT"),
                Arguments.of(List.of("--no-probes=yes"), "herthon: --no-probes takes no value"),
                Arguments.of(List.of("-u", "--no-probes", "-c", "pass"),
                        "herthon: --no-probes is read by the ./herthon launcher: put it first, before the other options"),
                Arguments.of(List.of("missing.py"), "herthon: can't open file '{dir}/missing.py': [Errno 2] No such file or directory"),
                Arguments.of(List.of("--no-probes", "missing.py"),
                        "herthon: can't open file '{dir}/missing.py': [Errno 2] No such file or directory"),
                Arguments.of(List.of("folder"), "herthon: can't find '__main__' module in 'folder'"));
    }

    @ParameterizedTest
    @MethodSource("wrongUses")
    void aWrongUseIsOneLineAndExitCodeTwo(List<String> args, String expected) throws Exception {
        Files.createDirectories(temp.resolve("folder"));
        HerthonCommand.Result run = HerthonCommand.run(temp, "", args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals(expected.replace("{dir}", temp.toRealPath().toString()) + "\n", run.stderr());
        assertEquals("", run.stdout());
        assertNoJavaTrace(run);
    }

    /** JFR creates --jfr's file when the JVM starts: a run that never started must not leave it behind. */
    @Test
    void aMissingScriptLeavesNoRecordingBehind() throws Exception {
        Path recording = temp.resolve("never.jfr");
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + recording, "missing.py");
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertFalse(Files.exists(recording), "no recording of a run that never started");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "nothing left in the working directory");
        }
    }

    @Test
    void aDirectoryWithMainRunsIt() throws Exception {
        Path app = Files.createDirectories(temp.resolve("app"));
        Files.writeString(app.resolve("__main__.py"), "import sys\nprint(sys.argv, sys.path[0].endswith('app'))\n");
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "app", "x");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("['app', 'x'] True\n", run.stdout());
    }

    /** As in CPython, what follows the program belongs to it: the launcher does not act on it. */
    @Test
    void optionsAfterTheScriptAreTheScriptsOwn() throws Exception {
        Files.writeString(temp.resolve("args.py"), "import sys\nprint(sys.argv[1:])\n");
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "args.py", "--jfr=out.jfr", "--no-probes", "--bogus", "-c");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("['--jfr=out.jfr', '--no-probes', '--bogus', '-c']\n", run.stdout());
        assertFalse(Files.exists(temp.resolve("out.jfr")), "the launcher did not record");
        HerthonCommand.Result code = HerthonCommand.run(temp, "", "-c", "import sys; print(sys.argv)", "--help");
        assertEquals("['-c', '--help']\n", code.stdout());
    }

    @Test
    void helpListsEveryOption() throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--help");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("usage: herthon [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), run.stdout());
        for (String option : List.of("-c cmd", "-m mod", "-h", "-V", "-X opt", "--jfr=FILE", "--jfr-settings=default|trace|lines|PATH",
                "--metrics-port=PORT", "--metrics-host=ADDR", "--probes", "--no-probes", "file", "arg ...")) {
            assertTrue(run.stdout().lines().anyMatch(line -> line.startsWith("  " + option + " ") || line.equals("  " + option)),
                    option + " in --help:\n" + run.stdout());
        }
        assertEquals(run.stdout(), HerthonCommand.run(temp, "", "-h").stdout());
    }

    /**
     * Started with no locale at all (a cron job, {@code env -i}, a container): the launcher coerces
     * the C locale to C.UTF-8 as CPython's PEP 538 does, so a non-ASCII file name opens (the JVM
     * encodes file names in the locale's charset); with LC_ALL=C, which CPython too leaves alone,
     * the same name is a UnicodeEncodeError the program can catch, not a crash.
     */
    @Test
    void theCLocaleIsCoercedToUtf8AsCPythonDoes() throws Exception {
        // the names stay in the script: this JVM may run in that same C locale
        String script = "import os\n"
                + "name = 'caf\\u00e9.txt'\n"
                + "try:\n"
                + "    with open(name, 'w') as f: f.write('x')\n"
                + "    print(name in os.listdir('.'), os.environ.get('LC_CTYPE'))\n"
                + "    os.remove(name)\n"
                + "except UnicodeEncodeError as e:\n"
                + "    print('UnicodeEncodeError', e.start, os.listdir('.'))\n";
        assertEquals("True C.UTF-8\n", inLocale(Map.of(), script));
        assertEquals("UnicodeEncodeError 3 ['locale_check.py']\n", inLocale(Map.of("LC_ALL", "C"), script));
    }

    /** Runs a script with only PATH, JAVA_HOME and the given locale variables in the environment. */
    private String inLocale(Map<String, String> locale, String script) throws Exception {
        Path file = temp.resolve("locale_check.py");
        Files.writeString(file, script);
        ProcessBuilder builder = HerthonCommand.command(HerthonCommand.testJdk(), temp, "", file.toString());
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        String javaHome = env.get("JAVA_HOME");
        env.clear();
        env.put("PATH", path);
        env.put("JAVA_HOME", javaHome);
        env.putAll(locale);
        Process process = builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "herthon did not end");
        Files.delete(file);
        return printed;
    }

    private static void assertNoJavaTrace(HerthonCommand.Result run) {
        for (String sign : List.of("Exception", "\tat ", "java.", "Error occurred during initialization of VM")) {
            assertFalse(run.stderr().contains(sign), "no Java exception: " + run.stderr());
        }
    }
}
