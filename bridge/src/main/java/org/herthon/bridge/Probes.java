package org.herthon.bridge;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.herthon.bridge.jfr.JfrSink;
import org.herthon.bridge.usdt.UsdtSink;

/**
 * The one hook. A language runtime calls, at each probe site,
 * <pre>{@code if (Probes.functionEntryEnabled()) Probes.functionEntry(site, line, frameId);}</pre>
 * and the firing reaches every listener: the USDT marker of libherthon when a tracer (bpftrace,
 * stap, dtrace) is attached, and the JFR twin when a recording enables it.
 *
 * <p>An {@code ...Enabled()} check is a read of the marker's USDT semaphore (native memory,
 * through a direct buffer) and of a flag the JFR sink keeps current: no native call, no
 * allocation. With {@code -Dherthon.probes=off} every check is the constant false, the baseline
 * against which probe overhead is measured.
 *
 * <p>All methods are safe to call from any number of threads at once.
 */
public final class Probes {
    /** {@code -Dherthon.probes=off}: no probe site fires, whatever listens. */
    public static final String SWITCH_PROPERTY = "herthon.probes";

    private static final boolean ON = !"off".equals(System.getProperty(SWITCH_PROPERTY));

    private static final VarHandle SEMAPHORE_VALUE =
            MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.nativeOrder());

    // One static final buffer per marker, so the JIT folds the buffer and reads one short.
    private static final ByteBuffer FUNCTION_ENTRY = UsdtSink.semaphore(Marker.FUNCTION_ENTRY);
    private static final ByteBuffer FUNCTION_RETURN = UsdtSink.semaphore(Marker.FUNCTION_RETURN);
    private static final ByteBuffer LINE = UsdtSink.semaphore(Marker.LINE);
    private static final ByteBuffer GC_START = UsdtSink.semaphore(Marker.GC_START);
    private static final ByteBuffer GC_DONE = UsdtSink.semaphore(Marker.GC_DONE);
    private static final ByteBuffer IMPORT_START = UsdtSink.semaphore(Marker.IMPORT_FIND_LOAD_START);
    private static final ByteBuffer IMPORT_DONE = UsdtSink.semaphore(Marker.IMPORT_FIND_LOAD_DONE);
    private static final ByteBuffer AUDIT = UsdtSink.semaphore(Marker.AUDIT);

    /** Bit {@code marker.ordinal()} is set while some JFR event listens to that marker. */
    private static volatile int jfrListening;

    private static final AtomicLong FRAME_IDS = new AtomicLong();

    static {
        if (ON) {
            JfrSink.watch(Probes::jfrListensTo);
        }
    }

    private Probes() {
    }

    private static void jfrListensTo(Set<Marker> markers) {
        int bits = 0;
        for (Marker marker : markers) {
            bits |= marker.bit();
        }
        jfrListening = bits;
    }

    private static boolean traced(ByteBuffer semaphore) {
        return (short) SEMAPHORE_VALUE.getOpaque(semaphore, 0) != 0;
    }

    private static boolean recorded(Marker marker) {
        return (jfrListening & marker.bit()) != 0;
    }

    private static boolean enabled(ByteBuffer semaphore, Marker marker) {
        return ON && (traced(semaphore) || recorded(marker));
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
        return enabled(FUNCTION_ENTRY, Marker.FUNCTION_ENTRY);
    }

    public static boolean functionReturnEnabled() {
        return enabled(FUNCTION_RETURN, Marker.FUNCTION_RETURN);
    }

    public static boolean lineEnabled() {
        return enabled(LINE, Marker.LINE);
    }

    public static boolean gcStartEnabled() {
        return enabled(GC_START, Marker.GC_START);
    }

    public static boolean gcDoneEnabled() {
        return enabled(GC_DONE, Marker.GC_DONE);
    }

    public static boolean importStartEnabled() {
        return enabled(IMPORT_START, Marker.IMPORT_FIND_LOAD_START);
    }

    public static boolean importDoneEnabled() {
        return enabled(IMPORT_DONE, Marker.IMPORT_FIND_LOAD_DONE);
    }

    public static boolean auditEnabled() {
        return enabled(AUDIT, Marker.AUDIT);
    }

    // ---- Firing: call only after the matching check returned true --------------------------

    /** {@code function__entry}: a frame starts (or a generator resumes); lineno is the code's first line. */
    public static void functionEntry(ProbeSite site, int lineno, long frameId) {
        if (traced(FUNCTION_ENTRY)) {
            UsdtSink.functionEntry(site, lineno, frameId);
        }
        if (recorded(Marker.FUNCTION_ENTRY)) {
            JfrSink.functionEntry(site, lineno, frameId);
        }
    }

    /** {@code function__return}: the frame ends (return, exception, yield); lineno is the line executing then. */
    public static void functionReturn(ProbeSite site, int lineno, long frameId) {
        if (traced(FUNCTION_RETURN)) {
            UsdtSink.functionReturn(site, lineno, frameId);
        }
        if (recorded(Marker.FUNCTION_RETURN)) {
            JfrSink.functionReturn(site, lineno, frameId);
        }
    }

    /** {@code line}: a new source line starts executing. */
    public static void line(ProbeSite site, int lineno) {
        if (traced(LINE)) {
            UsdtSink.line(site, lineno);
        }
        if (recorded(Marker.LINE)) {
            JfrSink.line(site, lineno);
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
        if (recorded(Marker.GC_START)) {
            JfrSink.gcStart(generation, jvm);
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
        if (recorded(Marker.GC_DONE)) {
            JfrSink.gcDone(collected, jvm);
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
        if (recorded(Marker.IMPORT_FIND_LOAD_START)) {
            JfrSink.importFindLoadStart(module);
        }
    }

    /** {@code import__find__load__done}; found is true if the module was loaded. */
    public static void importFindLoadDone(String module, boolean found) {
        if (traced(IMPORT_DONE)) {
            UsdtSink.importFindLoadDone(module, found);
        }
        if (recorded(Marker.IMPORT_FIND_LOAD_DONE)) {
            JfrSink.importFindLoadDone(module, found);
        }
    }

    /** {@code audit}: argsRepr is the repr() of the event's arguments tuple. */
    public static void audit(String event, String argsRepr) {
        if (traced(AUDIT)) {
            UsdtSink.audit(event, argsRepr);
        }
        if (recorded(Marker.AUDIT)) {
            JfrSink.audit(event, argsRepr);
        }
    }
}
