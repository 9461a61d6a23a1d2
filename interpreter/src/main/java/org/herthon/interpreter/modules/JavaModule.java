package org.herthon.interpreter.modules;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.PyModule;

/**
 * A module that CPython writes in C, written here in Java (its "Java twin"): same name, same
 * functions, same errors. Each twin is its own class; {@link JavaModules} lists them all.
 *
 * <p>Twins fire no probes of their own: like CPython's C functions, they are not Herthon frames.
 */
public interface JavaModule {
    /** The import name, as CPython spells it ({@code "_weakref"}, {@code "posix"}). */
    String name();

    /**
     * Makes the module for one interpreter. Called at most once per interpreter, at the first
     * import; state the module keeps belongs on the module object, never in static fields, so
     * several interpreters in one JVM stay apart.
     */
    PyModule create(Interpreter in);
}
