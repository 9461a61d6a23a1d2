package org.herthon.bridge.usdt;

import java.nio.ByteBuffer;

/**
 * The functions of libherthon (native/herthon_probes.c) as JNI methods: one per marker, the
 * semaphore lookup, the is-enabled check, and the address of a direct buffer.
 *
 * <p>Strings: the hot markers take the addresses of names encoded once per probe site
 * ({@link NativeText.Names}); the others take NUL-terminated UTF-8 byte arrays. 0 or null
 * reaches the marker as NULL.
 */
final class HerthonJni {
    private HerthonJni() {
    }

    static native void functionEntry(long filename, long funcname, int lineno, long frameid, long module);

    static native void functionReturn(long filename, long funcname, int lineno, long frameid, long module);

    static native void line(long filename, long funcname, int lineno);

    static native void gcStart(int generation);

    static native void gcDone(long collected);

    static native void importFindLoadStart(byte[] modulename);

    static native void importFindLoadDone(byte[] modulename, int found);

    static native void audit(byte[] event, byte[] args);

    /** A 2-byte direct buffer over the marker's semaphore; null where the platform has none (macOS DTrace). */
    static native ByteBuffer semaphore(String marker);

    /** 1 if a tracer listens to the marker: the check for platforms without semaphores. */
    static native int isEnabled(String marker);

    /** Where a direct buffer's memory is. */
    static native long address(ByteBuffer direct);
}
