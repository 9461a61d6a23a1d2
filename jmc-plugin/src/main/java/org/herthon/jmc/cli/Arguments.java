package org.herthon.jmc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subcommand's arguments: positional ones and {@code --name VALUE} / {@code --name=VALUE}
 * options, checked against the options the subcommand knows, so a misspelt option is an error
 * rather than a file name.
 */
public final class Arguments {
    private final String subcommand;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Arguments(String subcommand) {
        this.subcommand = subcommand;
    }

    /**
     * Parses {@code arguments}; {@code valued} are the options that take a value, {@code flags}
     * those that do not (both spelt with their dashes).
     */
    public static Arguments parse(String subcommand, List<String> arguments, Set<String> valued, Set<String> flags)
            throws CommandException {
        Arguments parsed = new Arguments(subcommand);
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--") || argument.equals("--")) {
                parsed.positional.add(argument);
                continue;
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = argument.substring(equals + 1);
                } else if (i + 1 < arguments.size()) {
                    value = arguments.get(++i);
                } else {
                    throw CommandException.usage(subcommand, name + " needs a value");
                }
                if (value.isEmpty()) {
                    throw CommandException.usage(subcommand, name + " needs a value");
                }
                parsed.options.put(name, value);
            } else if (flags.contains(name) && equals < 0) {
                parsed.options.put(name, "");
            } else {
                throw CommandException.usage(subcommand, "unknown option " + argument);
            }
        }
        return parsed;
    }

    public List<String> positional() {
        return positional;
    }

    /** The value of {@code --name}, or null when it was not given. */
    public String option(String name) {
        return options.get(name);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The one positional argument (a recording file); anything else is a usage error. */
    public String onlyPositional(String what) throws CommandException {
        if (positional.isEmpty()) {
            throw CommandException.usage(subcommand, "no " + what + " given");
        }
        if (positional.size() > 1) {
            throw CommandException.usage(subcommand, "one " + what + " only, got: " + String.join(" ", positional));
        }
        return positional.get(0);
    }
}
