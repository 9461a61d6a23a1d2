package org.herthon.interpreter.jvmframes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.runtime.FrameEntry;

/**
 * One interpreter's generated entries for small batches, by their layout: code run through
 * {@code eval}, {@code exec} or {@code compile} again and again (a loop calling
 * {@code eval("x + 1")}, {@code namedtuple} making its methods) compiles to the same few
 * functions with the same names and lines each time, and reuses the classes of the first time
 * instead of paying for a class loader and classes per call. Entries hold no code object, so
 * sharing them is safe. The most recently used {@value #CAPACITY} layouts are kept (a few
 * hundred small loaders at most, freed with the interpreter, small modules among them); batches
 * of more than {@value #MAX_METHODS} functions (most modules) are never kept, so their classes
 * unload with their code objects.
 */
final class SmallBatchCache {
    static final int MAX_METHODS = 8;
    private static final int CAPACITY = 256;

    private final Map<String, List<FrameEntry>> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<FrameEntry>> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized List<FrameEntry> get(String layout) {
        return entries.get(layout);
    }

    synchronized void put(String layout, List<FrameEntry> generated) {
        entries.put(layout, generated);
    }
}
