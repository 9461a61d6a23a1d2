package org.herthon.jmc.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code herthon-jfr SUBCOMMAND ARGS...}: reads Herthon recordings with JMC's core parser. The
 * launcher at the repository root runs this class. Each subcommand is a {@link Subcommand} in
 * {@link #SUBCOMMANDS}; new ones are added to that list.
 */
public final class HerthonJfr {
    /** Every subcommand, in the order {@code --help} lists them. */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new AnalyzeCommand(),
            new CallsCommand(),
            new FlameCommand(),
            new ReportCommand(),
            new TopCommand(),
            new SummaryCommand(),
            new GcCommand(),
            new ProfileCommand());

    /** Held so the level set in main is not lost with a collected logger. */
    private static final Logger JMC_LOGGER = Logger.getLogger("org.openjdk.jmc");

    private HerthonJfr() {
    }

    public static void main(String[] args) {
        // JMC's parser logs what it skips (with stack traces) through java.util.logging; the
        // reader reports problems itself, in one line.
        JMC_LOGGER.setLevel(Level.OFF);
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs one command line; what the main method does, without exiting the JVM (for tests). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(help());
            return args.isEmpty() ? CommandException.USAGE : 0;
        }
        Optional<Subcommand> subcommand = find(args.get(0));
        if (subcommand.isEmpty()) {
            err.println("herthon-jfr: unknown subcommand '" + args.get(0) + "' (herthon-jfr --help lists them)");
            return CommandException.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(subcommand.get().usage());
            return 0;
        }
        try {
            int code = subcommand.get().run(rest, out);
            out.flush();
            return code;
        } catch (CommandException e) {
            out.flush();
            err.println("herthon-jfr: " + e.getMessage());
            return e.exitCode();
        }
    }

    static Optional<Subcommand> find(String name) {
        return SUBCOMMANDS.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static String help() {
        StringBuilder help = new StringBuilder()
                .append("usage: herthon-jfr SUBCOMMAND [ARGS...]\n")
                .append("Reads Herthon recordings (.jfr files, or a running Herthon JVM) with JDK Mission Control's parser.\n\n")
                .append("subcommands:\n");
        int width = SUBCOMMANDS.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (Subcommand s : SUBCOMMANDS) {
            help.append("  ").append(s.name()).append(" ".repeat(width - s.name().length() + 2)).append(s.summary()).append('\n');
        }
        help.append("\nherthon-jfr SUBCOMMAND --help describes one. Exit status: 0 done, 1 a file or process that\n")
                .append("cannot be read, 2 a usage error.\n");
        return help.toString();
    }
}
