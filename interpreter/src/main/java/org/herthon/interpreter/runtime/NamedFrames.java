package org.herthon.interpreter.runtime;

/**
 * Where a code object's body gets the JVM frame named after it (see
 * {@code org.herthon.interpreter.jvmframes}). The compiler registers every code object of one
 * compilation with the same source; {@link PyCode} asks it once, on the code's first run.
 */
public interface NamedFrames {
    /** Adds a code object of this compilation (nothing is generated yet). */
    void register(PyCode code);

    /**
     * The entry into the JVM method named after {@code code}; also set on {@code code} (and on
     * the other code objects generated with it).
     */
    FrameEntry entry(PyCode code);
}
