package org.herthon.interpreter.jvmframes;

import java.util.List;

import org.herthon.interpreter.nodes.StmtNode;
import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.FrameEntry;
import org.herthon.interpreter.runtime.PyObject;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The bytes of a batch's classes. A frame class has, for each of its functions, a public static
 * method {@code NAME(StmtNode body, Frame frame)} whose only work is {@code return body.exec(frame);}
 * and whose line number table gives the function's first line; it is never instantiated and
 * holds no state. The entry class extends {@link FrameEntry}: its {@code enter} switches on the
 * instance's function number to the static method of that number.
 */
final class FrameClassWriter {
    private static final String STMT_NODE = Type.getInternalName(StmtNode.class);
    private static final String FRAME_ENTRY = Type.getInternalName(FrameEntry.class);
    private static final String EXEC_DESCRIPTOR = Type.getMethodDescriptor(Type.getType(PyObject.class), Type.getType(Frame.class));
    private static final String ENTRY_DESCRIPTOR =
            Type.getMethodDescriptor(Type.getType(PyObject.class), Type.getType(StmtNode.class), Type.getType(Frame.class));
    /** The line number table holds unsigned 16-bit lines. */
    private static final int MAX_LINE = 0xffff;

    private FrameClassWriter() {}

    static byte[] write(FrameClassLayout.FrameClass fc) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                internalName(fc.name()), null, "java/lang/Object", null);
        if (fc.sourceFile() != null) cw.visitSource(fc.sourceFile(), null);
        for (FrameClassLayout.FrameMethod m : fc.methods()) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, m.name(), ENTRY_DESCRIPTOR, null, null);
            mv.visitCode();
            Label start = new Label();
            mv.visitLabel(start);
            mv.visitLineNumber(Math.max(0, Math.min(m.line(), MAX_LINE)), start);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STMT_NODE, "exec", EXEC_DESCRIPTOR, false);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitMaxs(2, 2);
            mv.visitEnd();
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * The entry class: {@code Entry(int function)} and
     * {@code enter(body, frame) { switch (function) { case i: return Class_i.method_i(body, frame); ... } }}
     * (no line numbers or source file: stack views show it as the step into the named frame).
     */
    static byte[] writeEntry(String name, List<FrameClassLayout.FrameMethod> methods, List<FrameClassLayout.FrameClass> classes) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, internalName(name), null, FRAME_ENTRY, null);

        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(I)V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ILOAD, 1);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, FRAME_ENTRY, "<init>", "(I)V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(2, 2);
        init.visitEnd();

        String[] owners = new String[methods.size()];
        for (FrameClassLayout.FrameClass fc : classes) {
            for (FrameClassLayout.FrameMethod m : fc.methods()) owners[m.index()] = internalName(fc.name());
        }
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "enter", ENTRY_DESCRIPTOR, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, FRAME_ENTRY, "function", "I");
        Label[] cases = new Label[methods.size()];
        for (int i = 0; i < cases.length; i++) cases[i] = new Label();
        Label otherwise = new Label();
        mv.visitTableSwitchInsn(0, cases.length - 1, otherwise, cases);
        for (FrameClassLayout.FrameMethod m : methods) {
            mv.visitLabel(cases[m.index()]);
            mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, owners[m.index()], m.name(), ENTRY_DESCRIPTOR, false);
            mv.visitInsn(Opcodes.ARETURN);
        }
        // Unreachable (every instance is made with a number of the switch); run the body unnamed.
        mv.visitLabel(otherwise);
        mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitVarInsn(Opcodes.ALOAD, 2);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STMT_NODE, "exec", EXEC_DESCRIPTOR, false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(2, 3);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String internalName(String className) {
        return className.replace('.', '/');
    }
}
