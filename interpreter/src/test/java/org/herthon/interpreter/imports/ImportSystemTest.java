package org.herthon.interpreter.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.cli.Main;
import org.herthon.interpreter.runtime.Ops;
import org.herthon.interpreter.runtime.PyStr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sys.path as CPython builds it, the standard library's lookup, and the one line when it is missing. */
class ImportSystemTest {
    @TempDir Path dir;

    /** A folder that looks like CPython 3.11's library (os.py and the tomllib package). */
    private Path fakeStdlib(String where) throws IOException {
        Path lib = dir.resolve(where).resolve("lib").resolve("python3.11");
        Files.createDirectories(lib.resolve("tomllib"));
        Files.createDirectories(lib.resolve("lib-dynload"));
        Files.writeString(lib.resolve("os.py"), "NAME = 'fake os'\n");
        return lib;
    }

    private static List<String> path(Interpreter in) {
        return java.util.Arrays.stream(Ops.toArray(in.path)).map(p -> ((PyStr) p).value).toList();
    }

    @Test
    void sysPathOrderIsCPythons() throws IOException {
        Path lib = fakeStdlib("usr");
        Interpreter in = new Interpreter(System.out, System.err, dir);
        in.path.append(PyStr.of(""));
        new PathImportSystem(in, Map.of("PYTHONPATH", "rel::/abs/x", "HERTHON_STDLIB", lib.toString())).initPath();
        String prefix = dir.resolve("usr").toString();
        assertEquals(List.of("", dir.resolve("rel").toString(), dir.toString(), "/abs/x", prefix + "/lib/python311.zip", lib.toString(),
                lib + "/lib-dynload"), path(in));
        assertEquals(prefix, ((PyStr) in.sysModule.dict.getStr("prefix")).value);
    }

    @Test
    void optionBeatsEnvironmentBeatsMemo() throws IOException {
        Path a = fakeStdlib("a"), b = fakeStdlib("b"), c = fakeStdlib("c");
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("herthon"));
        Files.writeString(cache.resolve("herthon/stdlib-path"), c + "\n");
        Map<String, String> env = Map.of("HERTHON_STDLIB", b.toString(), "XDG_CACHE_HOME", cache.toString());
        assertEquals(a, StdlibLocator.locate(a.toString(), env));
        assertEquals(b, StdlibLocator.locate(null, env));
        assertEquals(c, StdlibLocator.locate(null, Map.of("XDG_CACHE_HOME", cache.toString())));
        assertNull(StdlibLocator.locate(dir.resolve("nothing").toString(), env), "an option that names no library");
        assertNull(StdlibLocator.locate(null, Map.of("HERTHON_STDLIB", dir.toString())), "a folder without os.py");
    }

    @Test
    void aMemoThatGoesStaleIsReplaced() throws IOException {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("herthon"));
        Files.writeString(cache.resolve("herthon/stdlib-path"), dir.resolve("gone") + "\n");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", dir.toString());
        Path found = StdlibLocator.locate(null, env);
        if (found != null) {
            // the usual places had one: it is remembered in place of the stale memo
            assertEquals(found.toString(), Files.readString(cache.resolve("herthon/stdlib-path")).strip());
            assertTrue(StdlibLocator.isStdlib(found));
        } else {
            assertFalse(StdlibLocator.WELL_KNOWN.stream().anyMatch(p -> StdlibLocator.isStdlib(Path.of(p))));
        }
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[]{Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aMissingStdlibIsOneLineAtTheFirstImportThatNeedsIt() {
        String missing = dir.resolve("nowhere").toString();
        String[] r = run("--stdlib=" + missing, "-c", "import sys\ntry:\n import nosuch_mod\nexcept ImportError: print('a')\n"
                + "for m in ('json', 'collections'):\n try:\n  __import__(m)\n except ImportError as e: print(type(e).__name__, e.name)");
        assertEquals("0", r[0], r[2]);
        assertEquals("a\nModuleNotFoundError json\nModuleNotFoundError collections\n", r[1]);
        assertEquals(StdlibLocator.MISSING + "\n", r[2]);
    }

    @Test
    void theStdlibOptionPutsTheLibraryOnSysPath() throws IOException {
        Path lib = fakeStdlib("opt");
        String[] r = run("--stdlib=" + lib, "-c", "import sys, os; print(sys.path[2] == " + Ops.repr(PyStr.of(lib.toString())) + ", os.NAME)");
        assertEquals("0", r[0], r[2]);
        assertEquals("True fake os\n", r[1]);
        String[] bad = run("--stdlib", "-c", "pass");
        assertEquals("2", bad[0]);
        assertEquals("herthon: --stdlib needs a value: --stdlib=DIR\n", bad[2]);
    }

    /**
     * The parse cache keeps whether a module has private names to mangle, and most have none, so
     * a cached tree skips the mangler. Both kinds must behave as parsed from source: the first
     * run parses (and writes the cache), the second reads the cache.
     */
    @Test
    void privateNamesAreMangledAlsoFromTheParseCache() throws IOException {
        Path mods = Files.createDirectories(dir.resolve("mods"));
        Files.writeString(mods.resolve("with_private.py"), "class Box:\n    def __init__(self):\n        self.__v = 41\n"
                + "    def __bump(self):\n        return self.__v + 1\n    def get(self):\n        return self.__bump()\n"
                + "NAMES = sorted(n for n in vars(Box) if 'bump' in n)\n");
        Files.writeString(mods.resolve("without_private.py"), "class Plain:\n    def get(self):\n        return self._v\n"
                + "    _v = 7\n");
        String code = "import sys; sys.path.insert(0, " + Ops.repr(PyStr.of(mods.toString())) + ")\n"
                + "import with_private, without_private\n"
                + "b = with_private.Box(); print(b.get(), with_private.NAMES, sorted(vars(b)), without_private.Plain().get())";
        for (String run : new String[] {"parsed", "from the cache"}) {
            String[] r = run("-c", code);
            assertEquals("0", r[0], run + ": " + r[2]);
            assertEquals("42 ['_Box__bump'] ['_Box__v'] 7\n", r[1], run);
        }
    }
}
