package org.herthon.jmc.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.herthon.jmc.toolkit.GcCycles;

/** {@code herthon-jfr gc FILE}: each Herthon collection with the JVM collection it caused. */
final class GcCommand implements Subcommand {
    @Override
    public String name() {
        return "gc";
    }

    @Override
    public String summary() {
        return "each Herthon GC cycle: generation, collected, duration, the matching jdk.GarbageCollection";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr gc FILE
                One line per herthon.GarbageCollection: its start (seconds into the recording), generation,
                Herthon objects collected, duration, and the JVM collection with the same gcId
                (jdk.GarbageCollection: collector, cause, longest pause), or "-" when none is in the file.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        String file = Arguments.parse(name(), arguments, Set.of(), Set.of()).onlyPositional("recording file");
        out.print(GcCycles.of(RecordingFile.load(file)).text());
        return 0;
    }
}
