package org.herthon.interpreter.jvmframes;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.runtime.FrameEntry;
import org.herthon.interpreter.runtime.NamedFrames;
import org.herthon.interpreter.runtime.PyCode;

/**
 * The named frames of one compilation's code objects. Nothing is generated until one of them
 * first runs; then the classes for every code object registered so far are generated together,
 * in one class loader of their own, so they are unloaded with the last of those code objects
 * (nothing else refers to the loader). A code object registered after that gets a loader of its
 * own batch.
 */
final class FrameClassGroup implements NamedFrames {
    /** Most methods in one batch: the entry class's switch must stay within a JVM method's 64 KB. */
    private static final int MAX_BATCH = 2000;

    /** Registered code objects whose classes are not generated yet. */
    private List<PyCode> pending = new ArrayList<>();
    private final SmallBatchCache smallBatches;

    FrameClassGroup(SmallBatchCache smallBatches) {
        this.smallBatches = smallBatches;
    }

    @Override
    public synchronized void register(PyCode code) {
        pending.add(code);
    }

    @Override
    public synchronized FrameEntry entry(PyCode code) {
        FrameEntry e = code.namedEntry();
        if (e != null) return e;  // another thread generated its batch first
        if (!pending.contains(code)) pending.add(code);
        List<PyCode> all = pending;
        pending = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            generate(all.subList(from, Math.min(all.size(), from + MAX_BATCH)));
        }
        return code.namedEntry();
    }

    private void generate(List<PyCode> batch) {
        FrameClassLayout layout = FrameClassLayout.of(batch);
        List<FrameEntry> entries;
        if (layout.methods().size() <= SmallBatchCache.MAX_METHODS) {
            String key = layout.signature();
            entries = smallBatches.get(key);
            if (entries == null) {
                entries = define(layout.classes(), layout.entryClass(), layout.methods());
                smallBatches.put(key, entries);
            }
        } else {
            entries = define(layout.classes(), layout.entryClass(), layout.methods());
        }
        for (FrameClassLayout.FrameMethod m : layout.methods()) m.code().setNamedEntry(entries.get(m.index()));
    }

    /** Defines a batch's classes in a loader of their own; the entries by method index. */
    private static List<FrameEntry> define(List<FrameClassLayout.FrameClass> classes, String entryName,
            List<FrameClassLayout.FrameMethod> methods) {
        FrameClassLoader loader = new FrameClassLoader(PyCode.class.getClassLoader());
        for (FrameClassLayout.FrameClass fc : classes) {
            loader.define(fc.name(), FrameClassWriter.write(fc));
        }
        Class<?> entryClass = loader.define(entryName, FrameClassWriter.writeEntry(entryName, methods, classes));
        try {
            Constructor<?> entry = entryClass.getConstructor(int.class);
            List<FrameEntry> entries = new ArrayList<>(methods.size());
            for (FrameClassLayout.FrameMethod m : methods) entries.add((FrameEntry) entry.newInstance(m.index()));
            return entries;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated entry class " + entryName + " unusable", e);
        }
    }

    /**
     * Generates and defines a throwaway one-function batch: the first real batch then finds ASM's
     * classes loaded, verified and run once (about 20 ms of a cold JVM's time, mostly loading
     * and verifying ASM, which {@link JvmFrameNaming} does on a thread of its own while the
     * interpreter starts and compiles the script).
     */
    static void warmUp() {
        FrameClassLayout.FrameMethod method = new FrameClassLayout.FrameMethod("warm_up", 1, null, 0);
        FrameClassLayout.FrameClass frameClass = new FrameClassLayout.FrameClass("warm_up", "warm_up.py", List.of(method));
        define(List.of(frameClass), FrameClassLayout.ENTRY_CLASS, List.of(method));
    }

    /** Defines one batch's classes; the batch's only strong path to its classes is their code objects. */
    static final class FrameClassLoader extends ClassLoader {
        FrameClassLoader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
