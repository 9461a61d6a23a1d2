package org.herthon.bridge;

import org.herthon.bridge.usdt.NativeText;

/**
 * The constant part of what a code object's probes report: file, function and module names,
 * and the code's first line. A language runtime builds one per code object, once, so that a
 * probe firing passes a reference instead of strings, and the native UTF-8 form of each name
 * is made at most once, on the first USDT firing.
 */
public final class ProbeSite {
    private final String filename;
    private final String function;
    private final String module;
    private final int firstLine;

    /** The names encoded for the markers; made when a tracer first needs them (a benign race). */
    private NativeText.Names nativeNames;

    public ProbeSite(String filename, String function, String module, int firstLine) {
        this.filename = filename;
        this.function = function;
        this.module = module;
        this.firstLine = firstLine;
    }

    public String filename() {
        return filename;
    }

    public String function() {
        return function;
    }

    public String module() {
        return module;
    }

    public int firstLine() {
        return firstLine;
    }

    /** Filename, function and module as NUL-terminated UTF-8, or NULL where a name cannot be encoded. */
    public NativeText.Names nativeNames() {
        NativeText.Names names = nativeNames;
        if (names == null) {
            names = new NativeText.Names(filename, function, module);
            nativeNames = names;
        }
        return names;
    }

    @Override
    public String toString() {
        return filename + ":" + function + ":" + firstLine + " (" + module + ")";
    }
}
