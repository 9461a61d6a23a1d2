package org.herthon.bridge.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.herthon.bridge.Marker;

/**
 * The registered Java sinks, and for each marker the sinks to call, recomputed whenever a sink
 * comes, goes or changes its interest. Readers (the probe sites) see immutable arrays, so firing
 * takes no lock; writers are serialized.
 */
public final class SinkRegistry {
    private static final ProbeSink[] NONE = {};

    /** Told the new state after every change: which markers are wanted, and who to call for each. */
    public interface Listener {
        void changed(int wantedBits, ProbeSink[][] sinksByMarker);
    }

    private final List<ProbeSink> sinks = new ArrayList<>();
    private final Listener listener;

    public SinkRegistry(Listener listener) {
        this.listener = listener;
    }

    /** Registers every {@link ProbeSink} that {@link ServiceLoader} finds; a broken provider is named on stderr and skipped. */
    public void loadServices(ClassLoader loader) {
        ServiceLoader<ProbeSink> services = ServiceLoader.load(ProbeSink.class, loader);
        for (var iterator = services.iterator(); ; ) {
            try {
                if (!iterator.hasNext()) {
                    return;
                }
                add(iterator.next());
            } catch (ServiceConfigurationError broken) {
                System.err.println("herthon: probe sink not loaded: " + broken.getMessage());
            }
        }
    }

    /** Adds a sink; closing the result removes it. */
    public AutoCloseable add(ProbeSink sink) {
        synchronized (this) {
            sinks.add(sink);
        }
        sink.bind(this::recompute);
        recompute();
        return () -> remove(sink);
    }

    private void remove(ProbeSink sink) {
        synchronized (this) {
            if (!sinks.remove(sink)) {
                return;
            }
        }
        recompute();
    }

    private synchronized void recompute() {
        int wanted = 0;
        ProbeSink[][] byMarker = new ProbeSink[Marker.values().length][];
        for (Marker marker : Marker.values()) {
            List<ProbeSink> delivered = new ArrayList<>();
            for (ProbeSink sink : sinks) {
                boolean wants = contains(sink.interest(), marker);
                if (wants) {
                    wanted |= marker.bit();
                }
                if (wants || contains(sink.observes(), marker)) {
                    delivered.add(sink);
                }
            }
            byMarker[marker.ordinal()] = delivered.isEmpty() ? NONE : delivered.toArray(NONE);
        }
        listener.changed(wanted, byMarker);
    }

    private static boolean contains(Set<Marker> markers, Marker marker) {
        return markers != null && markers.contains(marker);
    }
}
