package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herthon.interpreter.modules.JavaModules;
import org.junit.jupiter.api.Test;

/** docs/compatibility.md's table of Java twins lists exactly the twins of the JavaModules registry. */
class CompatibilityDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z0-9_.]+)` \\| (complete|partial|missing) \\|", Pattern.MULTILINE);

    @Test
    void twinsTableMatchesTheRegistry() throws IOException {
        Path doc = Path.of("../docs/compatibility.md");
        if (!Files.exists(doc)) doc = Path.of("docs/compatibility.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf("## Java twins");
        assertTrue(start >= 0, "compatibility.md has a '## Java twins' section");
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Set<String> listed = new TreeSet<>(), missing = new TreeSet<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            if (m.group(2).equals("missing")) missing.add(m.group(1));
            else listed.add(m.group(1));
        }
        Set<String> twins = new TreeSet<>(JavaModules.names());
        assertEquals(twins, listed, "modules marked complete/partial in docs/compatibility.md vs JavaModules.names()");
        for (String n : missing) {
            assertTrue(!twins.contains(n), n + " is a Java twin now: mark it complete or partial in docs/compatibility.md");
        }
    }
}
