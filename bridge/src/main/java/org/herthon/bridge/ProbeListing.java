package org.herthon.bridge;

import java.io.PrintStream;
import java.nio.file.Path;
import org.herthon.bridge.usdt.Tapset;

/**
 * What {@code herthon --probes} prints: where the markers live, the SystemTap tapset written for
 * that library (the directory to give {@code stap -I}), then each marker with its arguments, so a
 * tracer knows the path to attach to and what arg0..argN mean.
 * <pre>
 * library: /home/me/.cache/herthon/native/1a2b3c4d5e6f7a8b/libherthon.so
 * tapset: /home/me/.cache/herthon/native/1a2b3c4d5e6f7a8b/tapset
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
        Path library = Probes.library();
        if (library != null) {
            Path tapset = Tapset.installedFor(library);
            out.println("tapset: " + (tapset != null ? tapset.toString()
                    : "none (no " + Tapset.directoryFor(library) + "/herthon.stp: native/tapset/install.sh "
                            + library + " DIR writes one; then stap -I DIR)"));
        }
        for (Marker marker : Marker.values()) {
            out.println(marker.signature());
        }
    }

    public static void main(String[] args) {
        print(System.out);
    }
}
