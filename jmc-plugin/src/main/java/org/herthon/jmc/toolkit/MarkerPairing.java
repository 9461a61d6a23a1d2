package org.herthon.jmc.toolkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pairs each thread's returns with its entries by frame id, as a tracer does. A recording that
 * starts while frames are running (a live {@code jcmd JFR.start}) holds returns whose entries are
 * not in the file: they are reported as {@link Step#unmatched()}, never dropped or mis-nested.
 */
public final class MarkerPairing {
    /**
     * One marker with its place in its thread's call stack.
     *
     * @param depth the number of recorded frames open below this one on its thread
     * @param unmatched a return whose entry is not in the recording
     */
    public record Step(CallMarker marker, int depth, boolean unmatched) {
    }

    private MarkerPairing() {
    }

    /** Walks {@code markers} (in time order) and hands each one, placed, to {@code step}. */
    public static void walk(List<CallMarker> markers, Consumer<Step> step) {
        Map<ThreadKey, Deque<Long>> stacks = new HashMap<>();
        for (CallMarker marker : markers) {
            Deque<Long> stack = stacks.computeIfAbsent(marker.thread(), t -> new ArrayDeque<>());
            if (marker.kind() == CallMarker.Kind.ENTRY) {
                step.accept(new Step(marker, stack.size(), false));
                stack.push(marker.frameId());
            } else if (stack.contains(marker.frameId())) {
                // Frames above it that never returned (data lost) are closed with it.
                while (stack.pop() != marker.frameId()) {
                    // pop until the matching frame is off
                }
                step.accept(new Step(marker, stack.size(), false));
            } else {
                step.accept(new Step(marker, 0, true));
            }
        }
    }

    /** The counts a summary shows: entries, returns, and what could not be paired. */
    public record Counts(long entries, long returns, long unmatchedReturns, long unreturnedEntries) {
    }

    public static Counts count(List<CallMarker> markers) {
        long[] counts = new long[3];
        walk(markers, s -> {
            if (s.marker().kind() == CallMarker.Kind.ENTRY) {
                counts[0]++;
            } else {
                counts[1]++;
                if (s.unmatched()) {
                    counts[2]++;
                }
            }
        });
        long matchedReturns = counts[1] - counts[2];
        return new Counts(counts[0], counts[1], counts[2], counts[0] - matchedReturns);
    }

    /** The markers of one thread, in order. */
    public static List<CallMarker> ofThread(List<CallMarker> markers, String threadName) {
        List<CallMarker> kept = new ArrayList<>();
        for (CallMarker marker : markers) {
            if (marker.thread().name().equals(threadName)) {
                kept.add(marker);
            }
        }
        return kept;
    }
}
