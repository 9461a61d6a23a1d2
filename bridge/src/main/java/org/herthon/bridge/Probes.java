package org.herthon.bridge;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.herthon.bridge.sink.ProbeSink;
import org.herthon.bridge.sink.SinkRegistry;
import org.herthon.bridge.stack.StackSource;
import org.herthon.bridge.stack.StackSources;
import org.herthon.bridge.usdt.UsdtSink;
import sun.misc.Unsafe;

/**
 * The one hook. A language runtime calls, at each probe site,
 * <pre>{@code if (Probes.functionEntryEnabled()) Probes.functionEntry(site, line, frameId);}</pre>
 * and the firing reaches every listener: the USDT marker of libherthon when a tracer (bpftrace,
 * stap, dtrace) is attached, and each Java {@link ProbeSink} that wants the marker (the JFR sink,
 * found by {@link java.util.ServiceLoader}, commits the twin event when a recording enables it; the
 * Micrometer sink, registered by whoever binds it, feeds meters).
 *
 * <p>USDT stays special: its "who listens" is a semaphore the kernel sets when a tracer attaches.
 * An {@code ...Enabled()} check is a volatile read of the marker's semaphore (native memory, the
 * direct buffer UsdtSink holds over it) and a read of one word in which every Java sink's interest
 * is or-ed together: no native call, no allocation, one intrinsic in every JIT tier. With {@code -Dherthon.probes=off} every check is the constant false, the baseline
 * against which probe overhead is measured.
 *
 * <p>All methods are safe to call from any number of threads at once.
 */
public final class Probes {
    /** {@code -Dherthon.probes=off}: no probe site fires, whatever listens. */
    public static final String SWITCH_PROPERTY = "herthon.probes";

    private static final boolean ON = !"off".equals(System.getProperty(SWITCH_PROPERTY));

    /**
     * Reads the semaphores. An enabled check must stay a load and a branch in every tier: a
     * VarHandle or ByteBuffer read is a chain of calls that the bytecode interpreter and C1
     * run slowly and that a shallow inlining budget leaves uninlined (fib(32) took 0.18 s
     * longer). Unsafe's volatile read is one intrinsic, and being volatile no loop can hoist it.
     */
    private static final Unsafe UNSAFE = unsafe();

    // The address of each marker's semaphore (UsdtSink.semaphore's direct buffer, which keeps
    // that memory alive; a zeroed Java-owned word when libherthon is missing): static final, so
    // the JIT folds it and reads one short.
    private static final long FUNCTION_ENTRY = addressOf(UsdtSink.semaphore(Marker.FUNCTION_ENTRY));
    private static final long FUNCTION_RETURN = addressOf(UsdtSink.semaphore(Marker.FUNCTION_RETURN));
    private static final long LINE = addressOf(UsdtSink.semaphore(Marker.LINE));
    private static final long GC_START = addressOf(UsdtSink.semaphore(Marker.GC_START));
    private static final long GC_DONE = addressOf(UsdtSink.semaphore(Marker.GC_DONE));
    private static final long IMPORT_START = addressOf(UsdtSink.semaphore(Marker.IMPORT_FIND_LOAD_START));
    private static final long IMPORT_DONE = addressOf(UsdtSink.semaphore(Marker.IMPORT_FIND_LOAD_DONE));
    private static final long AUDIT = addressOf(UsdtSink.semaphore(Marker.AUDIT));

    // Each marker's bit in javaWanted, as constants (Marker.bit() is a call in slow tiers).
    private static final int FUNCTION_ENTRY_BIT = Marker.FUNCTION_ENTRY.bit();
    private static final int FUNCTION_RETURN_BIT = Marker.FUNCTION_RETURN.bit();
    private static final int LINE_BIT = Marker.LINE.bit();
    private static final int GC_START_BIT = Marker.GC_START.bit();
    private static final int GC_DONE_BIT = Marker.GC_DONE.bit();
    private static final int IMPORT_START_BIT = Marker.IMPORT_FIND_LOAD_START.bit();
    private static final int IMPORT_DONE_BIT = Marker.IMPORT_FIND_LOAD_DONE.bit();
    private static final int AUDIT_BIT = Marker.AUDIT.bit();

    /**
     * Bit {@code marker.bit()} is set while some Java sink wants that marker. Written only when a
     * sink comes, goes or changes its interest (a recording starts, say). Not volatile, so a check
     * costs one volatile load (the semaphore), not two; every check reads this right after that
     * volatile load, which keeps the JIT from caching it in a loop, so a change made by another
     * thread is seen at the next checks.
     */
    private static int javaWanted;

    /** For each marker (by ordinal), the sinks to call: those that want it and those that observe it. */
    private static ProbeSink[][] sinks = new ProbeSink[Marker.values().length][0];

    private static final SinkRegistry REGISTRY = new SinkRegistry((wanted, byMarker) -> {
        sinks = byMarker;
        javaWanted = wanted;
    });

    private static final AtomicLong FRAME_IDS = new AtomicLong();

    static {
        if (ON) {
            REGISTRY.loadServices(Probes.class.getClassLoader());
        }
    }

    private Probes() {
    }

    /**
     * Adds a Java sink: from now on it is called for the markers it wants or observes. Closing the
     * result removes it. Under {@code -Dherthon.probes=off} nothing fires, so the sink is never called.
     */
    public static AutoCloseable register(ProbeSink sink) {
        return REGISTRY.add(sink);
    }

    /**
     * Offers a runtime's stacks to watchers (the JFR sink's slow-call watcher). Starts the hook
     * first, so a recording already running is seen before the runtime's first frame exists.
     * Held weakly (see {@link StackSources}).
     */
    public static void addStackSource(StackSource source) {
        StackSources.register(source);
    }

    private static Unsafe unsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    /** Where a direct buffer's memory is: java.nio.Buffer keeps it in its {@code address} field. */
    private static long addressOf(java.nio.ByteBuffer direct) {
        try {
            return UNSAFE.getLong(direct, UNSAFE.objectFieldOffset(java.nio.Buffer.class.getDeclaredField("address")));
        } catch (NoSuchFieldException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private static boolean traced(long semaphore) {
        return UNSAFE.getShortVolatile(null, semaphore) != 0;
    }

    private static boolean wanted(int bit) {
        return (javaWanted & bit) != 0;
    }

    private static ProbeSink[] sinksOf(Marker marker) {
        return sinks[marker.ordinal()];
    }

    // ---- What listens ---------------------------------------------------------------------

    /** The loaded libherthon, or null when USDT markers are unavailable (see {@link #usdtUnavailableReason()}). */
    public static Path library() {
        return UsdtSink.library();
    }

    /** Why libherthon is not loaded, or null when it is. */
    public static String usdtUnavailableReason() {
        return UsdtSink.unavailableReason();
    }

    /** False under {@code -Dherthon.probes=off}. */
    public static boolean on() {
        return ON;
    }

    /** A new id for a frame activation, unique in this process; ids start at 1. */
    public static long newFrameId() {
        return FRAME_IDS.incrementAndGet();
    }

    // ---- Enabled checks: a load and a branch ----------------------------------------------

    public static boolean functionEntryEnabled() {
        return ON && (traced(FUNCTION_ENTRY) || wanted(FUNCTION_ENTRY_BIT));
    }

    public static boolean functionReturnEnabled() {
        return ON && (traced(FUNCTION_RETURN) || wanted(FUNCTION_RETURN_BIT));
    }

    public static boolean lineEnabled() {
        return ON && (traced(LINE) || wanted(LINE_BIT));
    }

    public static boolean gcStartEnabled() {
        return ON && (traced(GC_START) || wanted(GC_START_BIT));
    }

    public static boolean gcDoneEnabled() {
        return ON && (traced(GC_DONE) || wanted(GC_DONE_BIT));
    }

    public static boolean importStartEnabled() {
        return ON && (traced(IMPORT_START) || wanted(IMPORT_START_BIT));
    }

    public static boolean importDoneEnabled() {
        return ON && (traced(IMPORT_DONE) || wanted(IMPORT_DONE_BIT));
    }

    public static boolean auditEnabled() {
        return ON && (traced(AUDIT) || wanted(AUDIT_BIT));
    }

    // ---- Firing: call only after the matching check returned true --------------------------

    /** {@code function__entry}: a frame starts (or a generator resumes); lineno is the code's first line. */
    public static void functionEntry(ProbeSite site, int lineno, long frameId) {
        if (traced(FUNCTION_ENTRY)) {
            UsdtSink.functionEntry(site, lineno, frameId);
        }
        for (ProbeSink sink : sinksOf(Marker.FUNCTION_ENTRY)) {
            sink.functionEntry(site, lineno, frameId);
        }
    }

    /** {@code function__return}: the frame ends (return, exception, yield); lineno is the line executing then. */
    public static void functionReturn(ProbeSite site, int lineno, long frameId) {
        if (traced(FUNCTION_RETURN)) {
            UsdtSink.functionReturn(site, lineno, frameId);
        }
        for (ProbeSink sink : sinksOf(Marker.FUNCTION_RETURN)) {
            sink.functionReturn(site, lineno, frameId);
        }
    }

    /** {@code line}: a new source line starts executing. */
    public static void line(ProbeSite site, int lineno) {
        if (traced(LINE)) {
            UsdtSink.line(site, lineno);
        }
        for (ProbeSink sink : sinksOf(Marker.LINE)) {
            sink.line(site, lineno);
        }
    }

    /** {@code gc__start} of an explicit collection (gc.collect(generation)). */
    public static void gcStart(int generation) {
        gcStart(generation, JvmCollection.NONE);
    }

    /** {@code gc__start}, with the JVM collection it corresponds to. */
    public static void gcStart(int generation, JvmCollection jvm) {
        if (traced(GC_START)) {
            UsdtSink.gcStart(generation);
        }
        for (ProbeSink sink : sinksOf(Marker.GC_START)) {
            sink.gcStart(generation, jvm);
        }
    }

    /** {@code gc__done} of an explicit collection. */
    public static void gcDone(long collected) {
        gcDone(collected, JvmCollection.NONE);
    }

    /** {@code gc__done}, with the JVM collection it corresponds to. */
    public static void gcDone(long collected, JvmCollection jvm) {
        if (traced(GC_DONE)) {
            UsdtSink.gcDone(collected);
        }
        for (ProbeSink sink : sinksOf(Marker.GC_DONE)) {
            sink.gcDone(collected, jvm);
        }
    }

    /**
     * A collection the JVM performed on its own (seen after the fact, through its GC
     * notification): fires {@code gc__start} and {@code gc__done} as one pair. Checks the
     * enabled state itself, as such collections are rare.
     */
    public static void jvmGc(int generation, long collected, JvmCollection jvm) {
        if (gcStartEnabled()) {
            gcStart(generation, jvm);
        }
        if (gcDoneEnabled()) {
            gcDone(collected, jvm);
        }
    }

    /** {@code import__find__load__start}: finding and loading a module not yet in sys.modules. */
    public static void importFindLoadStart(String module) {
        if (traced(IMPORT_START)) {
            UsdtSink.importFindLoadStart(module);
        }
        for (ProbeSink sink : sinksOf(Marker.IMPORT_FIND_LOAD_START)) {
            sink.importFindLoadStart(module);
        }
    }

    /** {@code import__find__load__done}; found is true if the module was loaded. */
    public static void importFindLoadDone(String module, boolean found) {
        if (traced(IMPORT_DONE)) {
            UsdtSink.importFindLoadDone(module, found);
        }
        for (ProbeSink sink : sinksOf(Marker.IMPORT_FIND_LOAD_DONE)) {
            sink.importFindLoadDone(module, found);
        }
    }

    /** {@code audit}: argsRepr is the repr() of the event's arguments tuple. */
    public static void audit(String event, String argsRepr) {
        if (traced(AUDIT)) {
            UsdtSink.audit(event, argsRepr);
        }
        for (ProbeSink sink : sinksOf(Marker.AUDIT)) {
            sink.audit(event, argsRepr);
        }
    }
}
