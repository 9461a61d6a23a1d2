package org.herthon.jmc.toolkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openjdk.jmc.common.item.IItemCollection;

/**
 * The exact profile of a trace recording: the call paths rebuilt from {@code herthon.FunctionEntry}
 * and {@code herthon.FunctionReturn} ({@link CallMarker}) paired by frame id on each thread,
 * each path with its calls, total and self time, per thread and merged. What a flame graph of
 * the exact trace shows. {@link CallTree} keeps every call; this adds the calls of a path
 * together and times them. Pairing is {@link MarkerPairing}'s (a return without its entry is
 * skipped; frames above a return that never returned close with it).
 */
public final class CallProfile {

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

    private final Map<ThreadKey, Node> threads;
    private final long calls;
    private final long returnsWithoutEntry;
    private final long openAtEnd;

    private CallProfile(Map<ThreadKey, Node> threads, long calls, long returnsWithoutEntry, long openAtEnd) {
        this.threads = threads;
        this.calls = calls;
        this.returnsWithoutEntry = returnsWithoutEntry;
        this.openAtEnd = openAtEnd;
    }

    /** Per thread, each a root whose children are the thread's outermost recorded frames. */
    public Map<ThreadKey, Node> threads() {
        return Collections.unmodifiableMap(threads);
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
    public static CallProfile fromEntryReturn(IItemCollection items) {
        Map<ThreadKey, List<CallMarker>> entries = new LinkedHashMap<>();
        Map<ThreadKey, List<CallMarker>> returns = new LinkedHashMap<>();
        Map<Frame, Frame> interned = new HashMap<>();
        for (CallMarker marker : CallMarker.read(items)) {
            (marker.kind() == CallMarker.Kind.ENTRY ? entries : returns)
                    .computeIfAbsent(marker.thread(), k -> new ArrayList<>()).add(marker);
        }
        Map<ThreadKey, Node> threads = new LinkedHashMap<>();
        long calls = 0;
        long orphanReturns = 0;
        long open = 0;
        Set<ThreadKey> all = new LinkedHashSet<>(entries.keySet());
        all.addAll(returns.keySet());
        for (ThreadKey thread : all) {
            // Each list is in time order (CallMarker.read sorts them).
            List<CallMarker> in = entries.getOrDefault(thread, List.of());
            List<CallMarker> out = returns.getOrDefault(thread, List.of());
            Node root = new Node(null, null);
            Deque<Open> stack = new ArrayDeque<>();
            int i = 0;
            int o = 0;
            while (i < in.size() || o < out.size()) {
                boolean isReturn;
                if (o >= out.size()) {
                    isReturn = false;
                } else if (i >= in.size()) {
                    isReturn = true;
                } else {
                    CallMarker e = in.get(i);
                    CallMarker r = out.get(o);
                    // Same timestamp: a return that closes the innermost open frame came first
                    // (the entry would otherwise nest under a frame that has already returned).
                    isReturn = r.epochNanos() < e.epochNanos() || (r.epochNanos() == e.epochNanos()
                            && !stack.isEmpty() && stack.peek().frameId == r.frameId());
                }
                if (!isReturn) {
                    CallMarker entry = in.get(i++);
                    Frame frame = interned.computeIfAbsent(new Frame(nonNull(entry.module()), nonNull(entry.function()),
                            nonNull(entry.filename()), entry.lineno()), k -> k);
                    Node parent = stack.isEmpty() ? root : stack.peek().node;
                    stack.push(new Open(entry.frameId(), parent.child(frame), entry.epochNanos()));
                    continue;
                }
                CallMarker ret = out.get(o++);
                if (!contains(stack, ret.frameId())) {
                    orphanReturns++;
                    continue;
                }
                // Frames above the returning one lost their return: they end with it.
                while (true) {
                    Open done = stack.pop();
                    long duration = Math.max(0, ret.epochNanos() - done.start);
                    done.node.calls++;
                    done.node.totalNanos += duration;
                    done.node.selfNanos += Math.max(0, duration - done.childNanos);
                    if (!stack.isEmpty()) {
                        stack.peek().childNanos += duration;
                    }
                    if (done.frameId == ret.frameId()) {
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
        return new CallProfile(threads, calls, orphanReturns, open);
    }

    private static String nonNull(String s) {
        return s == null ? "(null)" : s;
    }

    private static boolean contains(Deque<Open> stack, long frameId) {
        for (Open o : stack) {
            if (o.frameId == frameId) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "CallProfile" + Objects.toString(threads.keySet()) + " calls=" + calls;
    }
}
