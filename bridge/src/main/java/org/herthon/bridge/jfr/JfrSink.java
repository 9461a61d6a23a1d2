package org.herthon.bridge.jfr;

import jdk.jfr.Event;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.Marker;
import org.herthon.bridge.ProbeSite;
import org.herthon.events.AuditEvent;
import org.herthon.events.FunctionCallEvent;
import org.herthon.events.FunctionEntryEvent;
import org.herthon.events.FunctionReturnEvent;
import org.herthon.events.GarbageCollectionEvent;
import org.herthon.events.GcDoneEvent;
import org.herthon.events.GcStartEvent;
import org.herthon.events.ImportDoneEvent;
import org.herthon.events.ImportEvent;
import org.herthon.events.ImportStartEvent;
import org.herthon.events.LineEvent;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.herthon.bridge.sink.ProbeSink;

/**
 * The JFR sink: commits the JFR twin of each marker, and the duration events built from marker
 * pairs, when the event type is enabled in some recording. Found by the hook through
 * {@code ServiceLoader}.
 *
 * <p>Which markers have an enabled JFR event is worked out whenever a recording starts or stops
 * (also one started by {@code jcmd JFR.start} or {@code -XX:StartFlightRecording}) and reported to
 * the hook as this sink's interest, so probe sites test one word instead of asking JFR.
 */
public final class JfrSink implements ProbeSink {
    /**
     * The lowest FunctionCall threshold left to the slow-call watcher: its timing is up to a
     * millisecond short, a tenth of this at worst.
     */
    static final Duration SLOW_CALLS_FROM = Duration.ofMillis(10);

    private volatile Set<Marker> interest = Set.of();
    /** FunctionCall events come from the entry and return markers (else from the slow-call watcher, if enabled). */
    private volatile boolean exactCalls;
    private final SlowCallWatcher slowCalls = new SlowCallWatcher();

    /** Open once this JVM's recordings are listened to (JFR is one per JVM, so this is too). */
    private static final java.util.concurrent.CountDownLatch LISTENING = new java.util.concurrent.CountDownLatch(1);

    /**
     * Waits until recordings started from now on are seen before the next probe fires: for Java
     * code that starts a {@link Recording} in-process right after the hook was first used (the
     * listener may still be on its way, see {@link #bind}). Returns false after the timeout.
     */
    public static boolean awaitListening(java.time.Duration timeout) throws InterruptedException {
        return LISTENING.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public Set<Marker> interest() {
        return interest;
    }

    /**
     * Listens for recordings. When JFR is not running yet (no {@code -XX:StartFlightRecording}),
     * the listener is added on a daemon thread: adding it sets up JFR's Java side, tens of
     * milliseconds that a run nobody records should not wait for. A recording started later
     * ({@code jcmd JFR.start}) is seen either way. When JFR already runs, the listener is added
     * here, so that the interest is known before the program's first probe fires.
     */
    @Override
    public void bind(Runnable interestChanged) {
        FlightRecorderListener listener = new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder recorder) {
                interest = enabledMarkers();
                interestChanged.run();
            }

            @Override
            public void recordingStateChanged(Recording recording) {
                interest = enabledMarkers();
                interestChanged.run();
            }
        };
        if (FlightRecorder.isInitialized()) {
            listen(listener);
            return;
        }
        Thread binder = new Thread(() -> listen(listener), "herthon-jfr-listener");
        binder.setDaemon(true);
        binder.start();
    }

    private static void listen(FlightRecorderListener listener) {
        try {
            FlightRecorder.addListener(listener);
        } finally {
            LISTENING.countDown();
        }
    }

    /**
     * The markers with an enabled twin or duration event. Registers the event types with JFR.
     * FunctionCall needs the entry and return markers only when some recording keeps calls
     * faster than {@link #SLOW_CALLS_FROM}; otherwise the slow-call watcher times them.
     */
    private synchronized Set<Marker> enabledMarkers() {
        Set<Marker> markers = EnumSet.noneOf(Marker.class);
        boolean calls = enabled(FunctionCallEvent.class);
        boolean twins = enabled(FunctionEntryEvent.class) || enabled(FunctionReturnEvent.class);
        exactCalls = calls && (twins || RecordingSettings.lowestThreshold(FunctionCallEvent.class).compareTo(SLOW_CALLS_FROM) < 0);
        if (calls && !exactCalls) {
            slowCalls.start();
        } else {
            slowCalls.stop();
        }
        addIf(markers, Marker.FUNCTION_ENTRY, exactCalls || enabled(FunctionEntryEvent.class));
        addIf(markers, Marker.FUNCTION_RETURN, exactCalls || enabled(FunctionReturnEvent.class));
        addIf(markers, Marker.LINE, enabled(LineEvent.class));
        boolean collections = enabled(GarbageCollectionEvent.class);
        addIf(markers, Marker.GC_START, collections || enabled(GcStartEvent.class));
        addIf(markers, Marker.GC_DONE, collections || enabled(GcDoneEvent.class));
        boolean imports = enabled(ImportEvent.class);
        addIf(markers, Marker.IMPORT_FIND_LOAD_START, imports || enabled(ImportStartEvent.class));
        addIf(markers, Marker.IMPORT_FIND_LOAD_DONE, imports || enabled(ImportDoneEvent.class));
        addIf(markers, Marker.AUDIT, enabled(AuditEvent.class));
        return markers;
    }

    private static boolean enabled(Class<? extends Event> eventClass) {
        return EventType.getEventType(eventClass).isEnabled();
    }

    private static void addIf(Set<Marker> markers, Marker marker, boolean condition) {
        if (condition) {
            markers.add(marker);
        }
    }

    @Override
    public void functionEntry(ProbeSite site, int lineno, long frameId) {
        FunctionEntryEvent event = new FunctionEntryEvent();
        if (event.isEnabled()) {
            event.filename = site.filename();
            event.function = site.function();
            event.lineno = lineno;
            event.frameId = frameId;
            event.module = site.module();
            event.commit();
        }
        if (exactCalls) {
            ThreadState.current().calls.push(site, frameId);
        }
    }

    /** A begun FunctionCall of the frame {@code frameId} of {@code site} (the exact path and the slow-call watcher alike). */
    static FunctionCallEvent beginCall(ProbeSite site, long frameId, int depth, long parentFrameId) {
        FunctionCallEvent call = new FunctionCallEvent();
        call.filename = site.filename();
        call.function = site.function();
        call.lineno = site.firstLine();
        call.module = site.module();
        call.depth = depth;
        call.frameId = frameId;
        call.parentFrameId = parentFrameId;
        call.begin();
        return call;
    }

    @Override
    public void functionReturn(ProbeSite site, int lineno, long frameId) {
        FunctionReturnEvent event = new FunctionReturnEvent();
        if (event.isEnabled()) {
            event.filename = site.filename();
            event.function = site.function();
            event.lineno = lineno;
            event.frameId = frameId;
            event.module = site.module();
            event.commit();
        }
        if (exactCalls) {
            ThreadState.current().calls.pop(frameId);
        }
    }

    @Override
    public void line(ProbeSite site, int lineno) {
        LineEvent event = new LineEvent();
        if (event.isEnabled()) {
            event.filename = site.filename();
            event.function = site.function();
            event.lineno = lineno;
            event.commit();
        }
    }

    @Override
    public void gcStart(int generation, JvmCollection jvm) {
        GcStartEvent event = new GcStartEvent();
        if (event.isEnabled()) {
            event.generation = generation;
            event.gcId = jvm.gcId();
            event.gcName = jvm.name();
            event.gcCause = jvm.cause();
            event.commit();
        }
        GarbageCollectionEvent collection = new GarbageCollectionEvent();
        if (collection.isEnabled()) {
            collection.generation = generation;
            collection.begin();
            ThreadState.current().collection = collection;
        }
    }

    @Override
    public void gcDone(long collected, JvmCollection jvm) {
        GcDoneEvent event = new GcDoneEvent();
        if (event.isEnabled()) {
            event.collected = collected;
            event.gcId = jvm.gcId();
            event.gcName = jvm.name();
            event.gcCause = jvm.cause();
            event.commit();
        }
        ThreadState state = ThreadState.current();
        GarbageCollectionEvent collection = state.collection;
        if (collection != null) {
            state.collection = null;
            collection.end();
            collection.collected = collected;
            collection.gcId = jvm.gcId();
            collection.gcName = jvm.name();
            collection.gcCause = jvm.cause();
            collection.commit();
        }
    }

    @Override
    public void importFindLoadStart(String module) {
        ImportStartEvent event = new ImportStartEvent();
        if (event.isEnabled()) {
            event.module = module;
            event.commit();
        }
        ImportEvent importing = new ImportEvent();
        if (importing.isEnabled()) {
            importing.module = module;
            importing.begin();
            ThreadState.current().imports.push(importing);
        }
    }

    @Override
    public void importFindLoadDone(String module, boolean found) {
        ImportDoneEvent event = new ImportDoneEvent();
        if (event.isEnabled()) {
            event.module = module;
            event.found = found;
            event.commit();
        }
        ImportEvent importing = ThreadState.current().imports.popMatching(module);
        if (importing != null) {
            importing.end();
            importing.found = found;
            importing.commit();
        }
    }

    @Override
    public void audit(String auditEvent, String args) {
        AuditEvent event = new AuditEvent();
        if (event.isEnabled()) {
            event.event = auditEvent;
            event.args = args;
            event.commit();
        }
    }
}
