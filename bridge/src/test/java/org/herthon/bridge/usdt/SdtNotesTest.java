package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herthon.bridge.Marker;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.api.Test;

/**
 * Check 1: {@code readelf -n} on the built library shows every marker of herthon.d with
 * provider herthon, a non-zero semaphore, and arguments of the declared number and sizes; and
 * the bridge's {@link Marker} list is the one herthon.d declares.
 */
class SdtNotesTest {
    /** A marker as herthon.d declares it: name and argument declarations. */
    record Declared(String name, List<String> arguments) {
    }

    /** A marker as the SDT note describes it. */
    record Note(String provider, String name, long semaphore, List<String> arguments) {
    }

    @Test
    void notesMatchTheProviderFile() throws Exception {
        Map<String, Declared> declared = declaredMarkers();
        Map<String, Note> notes = readelfNotes();
        assertEquals(declared.keySet(), notes.keySet(), "markers in herthon.d vs SDT notes");
        for (Declared marker : declared.values()) {
            Note note = notes.get(marker.name());
            assertEquals("herthon", note.provider());
            assertNotEquals(0L, note.semaphore(), marker.name() + " has a semaphore");
            assertEquals(marker.arguments().size(), note.arguments().size(), marker.name() + " argument count");
            for (int i = 0; i < marker.arguments().size(); i++) {
                assertEquals(expectedSize(marker.arguments().get(i)), sizeOf(note.arguments().get(i)),
                        marker.name() + " argument " + i + ": " + marker.arguments().get(i) + " vs " + note.arguments().get(i));
            }
        }
    }

    @Test
    void markerEnumIsTheProviderFile() throws Exception {
        Map<String, List<String>> fromFile = new LinkedHashMap<>();
        declaredMarkers().values().forEach(m -> fromFile.put(m.name(), m.arguments()));
        Map<String, List<String>> fromEnum = new LinkedHashMap<>();
        Arrays.stream(Marker.values()).forEach(m -> fromEnum.put(m.providerName(), m.arguments()));
        assertEquals(fromFile, fromEnum);
    }

    /**
     * The C glue's tables (the exported function per marker, the semaphore table, the is-enabled
     * table) name exactly herthon.d's markers, in its order: herthon.d is the source of truth, the
     * C tables are checked against it (as the Marker enum is).
     */
    @Test
    void cTablesAreTheProviderFile() throws Exception {
        List<String> fromFile = new ArrayList<>(declaredMarkers().keySet());
        String glue = Files.readString(ProjectPaths.root().resolve("native/herthon_probes.c"), StandardCharsets.UTF_8);
        assertEquals(fromFile.stream().map(marker -> marker.replace("__", "_")).toList(),
                matches(glue, "HERTHON_EXPORT void herthon_(\\w+)\\("), "exported marker functions");
        assertEquals(fromFile, matches(glue, "\\{ \"(\\w+)\", SEMAPHORE\\((\\w+)\\) \\}"), "semaphore table");
        assertEquals(fromFile, matches(glue, "ENABLED_IF\\(\"(\\w+)\", HERTHON_\\w+_ENABLED\\);"), "is-enabled table");
        for (String marker : fromFile) {
            String macro = "HERTHON_" + marker.toUpperCase(java.util.Locale.ROOT).replace("__", "_");
            assertEquals(1, matches(glue, "\\b(" + macro + ")\\(").size(), marker + " fires its dtrace -h macro once");
        }
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Map<String, Declared> declaredMarkers() throws Exception {
        String provider = Files.readString(ProjectPaths.providerFile(), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Declared> markers = new LinkedHashMap<>();
        Matcher probe = Pattern.compile("probe\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;").matcher(provider);
        while (probe.find()) {
            List<String> arguments = new ArrayList<>();
            for (String argument : probe.group(2).split(",")) {
                if (!argument.isBlank()) {
                    arguments.add(argument.trim().replaceAll("\\s+", " "));
                }
            }
            markers.put(probe.group(1), new Declared(probe.group(1), arguments));
        }
        return markers;
    }

    static Map<String, Note> readelfNotes() throws Exception {
        Process readelf = new ProcessBuilder(RequiredTool.onPath("readelf").toString(), "-n",
                ProjectPaths.library().toString()).redirectErrorStream(true).start();
        String output = new String(readelf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, readelf.waitFor(), output);
        Map<String, Note> notes = new LinkedHashMap<>();
        Matcher note = Pattern.compile("Provider: (\\S+)\\s+Name: (\\S+)\\s+Location: \\S+, Base: \\S+, Semaphore: (0x[0-9a-f]+)\\s+Arguments: ([^\\n]*)")
                .matcher(output);
        while (note.find()) {
            List<String> arguments = note.group(4).isBlank() ? List.of() : List.of(note.group(4).trim().split("\\s+"));
            notes.put(note.group(2), new Note(note.group(1), note.group(2), Long.decode(note.group(3)), arguments));
        }
        return notes;
    }

    /** Bytes and signedness as SDT writes them: {@code -4} for int, {@code 8} for a pointer. */
    private static String expectedSize(String declaration) {
        if (declaration.contains("*")) {
            return "8";
        }
        if (declaration.startsWith("long")) {
            return "-8";
        }
        if (declaration.startsWith("int")) {
            return "-4";
        }
        throw new AssertionError("herthon.d uses a type this test does not know: " + declaration);
    }

    /** {@code -4@%edx} is a signed 4-byte argument in edx. */
    private static String sizeOf(String noteArgument) {
        return noteArgument.substring(0, noteArgument.indexOf('@'));
    }
}
