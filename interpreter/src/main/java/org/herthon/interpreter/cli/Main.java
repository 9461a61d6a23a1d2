package org.herthon.interpreter.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.herthon.interpreter.Interpreter;

/** The herthon command: herthon [--version] [-c CODE | -m MODULE | SCRIPT | -] [ARGS...] */
public final class Main {
    private Main() {}

    static final String USAGE = "usage: herthon [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
        } catch (Throwable t) {
            out.flush();
            err.println("herthon: internal error: " + t);
            code = 1;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            switch (a) {
                case "--version":
                case "-V":
                    out.println("Herthon " + Interpreter.VERSION + " (JVM)");
                    out.flush();
                    return 0;
                case "-h":
                case "--help":
                    out.println(USAGE);
                    out.println("-c cmd : program passed in as string (terminates option list)");
                    out.println("-m mod : run library module as a script (terminates option list)");
                    out.println("--version : print the Herthon version number and exit");
                    out.println("file   : program read from script file");
                    out.println("-      : program read from stdin");
                    out.println("arg ...: arguments passed to program in sys.argv[1:]");
                    out.flush();
                    return 0;
                case "-c": {
                    if (i + 1 >= args.length) return usage(err, "Argument expected for the -c option");
                    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(i + 2, args.length));
                    return Interpreter.runCode(args[i + 1], rest, out, err);
                }
                case "-m": {
                    if (i + 1 >= args.length) return usage(err, "Argument expected for the -m option");
                    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(i + 2, args.length));
                    return Interpreter.runModule(args[i + 1], rest, out, err);
                }
                case "-":
                    return runStdin(Arrays.asList(args).subList(i + 1, args.length), out, err);
                case "-u": case "-B": case "-E": case "-s": case "-S": case "-I": case "-q": case "--probes": case "--no-probes":
                    i++;
                    continue;
                case "-X":
                    i += 2;
                    continue;
                default:
                    if (a.startsWith("--jfr")) { i++; continue; }
                    if (a.startsWith("-") && a.length() > 1) return usage(err, "unknown option " + a);
                    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(i + 1, args.length));
                    return Interpreter.runFile(Path.of(a), rest, out, err);
            }
        }
        return runStdin(List.of(), out, err);
    }

    private static int runStdin(List<String> rest, PrintStream out, PrintStream err) {
        String src;
        try {
            src = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            src = "";
        }
        final String code = src;
        return Interpreter.runOnBigStack(() -> {
            Interpreter in = new Interpreter(out, err, Path.of("").toAbsolutePath());
            in.argv.append(org.herthon.interpreter.runtime.PyStr.of("-"));
            for (String s : rest) in.argv.append(org.herthon.interpreter.runtime.PyStr.of(s));
            in.path.append(org.herthon.interpreter.runtime.PyStr.of(""));
            return in.runMain(code, "<stdin>");
        });
    }

    private static int usage(PrintStream err, String msg) {
        err.println(msg);
        err.println(USAGE);
        err.println("Try `herthon -h' for more information.");
        err.flush();
        return 2;
    }
}
