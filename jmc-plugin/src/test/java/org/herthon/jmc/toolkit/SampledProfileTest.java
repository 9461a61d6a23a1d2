package org.herthon.jmc.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmc.common.IMCFrame;
import org.openjdk.jmc.common.IMCStackTrace;
import org.openjdk.jmc.common.IMCType;
import org.openjdk.jmc.common.util.MCFrame;
import org.openjdk.jmc.common.util.MCMethod;
import org.openjdk.jmc.common.util.MCStackTrace;
import org.openjdk.jmc.common.util.MethodToolkit;
import org.junit.jupiter.api.Test;

/**
 * The sampled hierarchy from stacks as JMC's parser hands them over (innermost frame first, JMC's
 * own frame classes): only the frames of the classes the interpreter generates for Herthon code
 * count, named module.function, {@code {module}} read back as {@code <module>}.
 */
class SampledProfileTest {
    /** A JVM stack, outermost first as written, innermost first as JFR records it. */
    private static IMCStackTrace stack(String... classDotMethods) {
        List<IMCFrame> frames = new ArrayList<>();
        for (String classDotMethod : classDotMethods) {
            int dot = classDotMethod.lastIndexOf('.');
            String className = classDotMethod.substring(0, dot);
            IMCType type = MethodToolkit.typeFromBinaryJLS(className);
            frames.add(0, new MCFrame(new MCMethod(type, classDotMethod.substring(dot + 1), "()V", 9, false), 0, 1,
                    IMCFrame.Type.JIT_COMPILED));
        }
        return new MCStackTrace(frames, IMCStackTrace.TruncationState.NOT_TRUNCATED);
    }

    @Test
    void herthonFramesMakeTheTreeAndInterpreterFramesAreSkipped() {
        SampledProfile profile = new SampledProfile();
        String thread = "java.lang.Thread.run";
        String eval = "org.herthon.interpreter.nodes.CallNode.execute";
        for (int i = 0; i < 3; i++) {
            profile.add(HerthonFrames.outermostFirst(stack(thread, "__main__.{module}", eval, "__main__.f", eval, "__main__.g",
                    eval, "__main__.h", "java.util.HashMap.get")));
        }
        profile.add(HerthonFrames.outermostFirst(stack(thread, "__main__.{module}", eval, "__main__.f", eval, "geo.Shape.area")));
        profile.add(HerthonFrames.outermostFirst(stack(thread, "org.herthon.interpreter.cli.Main.main")));
        assertEquals("""
                5 execution samples, 4 of them in Herthon code
                  80.0%       4  __main__.<module>
                  80.0%       4    __main__.f
                  60.0%       3      __main__.g
                  60.0%       3        __main__.h
                  20.0%       1      geo.Shape.area
                """, profile.text());
    }
}
