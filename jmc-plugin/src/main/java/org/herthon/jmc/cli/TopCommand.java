package org.herthon.jmc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import jdk.management.jfr.RemoteRecordingStream;
import com.sun.tools.attach.VirtualMachine;
import org.herthon.events.HerthonTypeIds;
import org.herthon.jmc.toolkit.CallMarker;
import org.herthon.jmc.toolkit.EntryCounts;

/**
 * {@code herthon-jfr top FILE | --pid PID}: the seed's top view, the 20 most entered Herthon
 * functions. From a file, over the whole recording; live, every second, from a running Herthon
 * JVM: attached with the Attach API (same user, no root), its local management agent started,
 * and herthon.FunctionEntry streamed over JMX with {@link RemoteRecordingStream}.
 */
final class TopCommand implements Subcommand {
    private static final int ROWS = 20;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public String name() {
        return "top";
    }

    @Override
    public String summary() {
        return "the 20 most entered functions, from a recording or live from a running JVM (--pid)";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr top FILE
                       herthon-jfr top --pid PID [--count N]
                The seed's top view: the 20 Herthon functions entered most, as CALLS FILE:FUNCTION:LINE.
                  FILE         over the whole recording (made with herthon-trace.jfc or herthon-lines.jfc)
                  --pid PID    live from the running Herthon JVM PID, refreshed every second: attaches with
                               the Attach API (as the same user, no root) and streams herthon.FunctionEntry
                               over JMX; the JVM records nothing to disk for it. Ctrl-C to stop.
                  --count N    stop after N refreshes
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--pid", "--count"), Set.of());
        String pid = args.option("--pid");
        if (pid == null) {
            String file = args.onlyPositional("recording file (or --pid PID)");
            EntryCounts counts = new EntryCounts();
            for (CallMarker marker : CallMarker.read(RecordingFile.load(file))) {
                if (marker.kind() == CallMarker.Kind.ENTRY) {
                    counts.add(marker.filename(), marker.function(), marker.lineno());
                }
            }
            out.println("top " + ROWS + ", calls in the whole recording");
            out.print(EntryCounts.table(counts.top(ROWS)));
            return 0;
        }
        if (!args.positional().isEmpty()) {
            throw CommandException.usage(name(), "give a recording file or --pid PID, not both");
        }
        long count = args.has("--count") ? positiveNumber(args.option("--count"), "--count") : Long.MAX_VALUE;
        live(pid, count, out);
        return 0;
    }

    private long positiveNumber(String value, String option) throws CommandException {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CommandException.usage(name(), option + " needs a positive number, got '" + value + "'");
    }

    private void live(String pid, long refreshes, PrintStream out) throws CommandException {
        JMXServiceURL url;
        try {
            VirtualMachine vm = VirtualMachine.attach(pid);
            try {
                url = new JMXServiceURL(vm.startLocalManagementAgent());
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            throw new CommandException(CommandException.UNREADABLE,
                    "top: cannot attach to process " + pid + " (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); is it a running JVM of this user?");
        }
        EntryCounts counts = new EntryCounts();
        try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            try (RemoteRecordingStream stream = new RemoteRecordingStream(connection)) {
                stream.enable(HerthonTypeIds.FUNCTION_ENTRY);
                stream.setMaxAge(Duration.ofSeconds(10));
                stream.onEvent(HerthonTypeIds.FUNCTION_ENTRY, event -> {
                    synchronized (counts) {
                        counts.add(event.getString("filename"), event.getString("function"), event.getInt("lineno"));
                    }
                });
                stream.startAsync();
                for (long i = 0; i < refreshes; i++) {
                    Thread.sleep(1000);
                    String table;
                    synchronized (counts) {
                        table = EntryCounts.table(counts.top(ROWS));
                        counts.clear();
                    }
                    out.println(LocalTime.now().format(CLOCK) + "  top " + ROWS + ", calls in the last second");
                    out.print(table);
                    out.println();
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new CommandException(CommandException.UNREADABLE, "top: lost the connection to process " + pid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
