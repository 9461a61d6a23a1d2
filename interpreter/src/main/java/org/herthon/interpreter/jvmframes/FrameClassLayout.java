package org.herthon.interpreter.jvmframes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.herthon.interpreter.runtime.PyCode;

/**
 * Which JVM class and method name each code object of a batch gets, read the way a Python user
 * reads a traceback: the module's dotted name, then the classes around the function, as the
 * class name; the function's own name as the method name. {@code fib} in {@code __main__} is
 * {@code __main__.fib}; method {@code area} of class {@code Shape} in module {@code geo} is
 * {@code geo.Shape.area}; an inner function drops the {@code <locals>} step
 * ({@code __main__.outer.inner}). JVM method names cannot hold {@code <} or {@code >}, so
 * {@code <module>}, {@code <lambda>} and {@code <listcomp>} become {@code {module}},
 * {@code {lambda}} and {@code {listcomp}}. Two functions with the same name in the same place
 * (a redefinition, a property's getter and setter) are told apart by {@code $2}, {@code $3}
 * (their line numbers differ too).
 */
final class FrameClassLayout {
    /** {@code index}: the method's number in the batch, the case of the entry class's switch that calls it. */
    record FrameMethod(String name, int line, PyCode code, int index) {}

    record FrameClass(String name, String sourceFile, List<FrameMethod> methods) {}

    /** Longest name part kept (JVM names are limited to 65535 bytes; stack views to far less). */
    private static final int MAX_PART = 120;
    /** Class names the generated code links against, which a batch's loader must not define itself. */
    private static final Set<String> LINKED = Set.of(
            "java.lang.Object",
            org.herthon.interpreter.nodes.StmtNode.class.getName(),
            org.herthon.interpreter.runtime.Frame.class.getName(),
            org.herthon.interpreter.runtime.PyObject.class.getName());

    /** The entry class (see {@link FrameClassWriter#writeEntry}); a name no module's class gets unless a module is named so. */
    static final String ENTRY_CLASS = "org.herthon.jvmframes.Entry";

    private final List<FrameClass> classes;
    private final List<FrameMethod> methods;
    private final String entryClass;

    private FrameClassLayout(List<FrameClass> classes, List<FrameMethod> methods, String entryClass) {
        this.classes = classes;
        this.methods = methods;
        this.entryClass = entryClass;
    }

    /** The classes named after the functions' modules and classes. */
    List<FrameClass> classes() {
        return classes;
    }

    /** Every method of the batch, by index. */
    List<FrameMethod> methods() {
        return methods;
    }

    /** Everything the generated classes are made of: two layouts with the same signature generate the same classes. */
    String signature() {
        StringBuilder b = new StringBuilder(entryClass);
        for (FrameClass fc : classes) {
            b.append('\n').append(fc.name()).append('\0').append(fc.sourceFile());
            for (FrameMethod m : fc.methods()) b.append('\0').append(m.index()).append(' ').append(m.name()).append(' ').append(m.line());
        }
        return b.toString();
    }

    /** The name of the batch's entry class, which calls the methods by index. */
    String entryClass() {
        return entryClass;
    }

    static FrameClassLayout of(List<PyCode> codes) {
        Map<String, FrameClass> byName = new LinkedHashMap<>();
        List<FrameMethod> methods = new ArrayList<>(codes.size());
        Set<String> taken = new HashSet<>();
        for (PyCode code : codes) {
            String qualname = code.qualname == null || code.qualname.isEmpty() ? code.name : code.qualname;
            List<String> steps = new ArrayList<>(List.of(qualname.split("\\.", -1)));
            String function = part(steps.remove(steps.size() - 1));
            StringBuilder cls = new StringBuilder();
            String module = code.moduleName == null || code.moduleName.isEmpty() ? "_" : code.moduleName;
            for (String step : module.split("\\.", -1)) append(cls, part(step));
            for (String step : steps) {
                if (!step.equals("<locals>")) append(cls, part(step));
            }
            String className = className(cls.toString());
            String method = function;
            for (int n = 2; !taken.add(className + "." + method); n++) method = function + "$" + n;
            FrameClass frameClass = byName.get(className);
            if (frameClass == null) {
                frameClass = new FrameClass(className, sourceFile(code.filename), new ArrayList<>());
                byName.put(className, frameClass);
            }
            FrameMethod frameMethod = new FrameMethod(method, code.firstlineno, code, methods.size());
            frameClass.methods().add(frameMethod);
            methods.add(frameMethod);
        }
        String entryClass = ENTRY_CLASS;
        while (byName.containsKey(entryClass)) entryClass += "_";
        return new FrameClassLayout(List.copyOf(byName.values()), methods, entryClass);
    }

    private static void append(StringBuilder name, String part) {
        if (name.length() > 0) name.append('.');
        name.append(part);
    }

    /** A legal JVM class name: not in a {@code java.*} package (only the JDK may define those), not one the code links. */
    private static String className(String name) {
        if (name.startsWith("java.") || LINKED.contains(name)) return "_" + name;
        return name;
    }

    /** One step of a dotted name, as a legal JVM unqualified name (for classes and methods alike). */
    static String part(String step) {
        if (step.isEmpty()) return "_";
        StringBuilder b = new StringBuilder(Math.min(step.length(), MAX_PART));
        for (int i = 0; i < step.length() && b.length() < MAX_PART; i++) {
            char c = step.charAt(i);
            switch (c) {
                case '<' -> b.append('{');
                case '>' -> b.append('}');
                case '.', ';', '[', '/' -> b.append('_');
                default -> b.append(c < ' ' || c == 0x7f ? '_' : c);
            }
        }
        return b.toString();
    }

    /** The file's last path element, as Java stack traces show source files. */
    private static String sourceFile(String filename) {
        if (filename == null) return null;
        int slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
        return filename.substring(slash + 1);
    }
}
