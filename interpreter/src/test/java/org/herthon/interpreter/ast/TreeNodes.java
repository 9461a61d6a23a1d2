package org.herthon.interpreter.ast;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * For tests that check a hand-written or generated walk against the records themselves: every
 * record class of the ast package, and an instance of each with a fresh child node in every node
 * field and plain values elsewhere.
 */
final class TreeNodes {
    private TreeNodes() {}

    /** The records that are not one of the sealed Expr, Stmt and Pattern families. */
    private static final List<Class<?>> OTHER_RECORDS = List.of(Alias.class, Arg.class, Arguments.class, Comprehension.class,
            ExceptHandler.class, Imaginary.class, Keyword.class, MatchCase.class, Module.class, WithItem.class);

    /** Every record class of the package. */
    static List<Class<?>> all() {
        List<Class<?>> records = new ArrayList<>(OTHER_RECORDS);
        for (Class<?> family : List.of(Expr.class, Stmt.class, Pattern.class)) {
            records.addAll(List.of(family.getPermittedSubclasses()));
        }
        return records;
    }

    /** An instance with a fresh child in each node field (listed in children), values elsewhere. */
    static Record instance(Class<?> type, List<Record> children) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), children);
        }
        return (Record) type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, List<Record> children) throws Exception {
        if (type == int.class) return 1;
        if (type == double.class) return 1.5;
        if (type == String.class) return "s";
        if (type == Object.class) return 1L;
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == String.class || (element instanceof Class<?> c && c.isEnum())) {
                return element == String.class ? List.of("s") : List.of(((Class<?>) element).getEnumConstants()[0]);
            }
            return List.of(node((Class<?>) element, children));
        }
        return node(type, children);
    }

    /** A child node of that declared type, recorded in children. */
    private static Object node(Class<?> declared, List<Record> children) throws Exception {
        Record child;
        if (declared == Expr.class) {
            child = new Expr.Name("c" + children.size(), ExprContext.Load, 1, 0, 1, 1);
        } else if (declared == Stmt.class) {
            child = new Stmt.Pass(children.size() + 1, 0, 1, 4);
        } else if (declared == Pattern.class) {
            child = new Pattern.MatchStar("p" + children.size(), 1, 0, 1, 1);
        } else {
            child = instance(declared, new ArrayList<>());
        }
        children.add(child);
        return child;
    }
}
