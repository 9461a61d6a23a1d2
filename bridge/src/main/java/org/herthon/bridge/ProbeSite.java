package org.herthon.bridge;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The constant part of what a code object's probes report: file, function and module names,
 * and the code's first line. A language runtime builds one per code object, once, so that a
 * probe firing passes a reference instead of strings.
 *
 * <p>A sink keeps what it derives from a site on the site itself, under a {@link Key}: the USDT
 * sink the names encoded to native UTF-8, the metrics sink the site's meters. A firing finds them
 * with an array load instead of a map lookup, and they live exactly as long as the code object.
 */
public final class ProbeSite {
    private static final Object[] NO_DATA = {};

    private final String filename;
    private final String function;
    private final String module;
    private final int firstLine;

    /** Indexed by {@link Key#index}; grown by copy, so a reader never sees a half-made array. */
    private volatile Object[] sinkData = NO_DATA;

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

    /**
     * What a sink keeps on this site under {@code key}, made by {@code make} on first use. Two
     * threads may both make it the first time; one value wins and both callers get it.
     */
    @SuppressWarnings("unchecked")
    public <T> T data(Key<T> key, Function<ProbeSite, T> make) {
        Object[] data = sinkData;
        if (key.index < data.length && data[key.index] != null) {
            return (T) data[key.index];
        }
        return store(key, make.apply(this));
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T store(Key<T> key, T value) {
        Object[] data = sinkData;
        if (key.index < data.length && data[key.index] != null) {
            return (T) data[key.index];
        }
        Object[] grown = Arrays.copyOf(data, Math.max(data.length, key.index + 1));
        grown[key.index] = value;
        sinkData = grown;
        return value;
    }

    @Override
    public String toString() {
        return filename + ":" + function + ":" + firstLine + " (" + module + ")";
    }

    /** Names one kind of per-site data; make one per sink (a static final), not one per firing. */
    public static final class Key<T> {
        private static final AtomicInteger NEXT = new AtomicInteger();
        private final int index = NEXT.getAndIncrement();
        private final String name;

        public Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
