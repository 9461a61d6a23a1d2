package org.herthon.jmc.cli;

/**
 * Something the user gave that cannot be read or used: {@code herthon-jfr} prints the message as
 * one line on stderr and exits with {@link #exitCode()}.
 */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A usage error (unknown option, missing argument): exit 2, as the launcher's own errors. */
    public static final int USAGE = 2;
    /** A file or process that cannot be read (missing, truncated, not a recording): exit 1. */
    public static final int UNREADABLE = 1;

    private final int exitCode;

    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CommandException usage(String subcommand, String message) {
        return new CommandException(USAGE, subcommand + ": " + message + " (herthon-jfr " + subcommand + " --help)");
    }

    public int exitCode() {
        return exitCode;
    }
}
