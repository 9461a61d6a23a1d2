package org.herthon.interpreter.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Generic access to the child nodes of any tree node, in field order (CPython's
 * {@code ast.iter_child_nodes}). For checks that only care about a few node kinds; stages that
 * handle every node kind should use the visitors instead.
 *
 * <p>Reads the components through the generated {@link AstRecords}, not reflection: every
 * compiled module's tree is walked here, and reflective record access costs a generated accessor
 * class per field at first use.
 */
public final class AstNodes {

    private AstNodes() {}

    /** Direct children that are nodes (records), flattening lists and skipping nulls, enums and values. */
    public static List<Record> children(Record node) {
        int id = AstRecords.id(node.getClass());
        if (id < 0) throw new IllegalArgumentException("not a tree node: " + node.getClass().getName());
        List<Record> out = new ArrayList<>();
        // a constant's value is never a node, even when it is a record (an Imaginary)
        if (node instanceof Expr.Constant || node instanceof Pattern.MatchSingleton) return out;
        for (Object component : AstRecords.components(id, node)) {
            if (component instanceof Record child) {
                out.add(child);
            } else if (component instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Record child) out.add(child);
                }
            }
        }
        return out;
    }
}
