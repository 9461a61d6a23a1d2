package org.herthon.bridge;

import java.io.PrintStream;

/**
 * What {@code herthon --probes} prints: where the markers live, then each marker with its
 * arguments, so a tracer knows the path to attach to and what arg0..argN mean.
 * <pre>
 * library: /home/me/.cache/herthon/native/1a2b3c4d5e6f7a8b/libherthon.so
 * function__entry(const char *filename, const char *funcname, int lineno, long frameid, const char *module)
 * ...
 * </pre>
 */
public final class ProbeListing {
    private ProbeListing() {
    }

    public static void print(PrintStream out) {
        out.println("library: " + (Probes.library() != null
                ? Probes.library().toString()
                : "none (" + Probes.usdtUnavailableReason() + ")"));
        for (Marker marker : Marker.values()) {
            out.println(marker.signature());
        }
    }

    public static void main(String[] args) {
        print(System.out);
    }
}
