package org.herthon.jmc.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.herthon.jmc.support.HerthonRuns;
import org.herthon.jmc.toolkit.CallMarker;
import org.herthon.jmc.toolkit.CallProfile;
import org.herthon.jmc.toolkit.CallTree;
import org.herthon.jmc.toolkit.ThreadKey;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.IMCFrame;
import org.openjdk.jmc.common.IMCThread;
import java.util.function.Predicate;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemFilter;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.stacktrace.FrameSeparator;
import org.openjdk.jmc.flightrecorder.stacktrace.FrameSeparator.FrameCategorization;
import org.openjdk.jmc.flightrecorder.stacktrace.tree.Node;
import org.openjdk.jmc.flightrecorder.stacktrace.tree.StacktraceTreeModel;

/**
 * herthon-jfr flame: the converted recording, read back with JMC's stack-trace tree model, holds
 * exactly the call tree rebuilt from the original entry/return events (paths, calls, self and
 * total time), per thread and merged.
 */
class FlameRecordingTest {

    @Test
    void convertedRecordingHasTheEntryReturnCallProfile() throws Exception {
        Path trace = HerthonRuns.trace("calls.py");
        IItemCollection recording = HerthonRuns.load(trace);
        // Pairing is by frame id: the ids must be read (a long field is a raw number in JMC).
        List<CallMarker> markers = CallMarker.read(recording);
        // (A generator keeps its frame id across resumptions, so ids repeat: 5 entries of numbers().)
        assertTrue(markers.stream().allMatch(m -> m.frameId() > 0), "every marker has its frame id");
        assertTrue(markers.stream().mapToLong(CallMarker::frameId).distinct().count() > 40, "frame ids are distinct per call");
        CallProfile tree = CallProfile.fromEntryReturn(recording);
        assertTrue(tree.calls() > 40, "the script makes dozens of calls: " + tree.calls());

        Path flame = Path.of("target/recordings/calls-stacks.jfr").toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(flame)) {
            FlameRecording.write(tree, out);
        }
        IItemCollection stacks = HerthonRuns.load(flame).apply(ItemFilters.type(FlameRecording.EVENT_TYPE));

        // Merged over threads and for each thread: the same paths with the same numbers.
        assertEquals(expected(tree.merged()), actual(stacks));
        // The same paths and call counts as the toolkit's call-by-call tree (built independently).
        Map<String, Long> callsPerPath = new TreeMap<>();
        for (List<CallTree.Call> roots : CallTree.fromMarkers(markers).roots().values()) {
            count(roots, "", callsPerPath);
        }
        Map<String, Long> convertedCalls = new TreeMap<>();
        actual(stacks).forEach((path, numbers) -> convertedCalls.put(path.replaceAll("__main__\\.", ""), numbers.get(0)));
        assertEquals(callsPerPath, convertedCalls);
        assertTrue(expected(tree.merged()).containsKey("__main__.<module>:1;__main__.top:24;__main__.fib:15;__main__.fib:15;__main__.fib:15"),
                "recursion appears as nested frames: " + expected(tree.merged()).keySet());
        for (Map.Entry<ThreadKey, CallProfile.Node> thread : tree.threads().entrySet()) {
            // JMC's reader does not take the writer's Java thread id back: match by thread name.
            IItemCollection ofThread = stacks.apply(onThread(thread.getKey().name()));
            assertEquals(expected(thread.getValue()), actual(ofThread), thread.getKey().toString());
        }
    }

    private static IItemFilter onThread(String name) {
        return new IItemFilter() {
            @Override
            public Predicate<IItem> getPredicate(IType<IItem> type) {
                IMemberAccessor<IMCThread, IItem> thread = JfrAttributes.EVENT_THREAD.getAccessor(type);
                return item -> name.equals(thread.getMember(item).getThreadName());
            }
        };
    }

    private static void count(List<CallTree.Call> calls, String prefix, Map<String, Long> into) {
        for (CallTree.Call call : calls) {
            String path = prefix + (prefix.isEmpty() ? "" : ";") + call.function + ":" + call.lineno;
            into.merge(path, 1L, Long::sum);
            count(call.children, path, into);
        }
    }

    /** path -> [calls, self ns, total ns] from the entry/return tree. */
    private static Map<String, List<Long>> expected(CallProfile.Node root) {
        Map<String, List<Long>> paths = new TreeMap<>();
        walk(root, "", paths);
        return paths;
    }

    private static void walk(CallProfile.Node node, String prefix, Map<String, List<Long>> paths) {
        for (CallProfile.Node child : node.children()) {
            String path = prefix + (prefix.isEmpty() ? "" : ";") + child.frame().label() + ":" + child.frame().lineno();
            paths.put(path, List.of(child.calls(), child.selfNanos(), child.totalNanos()));
            walk(child, path, paths);
        }
    }

    /** The same, from JMC's tree model weighted by calls and by self time. */
    private static Map<String, List<Long>> actual(IItemCollection stacks) {
        FrameSeparator byLine = new FrameSeparator(FrameCategorization.LINE, false);
        Node calls = new StacktraceTreeModel(stacks, byLine, false, FlameRecording.CALLS).getRoot();
        Node time = new StacktraceTreeModel(stacks, byLine, false, FlameRecording.SELF_TIME).getRoot();
        Map<String, List<Long>> paths = new TreeMap<>();
        walk(calls, time, "", paths);
        return paths;
    }

    private static void walk(Node calls, Node time, String prefix, Map<String, List<Long>> paths) {
        List<Node> timeChildren = new ArrayList<>(time.getChildren());
        for (Node child : calls.getChildren()) {
            IMCFrame frame = child.getFrame();
            Node timed = timeChildren.stream().filter(n -> n.getFrame().equals(frame)).findFirst().orElseThrow();
            String path = prefix + (prefix.isEmpty() ? "" : ";") + frame.getMethod().getType().getTypeName() + "."
                    + frame.getMethod().getMethodName() + ":" + frame.getFrameLineNumber();
            paths.put(path, List.of((long) child.getWeight(), (long) timed.getWeight(), (long) timed.getCumulativeWeight()));
            walk(child, timed, path, paths);
        }
    }
}
