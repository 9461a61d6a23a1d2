package org.herthon.bridge.sink;

import java.util.Set;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.Marker;
import org.herthon.bridge.ProbeSite;

/**
 * A Java-side consumer of the probes (JFR, Micrometer, ...). The hook ({@link org.herthon.bridge.Probes})
 * keeps one word of "which markers some sink wants" and calls each sink only for the markers it
 * listens to, so a site nobody listens to costs a load and a branch, however many sinks exist.
 *
 * <p>Sinks are found with {@link java.util.ServiceLoader} when the hook starts (list the class in
 * {@code META-INF/services/org.herthon.bridge.sink.ProbeSink}; it needs a public no-argument
 * constructor) or registered with {@link org.herthon.bridge.Probes#register(ProbeSink)}.
 *
 * <p>The marker methods are called on the thread that runs the probe site, possibly from many
 * threads at once, and possibly once more just after the sink stopped wanting the marker (the hook
 * does not lock): a sink must tolerate both. They must not throw.
 */
public interface ProbeSink {
    /** The markers this sink wants fired now. Asked at registration and after each {@link #bind}'s callback. */
    Set<Marker> interest();

    /**
     * The markers this sink counts when something else (a tracer, a recording, another sink) has
     * them on, without turning them on itself: e.g. line counts only while line probes are on anyway.
     */
    default Set<Marker> observes() {
        return Set.of();
    }

    /**
     * Called once, at registration, with the callback the sink calls whenever {@link #interest()}
     * or {@link #observes()} changes (e.g. when a JFR recording starts).
     */
    default void bind(Runnable interestChanged) {
    }

    default void functionEntry(ProbeSite site, int lineno, long frameId) {
    }

    default void functionReturn(ProbeSite site, int lineno, long frameId) {
    }

    default void line(ProbeSite site, int lineno) {
    }

    default void gcStart(int generation, JvmCollection jvm) {
    }

    default void gcDone(long collected, JvmCollection jvm) {
    }

    default void importFindLoadStart(String module) {
    }

    default void importFindLoadDone(String module, boolean found) {
    }

    default void audit(String event, String args) {
    }
}
