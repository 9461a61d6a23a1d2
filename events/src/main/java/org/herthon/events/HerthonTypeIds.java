package org.herthon.events;

/**
 * The names of the Herthon event types and of their fields, for code that reads recordings
 * ({@code herthon-jfr}, the JMC plugin, tests) without loading {@code jdk.jfr}: as JMC's
 * {@code JdkTypeIDs} does for the JDK's events. The event classes of this package carry the same
 * strings in their {@code @Name}; {@code EventMetadataTest} checks that the two agree.
 */
public final class HerthonTypeIds {
    private HerthonTypeIds() {
    }

    private static final String PREFIX = "herthon.";

    // ---- Event types: the twins of the markers, in herthon.d's order ----------------------
    public static final String FUNCTION_ENTRY = PREFIX + "FunctionEntry";
    public static final String FUNCTION_RETURN = PREFIX + "FunctionReturn";
    public static final String LINE = PREFIX + "Line";
    public static final String GC_START = PREFIX + "GcStart";
    public static final String GC_DONE = PREFIX + "GcDone";
    public static final String IMPORT_START = PREFIX + "ImportStart";
    public static final String IMPORT_DONE = PREFIX + "ImportDone";
    public static final String AUDIT = PREFIX + "Audit";

    // ---- Duration events built from marker pairs ------------------------------------------
    public static final String FUNCTION_CALL = PREFIX + "FunctionCall";
    public static final String GARBAGE_COLLECTION = PREFIX + "GarbageCollection";
    public static final String IMPORT = PREFIX + "Import";

    /** Field names, shared by every event type that has the field. */
    public static final class Fields {
        private Fields() {
        }

        public static final String FILENAME = "filename";
        public static final String FUNCTION = "function";
        public static final String LINENO = "lineno";
        public static final String FRAME_ID = "frameId";
        public static final String PARENT_FRAME_ID = "parentFrameId";
        public static final String MODULE = "module";
        public static final String DEPTH = "depth";
        public static final String GENERATION = "generation";
        public static final String COLLECTED = "collected";
        public static final String GC_ID = "gcId";
        public static final String GC_NAME = "gcName";
        public static final String GC_CAUSE = "gcCause";
        public static final String FOUND = "found";
        public static final String EVENT = "event";
        public static final String ARGS = "args";
    }
}
