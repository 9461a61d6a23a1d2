package org.herthon.bridge.usdt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finds libherthon for this platform. In order:
 * <ol>
 *   <li>{@code -Dherthon.library=PATH}, when given;</li>
 *   <li>{@code native/target/libherthon.so} of the source tree the bridge classes were loaded from;</li>
 *   <li>the copy inside the herthon-native jar, extracted to
 *       {@code $XDG_CACHE_HOME/herthon/native/<sha-256 prefix>/} (or {@code ~/.cache/...}): the same
 *       build always lands on the same path, so a tracer can attach by path before the JVM starts;
 *       the SystemTap tapset for that path is written next to it ({@link Tapset}).</li>
 * </ol>
 */
final class LibraryLocator {
    static final String PATH_PROPERTY = "herthon.library";

    private LibraryLocator() {
    }

    private static final boolean MAC = System.getProperty("os.name").startsWith("Mac");

    /** The library's file name on this platform. */
    static String fileName() {
        return MAC ? "libherthon.dylib" : "libherthon.so";
    }

    /** The jar folder of this platform's library, named as native/build.sh names it (e.g. linux-x86-64). */
    static String platformFolder() {
        String os = MAC ? "darwin" : System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86-64";
            case "aarch64", "arm64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        return os + "-" + arch;
    }

    static Path locate() throws IOException {
        String explicit = System.getProperty(PATH_PROPERTY);
        if (explicit != null && !explicit.isEmpty()) {
            Path path = Path.of(explicit).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                throw new IOException("-D" + PATH_PROPERTY + "=" + explicit + ": no such file");
            }
            return path;
        }
        Path inSourceTree = sourceTreeLibrary();
        if (inSourceTree != null) {
            return inSourceTree;
        }
        String notBuilt = sourceTreeNotBuilt();
        if (notBuilt != null) {
            throw new IOException(fileName() + " was not built: " + notBuilt);
        }
        return extractFromJar();
    }

    /**
     * Why native/build.sh did not build the library of this source tree (a missing C compiler or
     * sys/sdt.h: native/target/libherthon.unavailable holds the reason), or null.
     */
    private static String sourceTreeNotBuilt() {
        Path nativeTarget = sourceTreeNativeTarget();
        if (nativeTarget == null) {
            return null;
        }
        try {
            String reason = Files.readString(nativeTarget.resolve("libherthon.unavailable")).strip();
            return reason.isEmpty() ? null : reason.lines().findFirst().orElse(null);
        } catch (IOException | RuntimeException none) {
            return null;
        }
    }

    /** native/target/libherthon.so when the bridge runs from bridge/target of a source tree. */
    private static Path sourceTreeLibrary() {
        Path nativeTarget = sourceTreeNativeTarget();
        if (nativeTarget == null) {
            return null;
        }
        Path candidate = nativeTarget.resolve(fileName());
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    /** native/target of the source tree the bridge runs from (bridge/target), or null. */
    private static Path sourceTreeNativeTarget() {
        try {
            var source = LibraryLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            // .../bridge/target/classes or .../bridge/target/herthon-bridge-*.jar
            for (Path dir = location; dir != null; dir = dir.getParent()) {
                if (dir.getFileName() != null && dir.getFileName().toString().equals("target")
                        && dir.getParent() != null && dir.getParent().getParent() != null) {
                    return dir.getParent().getParent().resolve("native/target");
                }
            }
            return null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException notAFile) {
            return null;
        }
    }

    private static Path extractFromJar() throws IOException {
        String resource = "/herthon-native/" + platformFolder() + "/" + fileName();
        byte[] library;
        try (InputStream in = LibraryLocator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + fileName() + " built for " + platformFolder()
                        + " (looked for " + resource + " on the class path)");
            }
            library = in.readAllBytes();
        }
        Path target = cacheDirectory().resolve(contentHash(library)).resolve(fileName());
        if (Files.isRegularFile(target) && Files.size(target) == library.length) {
            writeTapset(target);
            return target;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "libherthon", ".tmp");
        try {
            Files.write(temporary, library);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        writeTapset(target);
        return target;
    }

    /** The SystemTap tapset for the extracted copy, next to it; without one the markers still work. */
    private static void writeTapset(Path library) {
        try {
            Tapset.writeNextTo(library);
        } catch (IOException | RuntimeException unwritable) {
            // herthon --probes then says there is no tapset and how to write one.
        }
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("herthon").resolve("native");
    }

    private static String contentHash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }
}
