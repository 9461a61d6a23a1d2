package org.herthon.interpreter.ast;

import java.util.List;

/**
 * Text of a tree in exactly the format of CPython 3.11's {@code ast.dump}: this is how the
 * parser is compared against CPython (the oracle) in the tests.
 *
 * <p>{@link #dump} equals {@code ast.dump(tree)}; {@link #dumpWithPositions} equals
 * {@code ast.dump(tree, include_attributes=True)}, except that columns are character offsets
 * (see {@link Located}). The dump walks the records' components ({@link AstRecords}): they are
 * the CPython fields in CPython's order, then the four position attributes.
 */
public final class AstDump {

    private AstDump() {}

    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("lineno", "col_offset", "end_lineno", "end_col_offset");

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
        int id = AstRecords.id(node.getClass());
        out.append(AstRecords.pythonName(id)).append('(');
        boolean first = true;
        Object[] values = AstRecords.components(id, node);
        for (int i = 0; i < values.length; i++) {
            String field = AstRecords.field(id, i);
            if (ATTRIBUTES.contains(field) && !withPositions) continue;
            Object v = values[i];
            if (v == null && AstRecords.optional(id, i)) continue;
            if (!first) out.append(", ");
            first = false;
            out.append(field).append('=');
            format(v, withPositions, out);
            if (node instanceof Module && field.equals("body")) out.append(", type_ignores=[]");
        }
        out.append(')');
    }
}
