package org.herthon.bridge.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.herthon.bridge.Marker;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, check 3: the DTrace scripts are checked, not run (Linux has no DTrace): each names
 * only markers of herthon.d, reads only arguments those markers have, and copyinstr()s only
 * strings ({@link DScriptChecker}); a broken copy is caught.
 */
class DtraceScriptsTest {
    private static final Path SCRIPTS = ProjectPaths.root().resolve("native/scripts");

    private static DScriptChecker checker() throws IOException {
        return DScriptChecker.forProvider(Files.readString(ProjectPaths.providerFile()));
    }

    static Stream<String> dScripts() {
        return TracingScriptsTest.SCRIPT_NAMES.stream().map(name -> name + ".d");
    }

    @Test
    void theCheckerReadsEveryMarkerOfHerthonD() throws IOException {
        Map<String, List<DScriptChecker.Argument>> markers = checker().markers();
        assertEquals(Stream.of(Marker.values()).map(marker -> marker.signature().substring(0, marker.signature().indexOf('(')))
                .collect(Collectors.toList()), List.copyOf(markers.keySet()));
        for (Marker marker : Marker.values()) {
            String name = marker.signature().substring(0, marker.signature().indexOf('('));
            String arguments = markers.get(name).stream().map(argument -> argument.type() + " " + argument.name())
                    .collect(Collectors.joining(", "));
            assertEquals(marker.signature(), name + "(" + arguments.replace("* ", "*") + ")");
        }
    }

    @ParameterizedTest
    @MethodSource("dScripts")
    void scriptNamesOnlyMarkersAndArgumentsThatExist(String name) throws IOException {
        String script = Files.readString(SCRIPTS.resolve(name));
        assertEquals(List.of(), checker().check(name, script));
        assertTrue(script.matches("(?s).*herthon(\\$target|\\*):::[a-z-]+.*"), name + " probes herthon markers");
    }

    @Test
    void brokenCopiesAreCaught() throws IOException {
        String callStack = Files.readString(SCRIPTS.resolve("call_stack.d"));
        assertTrue(callStack.contains("herthon$target:::function-return\n/self->trace/"), "the clause broken below");
        Map<String, String> breakages = Map.of(
                "herthon.d has no marker function__entyr", callStack.replaceFirst("function-entry\n", "function-entyr\n"),
                "arg5 in a clause of [herthon$target:::function-return]: the marker has 5 arguments (arg0..arg4)",
                lastReplaced(callStack, "\"<NULL>\", arg2);", "\"<NULL>\", arg5);"),
                "copyinstr(arg2) in a clause of [herthon$target:::function-entry]: arg2 is int lineno, not a string",
                callStack.replaceFirst("copyinstr\\(arg1\\) == \"start\"", "copyinstr(arg2) == \"start\""),
                "arg0 in a clause of [dtrace:::BEGIN], which has no herthon arguments",
                callStack + "\ndtrace:::BEGIN\n{\n        trace(arg0);\n}\n");
        for (Map.Entry<String, String> broken : breakages.entrySet()) {
            assertNotEquals(callStack, broken.getValue(), broken.getKey());
            List<String> problems = checker().check("broken.d", broken.getValue());
            assertEquals(1, problems.size(), broken.getKey() + ": " + problems);
            assertTrue(problems.get(0).startsWith("broken.d:") && problems.get(0).contains(broken.getKey()),
                    broken.getKey() + ": " + problems);
        }
        assertFalse(checker().check("x.d", "herthon$target:::function-entry\n{\n").isEmpty(), "an unclosed clause");
    }

    private static String lastReplaced(String text, String target, String replacement) {
        int last = text.lastIndexOf(target);
        return text.substring(0, last) + replacement + text.substring(last + target.length());
    }
}
