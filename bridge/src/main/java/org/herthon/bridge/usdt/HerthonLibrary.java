package org.herthon.bridge.usdt;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The functions of libherthon (native/herthon_probes.c), bound with JNA direct mapping: the
 * semaphore lookup, the is-enabled check, and the markers that fire rarely. The hot markers
 * (function entry/return, line) go through {@link HerthonJni} instead: JNA's generic dispatch
 * costs 150-300 ns a call, JNI a few (docs/performance.md).
 */
final class HerthonLibrary {
    private HerthonLibrary() {
    }

    static void bind(NativeLibrary library) {
        Native.register(HerthonLibrary.class, library);
    }

    static native void herthon_gc_start(int generation);

    static native void herthon_gc_done(long collected);

    static native void herthon_import_find_load_start(Pointer modulename);

    static native void herthon_import_find_load_done(Pointer modulename, int found);

    static native void herthon_audit(Pointer event, Pointer args);

    /** Address of the marker's semaphore, NULL where the platform has none (macOS DTrace). */
    static native Pointer herthon_semaphore(String marker);

    /** 1 if a tracer listens to the marker; the is-enabled check for platforms without semaphores. */
    static native int herthon_is_enabled(String marker);
}
