package org.herthon.jmc.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herthon.jmc.toolkit.CallMarker;
import org.herthon.jmc.toolkit.Items;
import org.herthon.jmc.toolkit.MarkerPairing;
import org.herthon.jmc.toolkit.RecordingFacts;
import org.herthon.jmc.toolkit.ThreadKey;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

/** {@code herthon-jfr summary FILE}: what a recording holds and whether anything was lost. */
final class SummaryCommand implements Subcommand {
    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String summary() {
        return "events per type and per thread, data loss, the settings that recorded it";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr summary FILE
                Prints, for the recording FILE:
                  - the settings it was recorded with (default, trace, lines or custom), from jdk.ActiveSetting;
                  - data loss: jdk.DataLoss events (JFR's buffers overflowed);
                  - the number of events of each Herthon type, and per thread;
                  - function entries and returns, and how many of them could not be paired (returns of frames
                    that were already running when a live recording started).
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        String file = Arguments.parse(name(), arguments, Set.of(), Set.of()).onlyPositional("recording file");
        IItemCollection items = RecordingFile.load(file);
        RecordingFacts facts = RecordingFacts.of(items);

        out.println("Recording: " + file);
        out.println("Settings:  " + facts.settings().describe());
        out.println("Data loss: " + facts.dataLoss().describe());
        out.println();

        Map<String, Map<String, Long>> perThread = new TreeMap<>();
        Map<String, Long> perType = new TreeMap<>();
        Items.rows(items.apply(org.herthon.jmc.toolkit.HerthonFilters.HERTHON), accessors -> {
            String type = accessors.type().getIdentifier();
            var thread = accessors.of(JfrAttributes.EVENT_THREAD);
            return item -> {
                perType.merge(type, 1L, Long::sum);
                perThread.computeIfAbsent(ThreadKey.of(thread.getMember(item)).name(), t -> new TreeMap<>())
                        .merge(type, 1L, Long::sum);
                return null;
            };
        });
        out.println("Herthon events:");
        if (perType.isEmpty()) {
            out.println("  none");
        }
        perType.forEach((type, count) -> out.printf("  %-28s %12d%n", type, count));
        if (!perThread.isEmpty()) {
            out.println();
            out.println("Per thread:");
            perThread.forEach((thread, counts) -> {
                out.println("  " + thread);
                counts.forEach((type, count) -> out.printf("    %-26s %12d%n", type, count));
            });
        }
        List<CallMarker> markers = CallMarker.read(items);
        if (!markers.isEmpty()) {
            MarkerPairing.Counts counts = MarkerPairing.count(markers);
            out.println();
            out.printf("Function markers: %d entries, %d returns%n", counts.entries(), counts.returns());
            out.printf("  returns whose entry is not in the recording (frames running when it started): %d%n",
                    counts.unmatchedReturns());
            out.printf("  entries not returned in the recording (frames running when it stopped): %d%n",
                    counts.unreturnedEntries());
        }
        return 0;
    }
}
