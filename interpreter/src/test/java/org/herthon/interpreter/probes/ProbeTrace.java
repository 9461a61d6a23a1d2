package org.herthon.interpreter.probes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Frame and line events in the golden trace format of the corpus ({@code call FILE:FUNC:LINE},
 * {@code return ...}, {@code line ...}), read from bpftrace output or from a JFR recording.
 */
final class ProbeTrace {
    /** Long enough for a corpus file's path under a short temporary folder, and its function. */
    static final int STRING_LENGTH = 128;

    /**
     * A bpftrace program printing every function entry/return and line marker as
     * {@code pid nsecs kind file:function:line}; nsecs puts each process's lines back in order
     * (bpftrace drains one buffer per CPU).
     */
    static final String BPFTRACE_PROGRAM = """
            BEGIN { printf("READY\\n"); }
            usdt:$LIB:herthon:function__entry { printf("%d %llu call %s:%s:%d\\n", pid, nsecs, str(arg0), str(arg1), arg2); }
            usdt:$LIB:herthon:function__return { printf("%d %llu return %s:%s:%d\\n", pid, nsecs, str(arg0), str(arg1), arg2); }
            usdt:$LIB:herthon:line { printf("%d %llu line %s:%s:%d\\n", pid, nsecs, str(arg0), str(arg1), arg2); }
            """;

    /** bpftrace output lines {@code pid nsecs event}. */
    private static final Pattern BPFTRACE_LINE = Pattern.compile("^(\\d+) (\\d+) (.*)$");

    private ProbeTrace() {
    }

    /**
     * The events of each process in the output of a bpftrace program that prints
     * {@code pid nsecs event} lines, in time order, by pid; other lines are ignored.
     */
    static Map<Long, List<String>> byPid(String output) {
        record Timed(long nanos, String event) {
        }
        Map<Long, List<Timed>> byPid = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher m = BPFTRACE_LINE.matcher(line);
            if (m.matches()) {
                byPid.computeIfAbsent(Long.parseLong(m.group(1)), pid -> new ArrayList<>())
                        .add(new Timed(Long.parseUnsignedLong(m.group(2)), m.group(3)));
            }
        }
        Map<Long, List<String>> events = new HashMap<>();
        byPid.forEach((pid, timed) -> {
            timed.sort(Comparator.comparingLong(Timed::nanos));
            events.put(pid, timed.stream().map(Timed::event).toList());
        });
        return events;
    }

    /** The frame and line events of a recording (already in time order). */
    static List<String> fromJfr(List<RecordedEvent> events) {
        List<String> trace = new ArrayList<>();
        for (RecordedEvent event : events) {
            String kind = switch (event.getEventType().getName()) {
                case "herthon.FunctionEntry" -> "call";
                case "herthon.FunctionReturn" -> "return";
                case "herthon.Line" -> "line";
                default -> null;
            };
            if (kind != null) {
                trace.add(kind + " " + event.getString("filename") + ":" + event.getString("function") + ":"
                        + event.getInt("lineno"));
            }
        }
        return trace;
    }

    /**
     * The events of code from files under {@code prefix} (an absolute folder plus '/'), with
     * the prefix removed from their file names, as the golden traces keep them: code compiled
     * from strings ({@code <string>}) and from elsewhere is left out.
     */
    static List<String> relativeTo(String prefix, List<String> events) {
        return events.stream()
                .filter(event -> {
                    String file = event.substring(event.indexOf(' ') + 1);
                    return file.startsWith(prefix) || !(file.startsWith("/") || file.startsWith("<"));
                })
                .map(event -> event.replace(" " + prefix, " "))
                .toList();
    }
}
