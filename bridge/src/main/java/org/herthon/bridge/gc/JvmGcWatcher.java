package org.herthon.bridge.gc;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.ref.WeakReference;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.Probes;

/**
 * The one listener for the JVM's own collections, shared by every runtime in the JVM, so the
 * markers, JFR and the meters see the same collections with the same ids.
 *
 * <p>A collection the JVM performs on its own fires {@code gc__start}/{@code gc__done} as one pair
 * (generation 0 for a young collection, 2 for a full one), with {@code collected} = what the
 * registered runtimes report reclaimed. Collections caused by {@code System.gc()} are the runtimes'
 * explicit ones ({@code gc.collect()}), which fire their own pair; they are only counted here.
 *
 * <p>The JVM numbers collections with one counter from 0 (JFR's {@code gcId}); its notifications
 * come per collector, in order, so the watcher derives that id from their order.
 */
public final class JvmGcWatcher {
    /** What a language runtime says about its own objects when the JVM collects. */
    public interface Runtime {
        /** How many of the runtime's objects were reclaimed since it was last asked. */
        long reclaimed();

        /** The JVM collected (generation 0 young, 2 full); e.g. to keep gc.get_count() current. */
        default void collected(int generation) {
        }
    }

    private static final JvmGcWatcher INSTANCE = new JvmGcWatcher();

    /** Held weakly: a runtime that is dropped without closing its registration does not leak. */
    private final List<WeakReference<Runtime>> runtimes = new CopyOnWriteArrayList<>();
    private final List<Runnable> removals = new ArrayList<>();
    private long nextGcId;

    private JvmGcWatcher() {
    }

    /**
     * Adds a runtime; the first one installs the JVM listener (off the calling thread: JMX set-up
     * costs tens of milliseconds of start-up). Closing the result removes the runtime, and the last
     * one to go removes the listener. The watcher holds the runtime weakly: keep it reachable
     * (it normally is, as part of the runtime) for as long as it should be told of collections.
     */
    public static AutoCloseable register(Runtime runtime) {
        return INSTANCE.add(runtime);
    }

    private AutoCloseable add(Runtime runtime) {
        boolean first;
        synchronized (this) {
            runtimes.removeIf(ref -> ref.get() == null);
            first = runtimes.isEmpty();
            runtimes.add(new WeakReference<>(runtime));
        }
        if (first) {
            Thread installer = new Thread(this::install, "herthon-gc-listener");
            installer.setDaemon(true);
            installer.start();
        }
        return () -> remove(runtime);
    }

    private void remove(Runtime runtime) {
        synchronized (this) {
            boolean removed = runtimes.removeIf(ref -> ref.get() == runtime || ref.get() == null);
            if (!removed || !runtimes.isEmpty()) {
                return;
            }
            removals.forEach(Runnable::run);
            removals.clear();
        }
    }

    private synchronized void install() {
        if (runtimes.isEmpty() || !removals.isEmpty()) {
            return;
        }
        try {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    NotificationListener listener = this::onNotification;
                    emitter.addNotificationListener(listener, null, null);
                    removals.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (ListenerNotFoundException gone) {
                            // already removed
                        }
                    });
                }
            }
        } catch (RuntimeException | LinkageError noManagement) {
            // No management support in this JVM: no JVM collections are reported.
        }
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        try {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long gcId = nextGcId();
            if ("System.gc()".equals(info.getGcCause())) {
                explicit(new JvmCollection(gcId, info.getGcName(), info.getGcCause(),
                        info.getGcInfo().getDuration() * 1_000_000L));
                return;
            }
            String action = info.getGcAction();
            int generation = action != null && action.contains("major") ? 2 : 0;
            long collected = 0;
            for (WeakReference<Runtime> ref : runtimes) {
                Runtime runtime = ref.get();
                if (runtime != null) {
                    runtime.collected(generation);
                    collected += runtime.reclaimed();
                }
            }
            Probes.jvmGc(generation, collected, new JvmCollection(gcId, info.getGcName(), info.getGcCause(),
                    info.getGcInfo().getDuration() * 1_000_000L));
        } catch (RuntimeException never) {
            // A listener must never disturb the program or the JVM's notification thread.
        }
    }

    private synchronized long nextGcId() {
        return nextGcId++;
    }

    // ---- System.gc() collections, for gc.collect() to say which JVM collection it caused ----

    private long explicitSeen;
    private JvmCollection lastExplicit = JvmCollection.NONE;

    private synchronized void explicit(JvmCollection collection) {
        explicitSeen++;
        lastExplicit = collection;
        notifyAll();
    }

    /** How many System.gc() collections the watcher has seen: take it before calling System.gc(). */
    public static long explicitCollections() {
        synchronized (INSTANCE) {
            return INSTANCE.explicitSeen;
        }
    }

    /**
     * The System.gc() collection after the first {@code seenBefore}, once its notification has
     * come (within milliseconds of the collection), or NONE after {@code timeoutMs}.
     */
    public static JvmCollection awaitExplicitCollection(long seenBefore, long timeoutMs) {
        synchronized (INSTANCE) {
            long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
            try {
                while (INSTANCE.explicitSeen <= seenBefore) {
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0 || INSTANCE.removals.isEmpty()) {
                        return JvmCollection.NONE;
                    }
                    INSTANCE.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return JvmCollection.NONE;
            }
            return INSTANCE.lastExplicit;
        }
    }
}
