package org.herthon.bridge.stack;

import org.herthon.bridge.ProbeSite;

/**
 * A frame of a runtime's code that is executing now (on its thread's stack), as a watcher on
 * another thread sees it: the slow-call watcher of the JFR sink walks these instead of having
 * every call fire a probe. All methods may be called from any thread.
 */
public interface ActiveFrame {
    /** The code's names and first line, as its probes report them. */
    ProbeSite site();

    /** The frame's id, as its {@code function__entry}/{@code function__return} markers carry it. */
    long frameId();

    /** The frame that called this one on the same thread; null at the bottom. */
    ActiveFrame caller();

    /** The timer a watcher put on this frame, or null. */
    CallTimer timer();

    /**
     * Puts a timer on the frame. The runtime calls its {@link CallTimer#ended()} on the frame's
     * own thread when the frame stops executing (return, exception, yield), and forgets it.
     */
    void timer(CallTimer timer);
}
