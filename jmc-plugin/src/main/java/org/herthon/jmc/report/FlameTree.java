package org.herthon.jmc.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.herthon.jmc.flame.FlameRecording;
import org.herthon.jmc.toolkit.CallProfile;
import org.herthon.jmc.toolkit.HerthonFrames;
import org.openjdk.jmc.common.IMCFrame;
import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemFilter;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;
import org.openjdk.jmc.flightrecorder.stacktrace.FrameSeparator;
import org.openjdk.jmc.flightrecorder.stacktrace.FrameSeparator.FrameCategorization;
import org.openjdk.jmc.flightrecorder.stacktrace.tree.Node;
import org.openjdk.jmc.flightrecorder.stacktrace.tree.StacktraceTreeModel;

/**
 * The report's flame graph data, built with JMC's stack-trace tree model
 * ({@link StacktraceTreeModel}), per thread and merged:
 * <ul>
 * <li>from the exact trace when the recording has entries and returns: the trace's call paths are
 * written as Herthon stack traces ({@link FlameRecording}, in memory) and read back into the tree
 * model weighted by self time and by calls;
 * <li>otherwise from {@code jdk.ExecutionSample}: the model over the JVM stacks, keeping only the
 * Herthon frames ({@link HerthonFrames}), weighted by samples.
 * </ul>
 * Aggregated in Java: the page gets a tree of call paths, never events.
 */
final class FlameTree {
    /** How the tree was made: "trace" (exact, times in ns) or "samples" (counts). */
    final String source;
    /** Thread name (or "all threads") to its root; a root's children are the outermost frames. */
    final Map<String, Box> threads;

    /** One box: a call path. Trace: total/self in ns and calls; samples: total/self in samples, calls -1. */
    static final class Box {
        final String name;
        final String location;
        long total;
        long self;
        long calls;
        final List<Box> children = new ArrayList<>();

        Box(String name, String location) {
            this.name = name;
            this.location = location;
        }
    }

    static final String ALL_THREADS = "all threads";

    private FlameTree(String source, Map<String, Box> threads) {
        this.source = source;
        this.threads = threads;
    }

    static FlameTree of(IItemCollection items, CallProfile profile) throws IOException {
        if (!profile.isEmpty()) {
            return fromTrace(profile);
        }
        return fromSamples(items.apply(ItemFilters.type(JdkTypeIDs.EXECUTION_SAMPLE)));
    }

    private static FlameTree fromTrace(CallProfile profile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FlameRecording.write(profile, bytes);
        IItemCollection stacks;
        try {
            stacks = JfrLoaderToolkit.loadEvents(new ByteArrayInputStream(bytes.toByteArray()))
                    .apply(ItemFilters.type(FlameRecording.EVENT_TYPE));
        } catch (CouldNotLoadRecordingException e) {
            throw new IOException("the converted trace could not be read back: " + e.getMessage(), e);
        }
        Map<String, String> files = new HashMap<>();
        collectFiles(profile.merged(), files);
        Map<String, Box> threads = new java.util.LinkedHashMap<>();
        threads.put(ALL_THREADS, traceRoot(stacks, files));
        for (var thread : profile.threads().keySet()) {
            threads.put(thread.name(), traceRoot(stacks.apply(onThread(thread.name())), files));
        }
        return new FlameTree("trace", threads);
    }

    private static void collectFiles(CallProfile.Node node, Map<String, String> files) {
        for (CallProfile.Node child : node.children()) {
            files.put(key(child.frame().module(), child.frame().function(), child.frame().lineno()), child.frame().filename());
            collectFiles(child, files);
        }
    }

    private static String key(String type, String method, Integer line) {
        return type + "." + method + ":" + line;
    }

    private static Box traceRoot(IItemCollection stacks, Map<String, String> files) {
        FrameSeparator byLine = new FrameSeparator(FrameCategorization.LINE, false);
        Node time = new StacktraceTreeModel(stacks, byLine, false, FlameRecording.SELF_TIME).getRoot();
        Node calls = new StacktraceTreeModel(stacks, byLine, false, FlameRecording.CALLS).getRoot();
        Box root = new Box("all", "");
        addTrace(time, calls, root, files);
        // JMC's root node carries no weight of its own: the whole is the sum of the outermost frames.
        for (Box child : root.children) {
            root.total += child.total;
            root.calls += child.calls;
        }
        return root;
    }

    private static void addTrace(Node time, Node calls, Box box, Map<String, String> files) {
        Map<IMCFrame, Node> callsByFrame = new HashMap<>();
        for (Node c : calls.getChildren()) {
            callsByFrame.put(c.getFrame(), c);
        }
        for (Node child : time.getChildren()) {
            IMCFrame frame = child.getFrame();
            String type = frame.getMethod().getType().getTypeName();
            String method = frame.getMethod().getMethodName();
            Integer line = frame.getFrameLineNumber();
            String file = files.getOrDefault(key(type, method, line), "?");
            Box b = new Box(type + "." + method, file + ":" + line);
            b.total = (long) child.getCumulativeWeight();
            b.self = (long) child.getWeight();
            Node c = callsByFrame.get(frame);
            b.calls = c == null ? 0 : (long) c.getWeight();
            box.children.add(b);
            addTrace(child, c == null ? child : c, b, files);
        }
        box.children.sort((x, y) -> Long.compare(y.total, x.total));
    }

    private static FlameTree fromSamples(IItemCollection samples) {
        Map<String, Box> threads = new java.util.LinkedHashMap<>();
        threads.put(ALL_THREADS, sampleRoot(samples));
        List<String> names = new ArrayList<>();
        for (var iterable : samples) {
            IMemberAccessor<IMCThread, IItem> thread = JfrAttributes.EVENT_THREAD.getAccessor(iterable.getType());
            for (IItem item : iterable) {
                IMCThread t = thread == null ? null : thread.getMember(item);
                if (t != null && t.getThreadName() != null && !names.contains(t.getThreadName())) {
                    names.add(t.getThreadName());
                }
            }
        }
        for (String name : names) {
            Box root = sampleRoot(samples.apply(onThread(name)));
            if (!root.children.isEmpty()) {
                threads.put(name, root);
            }
        }
        return new FlameTree("samples", threads);
    }

    private static Box sampleRoot(IItemCollection samples) {
        Node root = new StacktraceTreeModel(samples, new FrameSeparator(FrameCategorization.LINE, false), false).getRoot();
        Box box = new Box("all", "");
        box.calls = -1;
        addSamples(root, box);
        finishSamples(box);
        // The whole is the samples that saw a Herthon frame.
        box.total = 0;
        for (Box child : box.children) {
            box.total += child.total;
        }
        box.self = 0;
        return box;
    }

    /**
     * Walks JMC's tree of JVM frames; a Herthon frame becomes a box under the nearest Herthon
     * ancestor, the JDK's and the interpreter's frames are passed through (their samples count
     * as the Herthon frame's own).
     */
    private static void addSamples(Node node, Box box) {
        for (Node child : node.getChildren()) {
            HerthonFrames.Function f = HerthonFrames.of(child.getFrame());
            if (f == null) {
                addSamples(child, box);
                continue;
            }
            Box b = null;
            for (Box existing : box.children) {
                if (existing.name.equals(f.qualifiedName())) {
                    b = existing;
                }
            }
            if (b == null) {
                b = new Box(f.qualifiedName(), "line " + f.line());
                b.calls = -1;
                box.children.add(b);
            }
            b.total += (long) child.getCumulativeWeight();
            addSamples(child, b);
        }
    }

    private static void finishSamples(Box box) {
        long inChildren = 0;
        for (Box child : box.children) {
            finishSamples(child);
            inChildren += child.total;
        }
        box.self = Math.max(0, box.total - inChildren);
        box.children.sort((x, y) -> Long.compare(y.total, x.total));
    }

    static IItemFilter onThread(String name) {
        return new IItemFilter() {
            @Override
            public Predicate<IItem> getPredicate(IType<IItem> type) {
                IMemberAccessor<IMCThread, IItem> thread = JfrAttributes.EVENT_THREAD.getAccessor(type);
                return item -> {
                    IMCThread t = thread == null ? null : thread.getMember(item);
                    return t != null && name.equals(t.getThreadName());
                };
            }
        };
    }

    void write(Json json) {
        json.open('{').field("source", source).key("threads").open('[');
        for (Map.Entry<String, Box> e : threads.entrySet()) {
            json.open('{').field("thread", e.getKey()).key("root");
            write(json, e.getValue());
            json.close('}');
        }
        json.close(']').close('}');
    }

    /** A box as [name, location, total, self, calls, [children]]: compact for large trees. */
    private static void write(Json json, Box box) {
        json.open('[').value(box.name).value(box.location).value(box.total).value(box.self).value(box.calls).open('[');
        for (Box child : box.children) {
            write(json, child);
        }
        json.close(']').close(']');
    }
}
