package org.herthon.interpreter.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the pure-Python standard library of the machine's CPython 3.11 without starting a Python
 * process: the {@code --stdlib=DIR} option, else {@code HERTHON_STDLIB}, else the folder found
 * last time (remembered in {@code $XDG_CACHE_HOME/herthon/stdlib-path}, or
 * {@code ~/.cache/herthon/stdlib-path}), else a look at the usual places.
 */
public final class StdlibLocator {
    private StdlibLocator() {}

    /** The one line a program that needs the standard library gets when it is missing. */
    public static final String MISSING = "herthon: CPython 3.11's standard library was not found; install libpython3.11-stdlib"
            + " (Debian/Ubuntu) or pass --stdlib=DIR";

    /** Where CPython 3.11 puts its library on the systems people use. */
    static final List<String> WELL_KNOWN = List.of(
            "/usr/lib/python3.11",
            "/usr/local/lib/python3.11",
            "/usr/lib64/python3.11",
            "/opt/homebrew/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
            "/usr/local/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
            "/Library/Frameworks/Python.framework/Versions/3.11/lib/python3.11");

    /** Whether dir holds CPython 3.11's library (its os.py and the 3.11-only tomllib package). */
    public static boolean isStdlib(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve("os.py")) && Files.isDirectory(dir.resolve("tomllib"));
    }

    /**
     * The library's folder, or null. {@code option} is the {@code --stdlib} value (it alone is
     * tried when given); {@code env} the process environment.
     */
    public static Path locate(String option, Map<String, String> env) {
        if (option != null) {
            Path p = Path.of(option).toAbsolutePath().normalize();
            return isStdlib(p) ? p : null;
        }
        String fromEnv = env.get("HERTHON_STDLIB");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            Path p = Path.of(fromEnv).toAbsolutePath().normalize();
            return isStdlib(p) ? p : null;
        }
        Path memo = memoFile(env);
        if (memo != null) {
            try {
                String s = Files.readString(memo, StandardCharsets.UTF_8).strip();
                if (!s.isEmpty()) {
                    Path p = Path.of(s);
                    if (isStdlib(p)) return p;
                }
            } catch (IOException | RuntimeException e) {
                // no memo, or a bad one: look again
            }
        }
        Path found = search(env);
        if (found != null && memo != null) remember(memo, found);
        return found;
    }

    private static Path search(Map<String, String> env) {
        for (String c : candidates(env)) {
            Path p = Path.of(c);
            if (isStdlib(p)) return p;
        }
        return null;
    }

    static List<String> candidates(Map<String, String> env) {
        List<String> out = new ArrayList<>(WELL_KNOWN);
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) {
            // pyenv's builds, newest last in directory order: any 3.11.x will do
            Path versions = Path.of(home, ".pyenv", "versions");
            if (Files.isDirectory(versions)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(versions, "3.11*")) {
                    for (Path v : ds) out.add(v.resolve("lib").resolve("python3.11").toString());
                } catch (IOException | RuntimeException e) {
                    // unreadable: skip
                }
            }
        }
        return out;
    }

    /** Herthon's cache folder: $XDG_CACHE_HOME/herthon or ~/.cache/herthon (null if neither is known). */
    public static Path cacheHome(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "herthon");
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        if (home == null || home.isEmpty()) return null;
        return Path.of(home, ".cache", "herthon");
    }

    private static Path memoFile(Map<String, String> env) {
        Path dir = cacheHome(env);
        return dir == null ? null : dir.resolve("stdlib-path");
    }

    /** Writes the memo whole or not at all (a temporary file renamed over it); an unwritable folder is skipped. */
    private static void remember(Path memo, Path found) {
        try {
            Files.createDirectories(memo.getParent());
            Path tmp = Files.createTempFile(memo.getParent(), "stdlib-path", ".tmp");
            try {
                Files.writeString(tmp, found + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, memo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, memo, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only home: look again next time
        }
    }
}
