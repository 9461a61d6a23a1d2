package org.herthon.bridge.stack;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The runtimes whose stacks a watcher may walk. Held weakly: a runtime that is dropped does not
 * leak, nor does it need to say goodbye (register it through
 * {@link org.herthon.bridge.Probes#addStackSource}, which also starts the hook, so that a
 * recording already running sees the runtime's first frame).
 */
public final class StackSources {
    private static final List<WeakReference<StackSource>> SOURCES = new CopyOnWriteArrayList<>();

    private StackSources() {
    }

    /** Adds a source; keep it reachable (normally a field of the runtime) for as long as it should be watched. */
    public static void register(StackSource source) {
        SOURCES.removeIf(ref -> ref.get() == null);
        SOURCES.add(new WeakReference<>(source));
    }

    /** The innermost frame of every thread of every live source. */
    public static void forEachInnermost(Consumer<ActiveFrame> action) {
        for (WeakReference<StackSource> ref : SOURCES) {
            StackSource source = ref.get();
            if (source != null) {
                source.forEachInnermost(action);
            }
        }
    }
}
