package org.herthon.bridge.usdt;

/** The hot markers of libherthon through JNI (native/herthon_probes.c); strings as native addresses, 0 = NULL. */
final class HerthonJni {
    private HerthonJni() {
    }

    static native void functionEntry(long filename, long funcname, int lineno, long frameid, long module);

    static native void functionReturn(long filename, long funcname, int lineno, long frameid, long module);

    static native void line(long filename, long funcname, int lineno);
}
