package org.herthon.interpreter.modules.os;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code os.putenv} and {@code os.unsetenv} (so also assignments to {@code os.environ})
 * changed: the JVM cannot change its own environment, so the changes are kept here and applied to
 * every child the interpreter starts without an environment of its own ({@code os.system},
 * {@code subprocess} with {@code env=None}), which is what CPython's children see.
 */
final class ChildEnvironment {
    /** Name to value; a null value is a name unset. */
    private final Map<String, String> changes = new LinkedHashMap<>();

    synchronized void put(String name, String value) {
        changes.put(name, value);
    }

    synchronized void unset(String name) {
        changes.put(name, null);
    }

    /** The JVM's environment as the interpreter's code changed it, in a child's environment map. */
    synchronized void applyTo(Map<String, String> env) {
        for (Map.Entry<String, String> c : changes.entrySet()) {
            if (c.getValue() == null) env.remove(c.getKey());
            else env.put(c.getKey(), c.getValue());
        }
    }
}
