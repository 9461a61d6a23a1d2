package org.herthon.interpreter.jvmframes;

import org.herthon.interpreter.nodes.StmtNode;
import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyObject;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The bytes of one frame class: a public class with, for each of its functions, a public static
 * method {@code NAME(StmtNode body, Frame frame)} whose only work is {@code return body.exec(frame);}
 * and whose line number table gives the function's first line. The class is never instantiated
 * (no constructor) and holds no state.
 */
final class FrameClassWriter {
    private static final String STMT_NODE = Type.getInternalName(StmtNode.class);
    private static final String EXEC_DESCRIPTOR = Type.getMethodDescriptor(Type.getType(PyObject.class), Type.getType(Frame.class));
    private static final String ENTRY_DESCRIPTOR = FrameClassGroup.ENTRY_TYPE.toMethodDescriptorString();
    /** The line number table holds unsigned 16-bit lines. */
    private static final int MAX_LINE = 0xffff;

    private FrameClassWriter() {}

    static byte[] write(FrameClassLayout.FrameClass fc) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                fc.name().replace('.', '/'), null, "java/lang/Object", null);
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
}
