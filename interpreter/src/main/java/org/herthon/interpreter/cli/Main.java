package org.herthon.interpreter.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.herthon.bridge.usdt.UsdtSink;
import org.herthon.bridge.usdt.UsdtUnavailableException;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.PyStr;
import org.herthon.interpreter.signals.OsSignals;

/**
 * The herthon command: herthon [option] ... [-c CODE | -m MODULE | SCRIPT | -] [ARGS...]. Every
 * wrong use is one line on stderr and exit code 2, before the program starts.
 */
public final class Main {
    private Main() {}

    static final String USAGE = "usage: herthon [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** Options CPython takes that change nothing here (there is no bytecode cache, site or environment to skip). */
    private static final List<String> ACCEPTED_FLAGS = List.of("-u", "-B", "-E", "-s", "-S", "-I", "-q");

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err, true);
        } catch (Throwable t) {
            out.flush();
            UsdtUnavailableException noMarkers = causeOfType(t, UsdtUnavailableException.class);
            if (noMarkers != null) {
                // -Dherthon.usdt=required without a loadable library: a wrong setup, said in one line
                err.println(noMarkers.getMessage());
                CommandLineRecordings.discard();
                code = 2;
            } else {
                err.println("herthon: internal error: " + t);
                code = 1;
            }
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }

    /** Runs the command in this JVM without taking over its signals (tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * Runs the command; with {@code processSignals}, SIGINT, SIGTERM and SIGHUP go to the program's
     * interpreter (KeyboardInterrupt, signal.signal handlers).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean processSignals) {
        int i = 0;
        String stdlib = null;
        List<String> xoptions = new ArrayList<>();
        while (i < args.length) {
            String a = args[i];
            if (a.startsWith("--stdlib=") && a.length() > "--stdlib=".length()) {
                stdlib = a.substring("--stdlib=".length());
                i++;
                continue;
            }
            if (a.equals("--stdlib") || a.equals("--stdlib=")) return usage(err, "--stdlib needs a value: --stdlib=DIR");
            switch (a) {
                case "--version":
                case "-V":
                    out.println("Herthon " + Interpreter.VERSION + " (JVM)");
                    out.flush();
                    return 0;
                case "-h":
                case "-?":
                case "--help":
                    out.print(Help.text());
                    out.flush();
                    return 0;
                case "-c": {
                    if (i + 1 >= args.length) return usage(err, "Argument expected for the -c option");
                    String code = args[i + 1];
                    List<String> rest = rest(args, i + 2);
                    return program(out, err, processSignals, stdlib, xoptions, in -> in.execCode(code, rest));
                }
                case "-m": {
                    if (i + 1 >= args.length) return usage(err, "Argument expected for the -m option");
                    String module = args[i + 1];
                    List<String> rest = rest(args, i + 2);
                    return program(out, err, processSignals, stdlib, xoptions, in -> in.execModule(module, rest));
                }
                case "-X":
                    if (i + 1 >= args.length) return usage(err, "Argument expected for the -X option");
                    xoptions.add(args[i + 1]);
                    i += 2;
                    continue;
                case "-":
                    return runStdin(rest(args, i + 1), out, err, processSignals, stdlib, xoptions);
                default:
                    break;
            }
            if (a.startsWith("-X") && a.length() > 2) xoptions.add(a.substring(2));
            if (ACCEPTED_FLAGS.contains(a) || (a.startsWith("-X") && a.length() > 2)) {
                i++;
                continue;
            }
            if (a.startsWith("-") && a.length() > 1) {
                String launcherProblem = Help.launcherOptionProblem(a);
                return usage(err, launcherProblem != null ? launcherProblem : "unknown option " + a + " (try 'herthon --help')");
            }
            return runScript(Path.of(a), rest(args, i + 1), out, err, processSignals, stdlib, xoptions);
        }
        return runStdin(List.of(), out, err, processSignals, stdlib, xoptions);
    }

    private static List<String> rest(String[] args, int from) {
        return new ArrayList<>(Arrays.asList(args).subList(Math.min(from, args.length), args.length));
    }

    /** A script, or a directory with a __main__.py (as CPython runs it); a missing one is a usage error. */
    private static int runScript(Path script, List<String> rest, PrintStream out, PrintStream err, boolean processSignals, String stdlib, List<String> xoptions) {
        Path abs = script.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            if (!Files.isRegularFile(abs.resolve("__main__.py"))) {
                return usage(err, "herthon: can't find '__main__' module in '" + script + "'");
            }
        } else if (!Files.exists(abs)) {
            return usage(err, "herthon: can't open file '" + abs + "': [Errno 2] No such file or directory");
        } else if (!Files.isReadable(abs)) {
            return usage(err, "herthon: can't open file '" + abs + "': [Errno 13] Permission denied");
        }
        return program(out, err, processSignals, stdlib, xoptions, in -> in.execFile(script, rest));
    }

    private static int runStdin(List<String> rest, PrintStream out, PrintStream err, boolean processSignals, String stdlib, List<String> xoptions) {
        String src;
        try {
            src = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            src = "";
        }
        final String code = src;
        return program(out, err, processSignals, stdlib, xoptions, in -> {
            in.argv.append(PyStr.of("-"));
            for (String s : rest) in.argv.append(PyStr.of(s));
            in.path.append(PyStr.of(""));
            in.imports.initPath();
            return in.runMain(code, "<stdin>");
        });
    }

    /** Runs the program on the interpreter's big-stack thread, which receives the process's signals if asked. */
    private static int program(PrintStream out, PrintStream err, boolean processSignals, String stdlib, List<String> xoptions, Function<Interpreter, Integer> body) {
        return Interpreter.runOnBigStack(() -> {
            // The probe library loads before the program starts, so -Dherthon.usdt=required
            // fails before any of the program has run.
            UsdtSink.library();
            Interpreter in = new Interpreter(out, err, Path.of("").toAbsolutePath());
            if (stdlib != null) in.imports.setStdlibOption(stdlib);
            in.setXOptions(xoptions);
            if (processSignals) OsSignals.install(in.signals);
            return body.apply(in);
        });
    }

    /** A wrong use: one line, exit code 2, and no recording left behind for a run that never started. */
    private static int usage(PrintStream err, String line) {
        err.println(line.startsWith("herthon: ") ? line : "herthon: " + line);
        err.flush();
        CommandLineRecordings.discard();
        return 2;
    }
}
