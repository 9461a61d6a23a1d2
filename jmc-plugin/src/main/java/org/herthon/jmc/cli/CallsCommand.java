package org.herthon.jmc.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herthon.jmc.toolkit.CallMarker;
import org.herthon.jmc.toolkit.MarkerPairing;
import org.herthon.jmc.toolkit.ThreadKey;

/**
 * {@code herthon-jfr calls FILE [--from FUNCTION] [--thread NAME]}: the call hierarchy from the
 * recorded entries and returns, in the format of the seed's {@code call_stack.d} (and of
 * {@code native/scripts/call_stack.bt}), so the same run reads the same either way.
 */
final class CallsCommand implements Subcommand {
    /** call_stack.bt's indent stops growing here (its table of pads has 48 entries). */
    private static final int MAX_INDENT = 47;

    @Override
    public String name() {
        return "calls";
    }

    @Override
    public String summary() {
        return "the call hierarchy from function entries and returns (the seed's call_stack.d format)";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr calls FILE [--from FUNCTION] [--thread NAME]
                Prints one line per recorded herthon.FunctionEntry and herthon.FunctionReturn, in time order:

                    <nanoseconds since the epoch>\\t function-entry:<indent>file:function:line
                    <nanoseconds since the epoch>\\tfunction-return:<indent>file:function:line

                as the seed's call_stack.d and native/scripts/call_stack.bt print them: the indent is the call
                depth on that thread (one space per level, up to 47), file is the basename, line is the def
                line on entry and the executing line on return. Each thread has its own depth.
                A return whose entry is not in the recording (the frame was running when a live recording
                started) ends with "  [entry not recorded]".
                Needs a recording made with herthon-trace.jfc or herthon-lines.jfc (herthon.jfc records no
                entries and returns).

                  --from FUNCTION  only calls made inside calls of FUNCTION (call_stack.bt uses "start")
                  --thread NAME    only the thread called NAME (e.g. herthon-main)
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--from", "--thread"), Set.of());
        String file = args.onlyPositional("recording file");
        List<CallMarker> markers = CallMarker.read(RecordingFile.load(file));
        String thread = args.option("--thread");
        if (thread != null) {
            markers = MarkerPairing.ofThread(markers, thread);
        }
        String from = args.option("--from");
        // As call_stack.bt: tracing starts at an entry of FUNCTION and stops at its return; the
        // depth counts from there.
        Set<ThreadKey> tracing = new HashSet<>();
        Map<ThreadKey, Integer> baseDepth = new HashMap<>();
        MarkerPairing.walk(markers, step -> {
            CallMarker marker = step.marker();
            ThreadKey key = marker.thread();
            boolean isFrom = from != null && from.equals(marker.function());
            if (marker.kind() == CallMarker.Kind.ENTRY && isFrom && tracing.add(key)) {
                baseDepth.put(key, step.depth());
            }
            if (from == null || tracing.contains(key)) {
                int depth = Math.max(0, step.depth() - baseDepth.getOrDefault(key, 0));
                out.printf("%d\t%15s:%s%s:%s:%d%s%n", marker.epochNanos(),
                        marker.kind() == CallMarker.Kind.ENTRY ? "function-entry" : "function-return",
                        " ".repeat(Math.min(depth, MAX_INDENT)), marker.basename(), marker.function(), marker.lineno(),
                        step.unmatched() ? "  [entry not recorded]" : "");
            }
            if (marker.kind() == CallMarker.Kind.RETURN && isFrom) {
                tracing.remove(key);
                baseDepth.remove(key);
            }
        });
        return 0;
    }
}
