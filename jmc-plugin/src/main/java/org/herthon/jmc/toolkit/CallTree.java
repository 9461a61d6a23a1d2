package org.herthon.jmc.toolkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

/**
 * Herthon call trees per thread, built two ways: from the order of entries and returns
 * ({@link #fromMarkers}), and from {@code herthon.FunctionCall}'s {@code frameId} and
 * {@code parentFrameId} ({@link #fromFunctionCalls}), which needs no time nesting. The two agree
 * on a complete trace.
 */
public final class CallTree {
    /**
     * One call. {@code entryRecorded} is false for a frame that was running when the recording
     * started (its return is in the file, its entry is not); {@code parentRecorded} false for a
     * FunctionCall whose caller is not in the file.
     */
    public static final class Call {
        public final String filename;
        public final String function;
        public final int lineno;
        public final long frameId;
        public final long startNanos;
        public final boolean entryRecorded;
        public final List<Call> children = new ArrayList<>();

        Call(String filename, String function, int lineno, long frameId, long startNanos, boolean entryRecorded) {
            this.filename = filename;
            this.function = function;
            this.lineno = lineno;
            this.frameId = frameId;
            this.startNanos = startNanos;
            this.entryRecorded = entryRecorded;
        }

        /** The subtree as indented lines {@code file:function:line}, one per call. */
        public void print(StringBuilder out, int depth) {
            out.append(" ".repeat(depth)).append(filename).append(':').append(function).append(':').append(lineno);
            if (!entryRecorded) {
                out.append("  [entry not recorded]");
            }
            out.append('\n');
            for (Call child : children) {
                child.print(out, depth + 1);
            }
        }
    }

    private final Map<ThreadKey, List<Call>> roots;

    private CallTree(Map<ThreadKey, List<Call>> roots) {
        this.roots = roots;
    }

    /** The top-level calls of each thread, in time order. */
    public Map<ThreadKey, List<Call>> roots() {
        return roots;
    }

    /** Every thread's tree as indented text (threads by name), for comparing and printing. */
    public String text() {
        StringBuilder out = new StringBuilder();
        roots.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ThreadKey::name).thenComparing(ThreadKey::id)))
                .forEach(e -> {
                    out.append("thread ").append(e.getKey().name()).append('\n');
                    for (Call call : e.getValue()) {
                        call.print(out, 1);
                    }
                });
        return out.toString();
    }

    /** From entries and returns: nesting by order, pairing by frame id. */
    public static CallTree fromMarkers(List<CallMarker> markers) {
        Map<ThreadKey, List<Call>> roots = new LinkedHashMap<>();
        Map<ThreadKey, Deque<Call>> open = new HashMap<>();
        for (CallMarker marker : markers) {
            List<Call> threadRoots = roots.computeIfAbsent(marker.thread(), t -> new ArrayList<>());
            Deque<Call> stack = open.computeIfAbsent(marker.thread(), t -> new ArrayDeque<>());
            if (marker.kind() == CallMarker.Kind.ENTRY) {
                Call call = new Call(marker.filename(), marker.function(), marker.lineno(), marker.frameId(),
                        marker.epochNanos(), true);
                (stack.isEmpty() ? threadRoots : stack.peek().children).add(call);
                stack.push(call);
            } else if (stack.stream().anyMatch(c -> c.frameId == marker.frameId())) {
                while (stack.pop().frameId != marker.frameId()) {
                    // calls above it whose returns were lost end with it
                }
            } else {
                // A frame that was running when the recording started: everything recorded on this
                // thread so far ran inside it.
                stack.clear();
                Call outer = new Call(marker.filename(), marker.function(), -1, marker.frameId(),
                        threadRoots.isEmpty() ? marker.epochNanos() : threadRoots.get(0).startNanos, false);
                outer.children.addAll(threadRoots);
                threadRoots.clear();
                threadRoots.add(outer);
            }
        }
        return new CallTree(roots);
    }

    /** From {@code herthon.FunctionCall} events: each call under the call whose frame id is its parentFrameId. */
    public static CallTree fromFunctionCalls(IItemCollection items) {
        record Row(ThreadKey thread, Call call, long parentFrameId) {
        }
        List<Row> rows = Items.rows(items.apply(HerthonFilters.FUNCTION_CALL), accessors -> {
            var thread = accessors.of(JfrAttributes.EVENT_THREAD);
            var start = accessors.of(JfrAttributes.START_TIME);
            var filename = accessors.of(HerthonAttributes.FILENAME);
            var function = accessors.of(HerthonAttributes.FUNCTION);
            var lineno = accessors.of(HerthonAttributes.LINENO);
            var frameId = accessors.of(HerthonAttributes.FRAME_ID);
            var parent = accessors.of(HerthonAttributes.PARENT_FRAME_ID);
            return item -> {
                IMCThread t = thread.getMember(item);
                return new Row(ThreadKey.of(t), new Call(filename.getMember(item), function.getMember(item),
                        (int) Items.longOf(lineno.getMember(item)), Items.longOf(frameId.getMember(item)),
                        Items.epochNanos(start.getMember(item)), true), Items.longOf(parent.getMember(item)));
            };
        });
        rows.sort(Comparator.comparingLong(r -> r.call().startNanos));
        // A generator's frame keeps its id across resumptions: a child belongs to the latest
        // activation of its parent's frame that started before it.
        Map<Long, Call> latestByFrame = new HashMap<>();
        Map<ThreadKey, List<Call>> roots = new LinkedHashMap<>();
        for (Row row : rows) {
            Call parent = row.parentFrameId() == 0 ? null : latestByFrame.get(row.parentFrameId());
            (parent == null ? roots.computeIfAbsent(row.thread(), t -> new ArrayList<>()) : parent.children).add(row.call());
            latestByFrame.put(row.call().frameId, row.call());
        }
        return new CallTree(roots);
    }
}
