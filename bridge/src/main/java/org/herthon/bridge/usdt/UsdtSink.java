package org.herthon.bridge.usdt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.herthon.bridge.Marker;
import org.herthon.bridge.ProbeSite;

/**
 * Fires the USDT markers of libherthon and exposes their semaphores.
 *
 * <p>Each semaphore is seen from Java as a direct {@link ByteBuffer} over its address in the
 * library's {@code .probes} section, so an enabled check is a memory read, not a native call.
 * The kernel increments the semaphore in every process that maps the library when bpftrace or
 * stap attaches (also after the JVM started) and decrements it when they detach.
 *
 * <p>If the library cannot be loaded, one warning line goes to stderr and every semaphore reads
 * zero forever; with {@code -Dherthon.usdt=required} class initialization fails instead, with
 * the same message.
 */
public final class UsdtSink {
    /** {@code -Dherthon.usdt=required}: no markers is a startup failure, not a warning. */
    public static final String REQUIRED_PROPERTY = "herthon.usdt";

    private static final Map<Marker, ByteBuffer> SEMAPHORES = new EnumMap<>(Marker.class);
    private static final LongAdder NATIVE_CALLS = new LongAdder();
    private static final Path LIBRARY;
    private static final String UNAVAILABLE_REASON;

    static {
        Path library = null;
        String reason = null;
        try {
            library = LibraryLocator.locate();
            System.load(library.toString());
            for (Marker marker : Marker.values()) {
                SEMAPHORES.put(marker, semaphoreOf(marker));
            }
        } catch (Exception | LinkageError failure) {
            library = null;
            reason = describe(failure);
        }
        LIBRARY = library;
        UNAVAILABLE_REASON = reason;
        if (reason != null) {
            for (Marker marker : Marker.values()) {
                SEMAPHORES.put(marker, zeroWord());
            }
            String message = "herthon: USDT markers unavailable (" + reason + "); JFR events still work";
            if ("required".equals(System.getProperty(REQUIRED_PROPERTY))) {
                throw new UsdtUnavailableException(message);
            }
            System.err.println(message);
        }
    }

    private UsdtSink() {
    }

    /** The loaded library's absolute path, or null when none could be loaded. */
    public static Path library() {
        return LIBRARY;
    }

    /** Why no library is loaded, or null when one is. */
    public static String unavailableReason() {
        return UNAVAILABLE_REASON;
    }

    /**
     * A 2-byte native-order buffer whose value is non-zero while a tracer listens to the marker.
     * Read it with at least an opaque access, so a loop cannot hoist the read and miss a tracer
     * attaching (Probes reads the buffer's address with a volatile load).
     */
    public static ByteBuffer semaphore(Marker marker) {
        return SEMAPHORES.get(marker);
    }

    /** How many markers this process has fired through native calls; the no-tracer test expects 0. */
    public static long nativeCalls() {
        return NATIVE_CALLS.sum();
    }

    private static ByteBuffer semaphoreOf(Marker marker) {
        ByteBuffer semaphore = HerthonJni.semaphore(marker.providerName());
        return semaphore == null ? IsEnabledPoller.word(marker) : semaphore.order(ByteOrder.nativeOrder());
    }

    private static ByteBuffer zeroWord() {
        return ByteBuffer.allocateDirect(Short.BYTES).order(ByteOrder.nativeOrder());
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isEmpty()) {
            message = failure.getClass().getSimpleName();
        }
        // An UnsatisfiedLinkError can carry several lines; the warning is one.
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    // One method per marker. The caller has checked the semaphore; a call here is one marker hit.

    /** A site's names as the markers take them, encoded once per site. */
    private static final ProbeSite.Key<NativeText.Names> NAMES = new ProbeSite.Key<>("usdt names");

    private static NativeText.Names names(ProbeSite site) {
        return site.data(NAMES, NativeText.Names::of);
    }

    public static void functionEntry(ProbeSite site, int lineno, long frameId) {
        NATIVE_CALLS.increment();
        NativeText.Names names = names(site);
        HerthonJni.functionEntry(names.filename, names.function, lineno, frameId, names.module);
    }

    public static void functionReturn(ProbeSite site, int lineno, long frameId) {
        NATIVE_CALLS.increment();
        NativeText.Names names = names(site);
        HerthonJni.functionReturn(names.filename, names.function, lineno, frameId, names.module);
    }

    public static void line(ProbeSite site, int lineno) {
        NATIVE_CALLS.increment();
        NativeText.Names names = names(site);
        HerthonJni.line(names.filename, names.function, lineno);
    }

    public static void gcStart(int generation) {
        NATIVE_CALLS.increment();
        HerthonJni.gcStart(generation);
    }

    public static void gcDone(long collected) {
        NATIVE_CALLS.increment();
        HerthonJni.gcDone(collected);
    }

    public static void importFindLoadStart(String module) {
        NATIVE_CALLS.increment();
        HerthonJni.importFindLoadStart(NativeText.cString(module));
    }

    public static void importFindLoadDone(String module, boolean found) {
        NATIVE_CALLS.increment();
        HerthonJni.importFindLoadDone(NativeText.cString(module), found ? 1 : 0);
    }

    public static void audit(String event, String args) {
        NATIVE_CALLS.increment();
        HerthonJni.audit(NativeText.cString(event), NativeText.cString(args));
    }
}
