package org.herthon.jmc.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code herthon-jfr} subcommand. {@link HerthonJfr#SUBCOMMANDS} lists them; {@code --help}
 * after the name prints {@link #usage()} and never reaches {@link #run}.
 */
public interface Subcommand {
    /** The word after {@code herthon-jfr}. */
    String name();

    /** One line for {@code herthon-jfr --help}. */
    String summary();

    /** The full help: a usage line, then what it prints and its options. */
    String usage();

    /**
     * Runs with the arguments after the subcommand's name; what it prints goes to {@code out}.
     * Bad input is a {@link CommandException} (one line, an exit code), never a stack trace.
     *
     * @return the exit code
     */
    int run(List<String> arguments, PrintStream out) throws CommandException;
}
