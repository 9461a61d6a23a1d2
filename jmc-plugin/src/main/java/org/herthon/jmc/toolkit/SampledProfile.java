package org.herthon.jmc.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;

/**
 * The Herthon call hierarchy as {@code jdk.ExecutionSample} saw it: each sample's stack reduced
 * to its Herthon frames ({@link HerthonFrames}), merged into a tree with a count per node.
 */
public final class SampledProfile {
    public static final class Node {
        public final String name;
        public long samples;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        /** Children, most sampled first. */
        public List<Node> children() {
            List<Node> sorted = new ArrayList<>(children.values());
            sorted.sort(Comparator.comparingLong((Node n) -> n.samples).reversed().thenComparing(n -> n.name));
            return sorted;
        }
    }

    private final Node root = new Node("(all samples)");
    private long withoutHerthon;

    public static SampledProfile of(IItemCollection items) {
        SampledProfile profile = new SampledProfile();
        Items.rows(items.apply(ItemFilters.type(JdkTypeIDs.EXECUTION_SAMPLE)), accessors -> {
            var stack = accessors.of(JfrAttributes.EVENT_STACKTRACE);
            return item -> {
                profile.add(HerthonFrames.outermostFirst(stack.getMember(item)));
                return null;
            };
        });
        return profile;
    }

    /** One sample's Herthon functions, outermost first. */
    void add(List<HerthonFrames.Function> functions) {
        root.samples++;
        if (functions.isEmpty()) {
            withoutHerthon++;
            return;
        }
        Node node = root;
        for (HerthonFrames.Function f : functions) {
            node = node.children.computeIfAbsent(f.qualifiedName(), Node::new);
            node.samples++;
        }
    }

    public Node root() {
        return root;
    }

    /** Samples whose stack had no Herthon frame (start-up, the JIT, the collector's Java side). */
    public long withoutHerthon() {
        return withoutHerthon;
    }

    /** The tree as text: percentage of all samples, samples, name, indented by depth. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d execution samples, %d of them in Herthon code%n", root.samples, root.samples - withoutHerthon));
        for (Node child : root.children()) {
            print(child, 0, out);
        }
        return out.toString();
    }

    private void print(Node node, int depth, StringBuilder out) {
        out.append(String.format("%6.1f%% %7d  %s%s%n", 100.0 * node.samples / Math.max(1, root.samples), node.samples,
                "  ".repeat(depth), node.name));
        for (Node child : node.children()) {
            print(child, depth + 1, out);
        }
    }
}
