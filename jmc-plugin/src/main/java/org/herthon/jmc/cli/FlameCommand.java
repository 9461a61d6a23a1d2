package org.herthon.jmc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.herthon.jmc.flame.FlameRecording;
import org.herthon.jmc.toolkit.CallProfile;

/**
 * {@code herthon-jfr flame FILE -o stacks.jfr}: the exact call hierarchy of a trace recording as
 * a recording of Herthon stack traces, for JMC's own Flame Graph.
 */
final class FlameCommand implements Subcommand {
    @Override
    public String name() {
        return "flame";
    }

    @Override
    public String summary() {
        return "a trace recording's exact call stacks as JFR stack traces, for JMC's Flame Graph";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr flame FILE -o OUT.jfr
                Writes OUT.jfr with JMC's recording writer: one herthon.CallPath event per thread and Herthon
                call path of the trace recording FILE, whose stack trace is that path (frames module.function
                at the function's first line), weighted by selfTime (the time spent in the innermost
                function's own code) and by calls. Open OUT.jfr in JMC, select the herthon.CallPath events
                (Event Browser) and the Flame Graph view shows the exact, not sampled, hierarchy.
                Needs a recording made with herthon-trace.jfc or herthon-lines.jfc.

                  -o, --output OUT.jfr  the recording to write
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        List<String> spelled = arguments.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Arguments args = Arguments.parse(name(), spelled, Set.of("--output"), Set.of());
        String file = args.onlyPositional("recording file");
        String output = args.option("--output");
        if (output == null) {
            throw CommandException.usage(name(), "no output file given (-o OUT.jfr)");
        }
        CallProfile profile = CallProfile.fromEntryReturn(RecordingFile.load(file));
        if (profile.isEmpty()) {
            throw new CommandException(CommandException.UNREADABLE, file
                    + ": no complete Herthon call (herthon.FunctionEntry/FunctionReturn): record with herthon-trace.jfc");
        }
        Path target = Path.of(output);
        try (OutputStream stream = Files.newOutputStream(target)) {
            FlameRecording.write(profile, stream);
        } catch (IOException e) {
            throw new CommandException(CommandException.UNREADABLE, output + ": cannot write (" + e.getMessage() + ")");
        }
        out.printf("%s: %d calls on %d threads written as Herthon stack traces%n", output, profile.calls(),
                profile.threads().size());
        return 0;
    }
}
