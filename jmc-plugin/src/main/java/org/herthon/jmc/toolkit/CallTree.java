package org.herthon.jmc.toolkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.herthon.events.HerthonTypeIds;
import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IItemCollection;

/**
 * The exact Herthon call tree of a trace recording, rebuilt from {@code herthon.FunctionEntry}
 * and {@code herthon.FunctionReturn} paired by frame id on each thread: calls, total and self
 * time per call path, per thread and merged.
 */
public final class CallTree {

    /** A Herthon function as a frame: what a flame graph box stands for. */
    public record Frame(String module, String function, String filename, int lineno) {
        public String label() {
            return module + "." + function;
        }

        public String location() {
            return filename + ":" + lineno;
        }
    }

    /** One call path: the frames from the thread's first Herthon frame down to this one. */
    public static final class Node {
        private final Frame frame;
        private final Node parent;
        private final Map<Frame, Node> children = new LinkedHashMap<>();
        long calls;
        long totalNanos;
        long selfNanos;

        Node(Frame frame, Node parent) {
            this.frame = frame;
            this.parent = parent;
        }

        /** Null for a root. */
        public Frame frame() {
            return frame;
        }

        public Node parent() {
            return parent;
        }

        public Collection<Node> children() {
            return Collections.unmodifiableCollection(children.values());
        }

        public long calls() {
            return calls;
        }

        public long totalNanos() {
            return totalNanos;
        }

        public long selfNanos() {
            return selfNanos;
        }

        Node child(Frame f) {
            return children.computeIfAbsent(f, k -> new Node(k, this));
        }

        /** The frames from the root's child down to this node. */
        public List<Frame> path() {
            List<Frame> path = new ArrayList<>();
            for (Node n = this; n.frame != null; n = n.parent) {
                path.add(n.frame);
            }
            Collections.reverse(path);
            return path;
        }

        void addInto(Node target) {
            target.calls += calls;
            target.totalNanos += totalNanos;
            target.selfNanos += selfNanos;
            for (Node c : children.values()) {
                c.addInto(target.child(c.frame));
            }
        }
    }

    private final Map<String, Node> threads;
    private final Map<String, IMCThread> threadObjects;
    private final long calls;
    private final long returnsWithoutEntry;
    private final long openAtEnd;

    private CallTree(Map<String, Node> threads, Map<String, IMCThread> threadObjects, long calls,
            long returnsWithoutEntry, long openAtEnd) {
        this.threads = threads;
        this.threadObjects = threadObjects;
        this.calls = calls;
        this.returnsWithoutEntry = returnsWithoutEntry;
        this.openAtEnd = openAtEnd;
    }

    /** Per thread (key: {@link HerthonItems#threadKey}), each a root whose children are the outermost frames. */
    public Map<String, Node> threads() {
        return Collections.unmodifiableMap(threads);
    }

    /** The thread a key of {@link #threads()} stands for. */
    public IMCThread thread(String key) {
        return threadObjects.get(key);
    }

    /** All threads added together. */
    public Node merged() {
        Node root = new Node(null, null);
        for (Node t : threads.values()) {
            t.addInto(root);
        }
        return root;
    }

    /** Completed calls (entry with its return). */
    public long calls() {
        return calls;
    }

    /** Returns whose entry is not in the recording (the recording started inside them). */
    public long returnsWithoutEntry() {
        return returnsWithoutEntry;
    }

    /** Entries whose return is not in the recording (still running when it ended, or lost). */
    public long openAtEnd() {
        return openAtEnd;
    }

    public boolean isEmpty() {
        return calls == 0;
    }

    private record Mark(long time, boolean entry, long frameId, Frame frame) {
    }

    private static final class Open {
        final long frameId;
        final Node node;
        final long start;
        long childNanos;

        Open(long frameId, Node node, long start) {
            this.frameId = frameId;
            this.node = node;
            this.start = start;
        }
    }

    /** Builds the tree from the entry and return events of the collection. */
    public static CallTree fromEntryReturn(IItemCollection items) {
        Map<String, List<Mark>> entries = new LinkedHashMap<>();
        Map<String, List<Mark>> returns = new LinkedHashMap<>();
        Map<Frame, Frame> interned = new java.util.HashMap<>();
        Map<String, IMCThread> threadObjects = new java.util.HashMap<>();
        read(items, HerthonTypeIds.FUNCTION_ENTRY, true, entries, interned, threadObjects);
        read(items, HerthonTypeIds.FUNCTION_RETURN, false, returns, interned, threadObjects);

        Map<String, Node> threads = new LinkedHashMap<>();
        long calls = 0;
        long orphanReturns = 0;
        long open = 0;
        Comparator<Mark> byTime = Comparator.comparingLong(Mark::time);
        for (String thread : union(entries.keySet(), returns.keySet())) {
            List<Mark> in = entries.getOrDefault(thread, List.of());
            List<Mark> out = returns.getOrDefault(thread, List.of());
            in.sort(byTime);
            out.sort(byTime);
            Node root = new Node(null, null);
            Deque<Open> stack = new ArrayDeque<>();
            int i = 0;
            int o = 0;
            while (i < in.size() || o < out.size()) {
                Mark next;
                if (o >= out.size()) {
                    next = in.get(i++);
                } else if (i >= in.size()) {
                    next = out.get(o++);
                } else {
                    Mark e = in.get(i);
                    Mark r = out.get(o);
                    // Same tick: a return that closes the innermost open frame happened first
                    // (the entry would otherwise nest under a frame that has already returned).
                    boolean returnFirst = r.time < e.time
                            || (r.time == e.time && !stack.isEmpty() && stack.peek().frameId == r.frameId);
                    next = returnFirst ? out.get(o++) : in.get(i++);
                }
                if (next.entry) {
                    Node parent = stack.isEmpty() ? root : stack.peek().node;
                    stack.push(new Open(next.frameId, parent.child(next.frame), next.time));
                    continue;
                }
                if (!contains(stack, next.frameId)) {
                    orphanReturns++;
                    continue;
                }
                // Frames above the returning one lost their return: they end with it.
                while (true) {
                    Open done = stack.pop();
                    long duration = Math.max(0, next.time - done.start);
                    done.node.calls++;
                    done.node.totalNanos += duration;
                    done.node.selfNanos += Math.max(0, duration - done.childNanos);
                    if (!stack.isEmpty()) {
                        stack.peek().childNanos += duration;
                    }
                    if (done.frameId == next.frameId) {
                        calls++;
                        break;
                    }
                    open++;
                }
            }
            open += stack.size();
            if (!root.children.isEmpty()) {
                threads.put(thread, root);
            }
        }
        return new CallTree(threads, threadObjects, calls, orphanReturns, open);
    }

    private static boolean contains(Deque<Open> stack, long frameId) {
        for (Open o : stack) {
            if (o.frameId == frameId) {
                return true;
            }
        }
        return false;
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        for (String s : b) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all;
    }

    private static void read(IItemCollection items, String typeId, boolean entry, Map<String, List<Mark>> into,
            Map<Frame, Frame> interned, Map<String, IMCThread> threadObjects) {
        HerthonItems.forEach(items, typeId, row -> {
            Frame frame = null;
            if (entry) {
                Frame f = new Frame(row.text(HerthonAttributes.MODULE), row.text(HerthonAttributes.FUNCTION),
                        row.text(HerthonAttributes.FILENAME), (int) row.number(HerthonAttributes.LINENO, 0));
                frame = interned.computeIfAbsent(f, k -> k);
            }
            String thread = HerthonItems.threadKey(row.thread());
            threadObjects.putIfAbsent(thread, row.thread());
            into.computeIfAbsent(thread, k -> new ArrayList<>())
                    .add(new Mark(row.startNanos(), entry, row.number(HerthonAttributes.FRAME_ID, -1), frame));
        });
    }

    @Override
    public String toString() {
        return "CallTree" + Objects.toString(threads.keySet()) + " calls=" + calls;
    }
}
