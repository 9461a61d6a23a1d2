package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.DriverProcess;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside a source tree the bridge extracts libherthon from the native jar to a path named after
 * its content, so every run of one build uses the same file and a tracer can attach to it by path
 * before the process starts.
 */
class LibraryCacheTest {
    private static final String ENTRIES = """
            BEGIN { printf("READY\\n"); }
            usdt:$LIB:herthon:function__entry { @entries = count(); }
            """;

    @TempDir
    Path temp;

    @Test
    void extractsToAContentAddressedPathThatATracerCanAttachToBeforeStart() throws Exception {
        String classPath = installedClassPath();
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());

        Path first = libraryOfARun(classPath, cache);
        Path cacheRoot = temp.resolve("cache/herthon/native");
        assertEquals(cacheRoot, first.getParent().getParent(), "extracted under $XDG_CACHE_HOME/herthon/native");
        assertEquals(sha256Prefix(first), first.getParent().getFileName().toString(), "directory named after the content");
        assertEquals(first, libraryOfARun(classPath, cache), "the same build, the same path");
        assertEquals(installedTapset(first), Files.readString(first.resolveSibling("tapset/herthon.stp")),
                "the SystemTap tapset for the extracted copy is written next to it, as native/tapset/install.sh writes it");

        try (Bpftrace bpftrace = Bpftrace.start(ENTRIES, first);
             DriverProcess driver = new DriverProcess(classPath, List.of(), cache)) {
            assertEquals("library=" + first + " reason=null", driver.send("status"));
            assertEquals("fired 1000", driver.send("stress 1 1000"));
            driver.exit();
            assertTrue(bpftrace.stop().contains("@entries: 1000\n"), "bpftrace saw every entry");
        }
    }

    /** The bridge as a jar outside any source tree, the driver, and the bridge's dependencies. */
    private String installedClassPath() throws IOException {
        Path bridgeJar = temp.resolve("lib/herthon-bridge.jar");
        Files.createDirectories(bridgeJar.getParent());
        Path classes = Path.of("target/classes").toAbsolutePath();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(bridgeJar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) jar);
                jar.closeEntry();
            }
        }
        return bridgeJar + File.pathSeparator + ProjectPaths.testClasses() + File.pathSeparator
                + ProjectPaths.dependencyClassPath();
    }

    private static Path libraryOfARun(String classPath, Map<String, String> environment) throws Exception {
        try (DriverProcess driver = new DriverProcess(classPath, List.of(), environment)) {
            String status = driver.send("status");
            driver.exit();
            assertTrue(status.startsWith("library=") && status.endsWith(" reason=null"), status);
            return Path.of(status.substring("library=".length(), status.length() - " reason=null".length()));
        }
    }

    /** What native/tapset/install.sh writes for {@code library}. */
    private String installedTapset(Path library) throws Exception {
        Path dest = temp.resolve("installed-tapset");
        Process install = new ProcessBuilder("bash", ProjectPaths.root().resolve("native/tapset/install.sh").toString(),
                library.toString(), dest.toString()).redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, install.waitFor(), output);
        return Files.readString(dest.resolve("herthon.stp"));
    }

    private static String sha256Prefix(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
