package org.herthon.interpreter.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text of a tree in exactly the format of CPython 3.11's {@code ast.dump}: this is how the
 * parser is compared against CPython (the oracle) in the tests.
 *
 * <p>{@link #dump} equals {@code ast.dump(tree)}; {@link #dumpWithPositions} equals
 * {@code ast.dump(tree, include_attributes=True)}, except that columns are character offsets
 * (see {@link Located}). The dump walks the records reflectively: record components are the
 * CPython fields in CPython's order, then the four position attributes.
 */
public final class AstDump {

    private AstDump() {}

    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    /** Java helper records whose CPython class name is lower case. */
    private static final Map<Class<?>, String> PYTHON_NAMES = Map.of(
            Comprehension.class, "comprehension", Arguments.class, "arguments", Arg.class, "arg",
            Keyword.class, "keyword", Alias.class, "alias", WithItem.class, "withitem",
            MatchCase.class, "match_case");

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    public static String dump(Object node) {
        StringBuilder out = new StringBuilder();
        format(node, false, out);
        return out.toString();
    }

    public static String dumpWithPositions(Object node) {
        StringBuilder out = new StringBuilder();
        format(node, true, out);
        return out.toString();
    }

    private static void format(Object value, boolean withPositions, StringBuilder out) {
        if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(", ");
                format(list.get(i), withPositions, out);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e && !(value instanceof Ellipsis)) {
            out.append(e.name()).append("()");
        } else if (value != null && value.getClass().isRecord() && !(value instanceof Imaginary)) {
            formatNode((Record) value, withPositions, out);
        } else if (value instanceof Integer i) {
            out.append(i);
        } else {
            out.append(PyRepr.repr(value));
        }
    }

    private static void formatNode(Record node, boolean withPositions, StringBuilder out) {
        Class<?> cls = node.getClass();
        out.append(PYTHON_NAMES.getOrDefault(cls, cls.getSimpleName())).append('(');
        boolean first = true;
        RecordComponent[] components = COMPONENTS.computeIfAbsent(cls, Class::getRecordComponents);
        for (RecordComponent c : components) {
            boolean attribute = ATTRIBUTES.contains(c.getName());
            if (attribute && !withPositions) continue;
            Object v = read(node, c);
            if (v == null && c.isAnnotationPresent(AsdlOptional.class)) continue;
            if (!attribute && first && node instanceof Module == false) {
                // fall through: the name=value form is used for every field, as ast.dump does
            }
            if (!first) out.append(", ");
            first = false;
            out.append(c.getName()).append('=');
            format(v, withPositions, out);
            if (node instanceof Module && c.getName().equals("body")) out.append(", type_ignores=[]");
        }
        out.append(')');
    }

    private static Object read(Record node, RecordComponent c) {
        try {
            return c.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
