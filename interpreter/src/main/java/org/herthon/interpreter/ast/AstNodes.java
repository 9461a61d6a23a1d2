package org.herthon.interpreter.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generic access to the child nodes of any tree node, in field order (CPython's
 * {@code ast.iter_child_nodes}). For checks that only care about a few node kinds; stages that
 * handle every node kind should use the visitors instead.
 */
public final class AstNodes {

    private AstNodes() {}

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    /** Direct children that are nodes (records), flattening lists and skipping nulls, enums and values. */
    public static List<Record> children(Record node) {
        List<Record> out = new ArrayList<>();
        for (RecordComponent c : COMPONENTS.computeIfAbsent(node.getClass(), Class::getRecordComponents)) {
            Object v;
            try {
                v = c.getAccessor().invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Record r && !(v instanceof Imaginary)) {
                out.add(r);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Record r) out.add(r);
                }
            }
        }
        return out;
    }
}
