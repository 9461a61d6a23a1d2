package org.herthon.bridge.stack;

import java.util.function.Consumer;

/**
 * A runtime's Herthon stacks, offered to watchers (see {@link StackSources}): for each thread
 * that runs (or waits inside) the runtime's code, its innermost frame.
 */
public interface StackSource {
    /** Calls {@code action} with the innermost frame of each such thread; from any thread. */
    void forEachInnermost(Consumer<ActiveFrame> action);
}
