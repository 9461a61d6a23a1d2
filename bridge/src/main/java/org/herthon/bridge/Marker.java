package org.herthon.bridge;

import java.util.List;

/**
 * The markers of the {@code herthon} provider, as declared in {@code native/herthon.d} (the
 * source of truth; a test fails if this list and that file disagree).
 */
public enum Marker {
    FUNCTION_ENTRY("function__entry", "const char *filename", "const char *funcname", "int lineno", "long frameid", "const char *module"),
    FUNCTION_RETURN("function__return", "const char *filename", "const char *funcname", "int lineno", "long frameid", "const char *module"),
    LINE("line", "const char *filename", "const char *funcname", "int lineno"),
    GC_START("gc__start", "int generation"),
    GC_DONE("gc__done", "long collected"),
    IMPORT_FIND_LOAD_START("import__find__load__start", "const char *modulename"),
    IMPORT_FIND_LOAD_DONE("import__find__load__done", "const char *modulename", "int found"),
    AUDIT("audit", "const char *event", "const char *args");

    private final String providerName;
    private final List<String> arguments;

    Marker(String providerName, String... arguments) {
        this.providerName = providerName;
        this.arguments = List.of(arguments);
    }

    /** The name in herthon.d and in the SDT note, e.g. {@code function__entry}. */
    public String providerName() {
        return providerName;
    }

    /** The declared arguments, type and name, e.g. {@code const char *filename}. */
    public List<String> arguments() {
        return arguments;
    }

    /** This marker's bit in a set of markers. */
    public int bit() {
        return 1 << ordinal();
    }

    /** {@code function__entry(const char *filename, ...)}: how {@code herthon --probes} lists it. */
    public String signature() {
        return providerName + "(" + String.join(", ", arguments) + ")";
    }
}
