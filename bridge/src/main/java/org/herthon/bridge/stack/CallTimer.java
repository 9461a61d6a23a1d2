package org.herthon.bridge.stack;

/** What a watcher hangs on an {@link ActiveFrame}: told once, on the frame's thread, that the frame stopped executing. */
public interface CallTimer {
    void ended();
}
