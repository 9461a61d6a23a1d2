package org.herthon.interpreter.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link AstNodes} against the records themselves: for every node class, an instance whose every
 * field holds a distinct child gives exactly those children, in field order.
 */
class AstNodesTest {
    @Test
    void childrenAreEveryNodeFieldInOrder() throws Exception {
        List<Class<?>> nodes = TreeNodes.all();
        assertTrue(nodes.size() > 70, "every node class is checked: " + nodes.size());
        for (Class<?> type : nodes) {
            List<Record> expected = new ArrayList<>();
            Record node = TreeNodes.instance(type, expected);
            assertEquals(expected, AstNodes.children(node), type.getName());
        }
    }

    @Test
    void aConstantHasNoChildrenEvenWhenItsValueIsARecord() {
        Expr.Constant imaginary = new Expr.Constant(new Imaginary(2.0), null, 1, 0, 1, 2);
        assertEquals(List.of(), AstNodes.children(imaginary));
    }
}
