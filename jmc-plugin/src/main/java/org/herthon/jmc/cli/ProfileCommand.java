package org.herthon.jmc.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.herthon.jmc.toolkit.SampledProfile;

/** {@code herthon-jfr profile FILE}: the sampled Herthon call hierarchy with percentages. */
final class ProfileCommand implements Subcommand {
    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String summary() {
        return "the sampled Herthon call hierarchy (jdk.ExecutionSample) as a tree with percentages";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr profile FILE
                The Herthon call hierarchy as JFR's execution sampler saw it (jdk.ExecutionSample, every 20 ms
                in herthon.jfc): Herthon functions run in JVM frames named after them (module.function), so
                each sample's stack, reduced to those frames, is a Herthon stack. Prints a tree, callers above
                callees, each line: the share of all samples spent in the function and what it called, the
                number of samples, the function.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        String file = Arguments.parse(name(), arguments, Set.of(), Set.of()).onlyPositional("recording file");
        out.print(SampledProfile.of(RecordingFile.load(file)).text());
        return 0;
    }
}
