package org.herthon.interpreter.cli;

import java.util.List;

/**
 * {@code herthon --help}: the interpreter's options and the {@code ./herthon} launcher's, which
 * turns the latter into JVM flags before this class's JVM starts. Each option is listed here
 * once; the launcher's also tell what a wrong use of them that reached the interpreter means.
 */
final class Help {
    private Help() {}

    /** An option of the launcher: its form with a value (or none), and what it does. */
    private record LauncherOption(String name, String value, String text) {
        String form() {
            return value == null ? name : name + "=" + value;
        }
    }

    private static final List<LauncherOption> LAUNCHER = List.of(
            new LauncherOption("--jfr", "FILE", "record the run with JDK Flight Recorder into FILE (written when the program ends,"
                    + " also after an exception, sys.exit, SIGINT or SIGTERM)"),
            new LauncherOption("--jfr-settings", "default|trace|lines|PATH", "what --jfr records: default (herthon.jfc: slow calls,"
                    + " GC, imports, audit, JVM samples), trace (every marker's event), lines (trace plus herthon.Line), or a .jfc file"),
            new LauncherOption("--metrics-port", "PORT", "serve the Micrometer meters for Prometheus at http://ADDR:PORT/metrics"),
            new LauncherOption("--metrics-host", "ADDR", "the address the metrics server listens on (with --metrics-port)"),
            new LauncherOption("--probes", null, "list the USDT markers: the library that holds them and their arguments"),
            new LauncherOption("--no-probes", null, "turn every probe site off (no marker, JFR event or meter fires)"));

    static String text() {
        StringBuilder b = new StringBuilder();
        b.append(Main.USAGE).append('\n');
        b.append("Options:\n");
        line(b, "-c cmd", "program passed in as string (terminates option list)");
        line(b, "-h", "print this help message and exit (also -? or --help)");
        line(b, "-m mod", "run library module as a script (terminates option list)");
        line(b, "-V", "print the Herthon version number and exit (also --version)");
        line(b, "--stdlib=DIR", "CPython 3.11's pure-Python standard library (default: $HERTHON_STDLIB, else found in"
                + " the usual places, such as /usr/lib/python3.11, and remembered in ~/.cache/herthon)");
        line(b, "-X opt", "accepted for compatibility with CPython; changes nothing here");
        line(b, "-B -E -I -q -s -S -u", "accepted for compatibility with CPython; change nothing here");
        b.append("Options of the ./herthon launcher (first on the command line; they become JVM flags):\n");
        for (LauncherOption o : LAUNCHER) line(b, o.form(), o.text());
        b.append("Arguments:\n");
        line(b, "file", "program read from script file (a directory runs its __main__.py)");
        line(b, "-", "program read from stdin (default)");
        line(b, "arg ...", "arguments passed to program in sys.argv[1:]; options after the program are its own");
        b.append("Environment:\n");
        line(b, "JAVA_HOME, JAVA", "the JDK (17 or newer) that runs the interpreter");
        line(b, "HERTHON_JAVA_OPTS", "more JVM options");
        line(b, "HERTHON_STDLIB", "the folder of CPython 3.11's standard library (as --stdlib=DIR)");
        line(b, "PYTHONPATH", "':'-separated folders put on sys.path before the standard library");
        return b.toString();
    }

    private static final int COLUMN = 24;

    /** "  option   text", the text on the next line when the option is wider than its column. */
    private static void line(StringBuilder b, String option, String text) {
        b.append("  ").append(option);
        if (option.length() + 2 < COLUMN - 1) {
            b.append(" ".repeat(COLUMN - 2 - option.length()));
        } else {
            b.append('\n').append(" ".repeat(COLUMN));
        }
        b.append(text).append('\n');
    }

    /**
     * A launcher option that reached the interpreter: its value is missing ({@code --jfr} without
     * {@code =FILE}), or the JVM was started without the launcher, which alone can act on it.
     * Null for any other argument.
     */
    static String launcherOptionProblem(String arg) {
        for (LauncherOption o : LAUNCHER) {
            if (o.value() != null && (arg.equals(o.name()) || arg.equals(o.name() + "="))) {
                return o.name() + " needs a value: " + o.form();
            }
            if (arg.equals(o.name()) || (o.value() != null && arg.startsWith(o.name() + "="))) {
                return o.form() + " is read by the ./herthon launcher: put it first, before the other options";
            }
            if (o.value() == null && arg.startsWith(o.name() + "=")) {
                return o.name() + " takes no value";
            }
        }
        return null;
    }
}
