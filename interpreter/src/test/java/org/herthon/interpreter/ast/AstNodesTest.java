package org.herthon.interpreter.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link AstNodes} is written out per node class; here it is checked against the records
 * themselves: for every node class, an instance whose every field holds a distinct child gives
 * exactly those children, in field order.
 */
class AstNodesTest {
    /** The node records that are not one of the sealed Expr, Stmt and Pattern families. */
    private static final List<Class<?>> OTHER_NODES = List.of(Alias.class, Arg.class, Arguments.class, Comprehension.class,
            ExceptHandler.class, Keyword.class, MatchCase.class, Module.class, WithItem.class);

    private static final Expr.Name NAME_CHILD = new Expr.Name("x", ExprContext.Load, 1, 0, 1, 1);

    @Test
    void childrenAreEveryNodeFieldInOrder() throws Exception {
        List<Class<?>> nodes = new ArrayList<>(OTHER_NODES);
        for (Class<?> family : List.of(Expr.class, Stmt.class, Pattern.class)) {
            nodes.addAll(List.of(family.getPermittedSubclasses()));
        }
        assertTrue(nodes.size() > 70, "every node class is checked: " + nodes.size());
        for (Class<?> type : nodes) {
            List<Record> expected = new ArrayList<>();
            Record node = instance(type, expected, 0);
            assertEquals(expected, AstNodes.children(node), type.getName());
        }
    }

    /** An instance with a fresh child in each node field (listed in expected), values elsewhere. */
    private static Record instance(Class<?> type, List<Record> expected, int depth) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), expected, depth);
        }
        return (Record) type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, List<Record> expected, int depth) throws Exception {
        if (type == int.class) return 1;
        if (type == String.class) return "s";
        if (type == Object.class) return 1L;
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == String.class || (element instanceof Class<?> c && c.isEnum())) {
                return element == String.class ? List.of("s") : List.of(((Class<?>) element).getEnumConstants()[0]);
            }
            Object child = node((Class<?>) element, expected, depth);
            return List.of(child);
        }
        return node(type, expected, depth);
    }

    /** A child node of that declared type, recorded as expected. */
    private static Object node(Class<?> declared, List<Record> expected, int depth) throws Exception {
        Record child;
        if (declared == Expr.class) {
            child = new Expr.Name("c" + expected.size(), ExprContext.Load, 1, 0, 1, 1);
        } else if (declared == Stmt.class) {
            child = new Stmt.Pass(expected.size() + 1, 0, 1, 4);
        } else if (declared == Pattern.class) {
            child = new Pattern.MatchStar("p" + expected.size(), 1, 0, 1, 1);
        } else {
            child = instance(declared, new ArrayList<>(), depth + 1);
        }
        expected.add(child);
        return child;
    }
}
