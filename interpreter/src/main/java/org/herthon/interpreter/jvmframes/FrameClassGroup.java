package org.herthon.interpreter.jvmframes;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.nodes.StmtNode;
import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.NamedFrames;
import org.herthon.interpreter.runtime.PyCode;
import org.herthon.interpreter.runtime.PyObject;

/**
 * The named frames of one compilation's code objects. Nothing is generated until one of them
 * first runs; then the classes for every code object registered so far are generated together,
 * in one class loader of their own, so they are unloaded with the last of those code objects
 * (nothing else refers to the loader). A code object registered after that gets a loader of its
 * own batch.
 */
final class FrameClassGroup implements NamedFrames {
    static final MethodType ENTRY_TYPE = MethodType.methodType(PyObject.class, StmtNode.class, Frame.class);

    /** Registered code objects whose classes are not generated yet. */
    private List<PyCode> pending = new ArrayList<>();

    @Override
    public synchronized void register(PyCode code) {
        pending.add(code);
    }

    @Override
    public synchronized MethodHandle entry(PyCode code) {
        MethodHandle h = code.namedEntry();
        if (h != null) return h;  // another thread generated its batch first
        if (!pending.contains(code)) pending.add(code);
        List<PyCode> batch = pending;
        pending = new ArrayList<>();
        generate(batch);
        return code.namedEntry();
    }

    private static void generate(List<PyCode> batch) {
        FrameClassLayout layout = FrameClassLayout.of(batch);
        FrameClassLoader loader = new FrameClassLoader(PyCode.class.getClassLoader());
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (FrameClassLayout.FrameClass fc : layout.classes()) {
            Class<?> cls = loader.define(fc.name(), FrameClassWriter.write(fc));
            initialize(cls);
            for (FrameClassLayout.FrameMethod m : fc.methods()) {
                try {
                    m.code().setNamedEntry(lookup.findStatic(cls, m.name(), ENTRY_TYPE));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("generated frame method " + fc.name() + "." + m.name() + " not found", e);
                }
            }
        }
    }

    /**
     * Initializes the (stateless) class now: a handle to a static method of a class not yet
     * initialized checks for initialization on every call, for as long as the handle lives.
     */
    private static void initialize(Class<?> cls) {
        try {
            Class.forName(cls.getName(), true, cls.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated frame class " + cls.getName() + " not found", e);
        }
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
