package org.herthon.interpreter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.herthon.bridge.ProbeSite;
import org.herthon.interpreter.runtime.TraceListener;

/** Runs corpus programs in-process and compares them with the CPython goldens. */
public final class CorpusSupport {
    private CorpusSupport() {}

    public static Path corpusDir() {
        Path p = Path.of("src/test/resources/corpus");
        if (!Files.isDirectory(p)) p = Path.of("interpreter/src/test/resources/corpus");
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    public static List<String> programs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpusDir())) {
            s.map(x -> x.getFileName().toString()).filter(n -> n.matches("\\d{3}_.*\\.py")).sorted().forEach(out::add);
        }
        return out;
    }

    public record Result(String stdout, String stderr, int exit, String trace) {}

    public static Result run(String name) {
        return run(name, true);
    }

    /** lines false: a listener of calls and returns only (the trace then has no line entries). */
    public static Result run(String name, boolean lines) {
        Path dir = corpusDir();
        String prefix = dir.toString() + "/";
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8), pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        StringBuilder trace = new StringBuilder();
        TraceListener tl = new TraceListener() {
            private String file(ProbeSite s) {
                String f = s.filename();
                return f.startsWith(prefix) ? f.substring(prefix.length()) : null;
            }
            @Override public void call(ProbeSite site, int lineno, long frameId) {
                String f = file(site);
                if (f != null) trace.append("call ").append(f).append(':').append(site.function()).append(':').append(lineno).append('\n');
            }
            @Override public void ret(ProbeSite site, int lineno, long frameId) {
                String f = file(site);
                if (f != null) trace.append("return ").append(f).append(':').append(site.function()).append(':').append(lineno).append('\n');
            }
            @Override public void line(ProbeSite site, int lineno) {
                String f = file(site);
                if (f != null && lines) trace.append("line ").append(f).append(':').append(site.function()).append(':').append(lineno).append('\n');
            }
            @Override public boolean wantsLines() {
                return lines;
            }
        };
        int code = Interpreter.runFile(Path.of(name), List.of(), po, pe, dir, tl);
        po.flush();
        pe.flush();
        String so = out.toString(StandardCharsets.UTF_8).replace(prefix, "");
        String se = err.toString(StandardCharsets.UTF_8).replace(prefix, "");
        return new Result(so, se, code, trace.toString());
    }

    public static String golden(String name, String ext) throws IOException {
        Path p = corpusDir().resolve(name.replaceAll("\\.py$", "") + "." + ext);
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Command line: runs all (or the named) programs and prints a summary. */
    public static void main(String[] args) throws IOException {
        List<String> names = args.length > 0 ? List.of(args) : programs();
        int ok = 0, okTrace = 0;
        List<String> failed = new ArrayList<>(), failedTrace = new ArrayList<>();
        for (String n : names) {
            if (!n.endsWith(".py")) n = n + ".py";
            Result r;
            long t0 = System.nanoTime();
            try {
                r = run(n);
            } catch (Throwable t) {
                failed.add(n + " (crash " + t + ")");
                continue;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            boolean o = r.stdout.equals(golden(n, "stdout")) && r.stderr.equals(golden(n, "stderr"))
                    && String.valueOf(r.exit).equals(golden(n, "exit").trim());
            boolean tr = r.trace.equals(golden(n, "trace"));
            if (o) ok++; else failed.add(n);
            if (tr) okTrace++; else failedTrace.add(n);
            if (names.size() <= 3 || System.getProperty("v") != null) {
                System.out.println("== " + n + " " + ms + "ms output=" + o + " trace=" + tr);
                if (!o) {
                    diff("stdout", golden(n, "stdout"), r.stdout);
                    diff("stderr", golden(n, "stderr"), r.stderr);
                    if (!String.valueOf(r.exit).equals(golden(n, "exit").trim())) System.out.println("exit: expected " + golden(n, "exit").trim() + " got " + r.exit);
                }
                if (!tr) diff("trace", golden(n, "trace"), r.trace);
            }
        }
        System.out.println("output ok " + ok + "/" + names.size() + ", trace ok " + okTrace + "/" + names.size());
        System.out.println("output failures: " + failed);
        System.out.println("trace failures: " + failedTrace);
    }

    static void diff(String what, String exp, String got) {
        if (exp.equals(got)) return;
        String[] a = exp.split("\n", -1), b = got.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
        System.out.println("--- " + what + " differs at line " + (i + 1) + " (expected " + a.length + " lines, got " + b.length + ")");
        for (int k = Math.max(0, i - 2); k < Math.min(a.length, i + 4); k++) System.out.println("  exp: " + a[k]);
        for (int k = Math.max(0, i - 2); k < Math.min(b.length, i + 4); k++) System.out.println("  got: " + b[k]);
    }
}
