package org.herthon.interpreter.jvmframes;

import java.util.concurrent.atomic.AtomicBoolean;

import org.herthon.interpreter.runtime.NamedFrames;

/**
 * An interpreter's switch for JVM frames named after Herthon functions: each code object's body
 * runs inside a static method of an ordinary generated class (module and class names as the class,
 * the function's name as the method, its {@code def} line in the line number table), so JFR's
 * execution samples, JMC's flame graph, jstack, async-profiler and Java stack traces show the
 * Herthon call hierarchy. On unless the system property {@value #SWITCH_PROPERTY} is {@code off}
 * (the launcher's {@code --no-jvm-frames}).
 */
public final class JvmFrameNaming {
    public static final String SWITCH_PROPERTY = "herthon.jvmFrames";

    /** Whether this JVM has started its one warm-up of the class generator (see {@link #fromSystemProperties}). */
    private static final AtomicBoolean WARM_UP_STARTED = new AtomicBoolean();

    private final boolean on;
    private final SmallBatchCache smallBatches = new SmallBatchCache();

    private JvmFrameNaming(boolean on) {
        this.on = on;
    }

    /**
     * The setting the system property asks for. When on, the first interpreter of the JVM also
     * starts a short-lived daemon thread that warms up the class generator, so the first function
     * (the script's module body) does not wait for ASM to load: on a machine with a free core
     * that time is hidden in the interpreter's own start-up.
     */
    public static JvmFrameNaming fromSystemProperties() {
        boolean on = !"off".equals(System.getProperty(SWITCH_PROPERTY));
        if (on && WARM_UP_STARTED.compareAndSet(false, true)) {
            Thread warmUp = new Thread(FrameClassGroup::warmUp, "herthon-jvm-frames-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        return new JvmFrameNaming(on);
    }

    public boolean isOn() {
        return on;
    }

    /**
     * The source of named frames for the code objects of one compilation (a module, or one
     * exec/eval/compile call), or null when naming is off (code bodies then run directly).
     */
    public NamedFrames newCompilation() {
        return on ? new FrameClassGroup(smallBatches) : null;
    }
}
