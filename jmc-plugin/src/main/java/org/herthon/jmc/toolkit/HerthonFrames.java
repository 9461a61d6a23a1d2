package org.herthon.jmc.toolkit;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmc.common.IMCFrame;
import org.openjdk.jmc.common.IMCMethod;
import org.openjdk.jmc.common.IMCStackTrace;
import org.openjdk.jmc.common.IMCType;

/**
 * Recognises the JVM frames that Herthon functions run in. The interpreter runs each function's
 * body in a static method of a generated class named after the module (and the classes around
 * the function), the method named after the function: {@code __main__.fib}, {@code geo.Shape.area};
 * {@code <module>} and {@code <lambda>} become {@code {module}}, {@code {lambda}}, and a
 * redefinition gets {@code $2}. Every other frame is the JDK's or the interpreter's own
 * ({@code org.herthon.*}).
 */
public final class HerthonFrames {
    private static final List<String> RUNTIME_PACKAGES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.herthon.", "org.objectweb.asm.");

    private HerthonFrames() {
    }

    /** A frame's Herthon function, or null for a JDK or interpreter frame. */
    public record Function(String qualifiedName, Integer line) {
    }

    public static Function of(IMCFrame frame) {
        if (frame == null || frame.getType() != IMCFrame.Type.INTERPRETED && frame.getType() != IMCFrame.Type.JIT_COMPILED
                && frame.getType() != IMCFrame.Type.INLINED) {
            return null;
        }
        IMCMethod method = frame.getMethod();
        if (method == null || method.getType() == null) {
            return null;
        }
        IMCType type = method.getType();
        String className = type.getFullName();
        for (String runtime : RUNTIME_PACKAGES) {
            if (className.startsWith(runtime)) {
                return null;
            }
        }
        String name = method.getMethodName();
        if (name == null || name.startsWith("<") || name.startsWith("lambda$")) {
            return null;
        }
        return new Function(className + "." + pythonName(name), frame.getFrameLineNumber());
    }

    /** The Herthon functions of a stack trace, outermost first. */
    public static List<Function> outermostFirst(IMCStackTrace trace) {
        List<Function> functions = new ArrayList<>();
        if (trace == null) {
            return functions;
        }
        List<? extends IMCFrame> frames = trace.getFrames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Function f = of(frames.get(i));
            if (f != null) {
                functions.add(f);
            }
        }
        return functions;
    }

    /** {@code {module}} back to {@code <module>}. */
    static String pythonName(String methodName) {
        if (methodName.startsWith("{") && methodName.contains("}")) {
            return "<" + methodName.substring(1, methodName.indexOf('}')) + ">" + methodName.substring(methodName.indexOf('}') + 1);
        }
        return methodName;
    }
}
