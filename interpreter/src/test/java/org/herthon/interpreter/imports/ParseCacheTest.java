package org.herthon.interpreter.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.herthon.interpreter.ast.AstDump;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse cache gives back the tree it was given, and never a stale, corrupt or foreign one. */
class ParseCacheTest {
    @TempDir Path dir;

    private static Module parse(Path file) throws IOException {
        String src = Files.readString(file, StandardCharsets.UTF_8);
        return Parser.parse(new SourceText(file.toString(), SourceText.normalizeNewlines(src)));
    }

    private Path source(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String SAMPLE = "import sys\nfrom . import x as y\n@dec(1, *a, k=2, **kw)\nclass C(B, metaclass=M):\n"
            + "    '''doc'''\n    def f(self, a, /, b=1.5, *c, d: int = 2j, **e) -> None:\n        return [i ** 2 for i in range(10) if i % 3]\n"
            + "x = {1: b'\\x00\\xff', **d}; y = 123456789012345678901234567890; z = ...; w = -0.0\n"
            + "s = f'{x!r:>{w}} {y=}'; del x[1:2, ::3]\nwhile True:\n    try:\n        pass\n    except (A, B) as e:\n        raise C from e\n"
            + "    else:\n        break\n    finally:\n        continue\nlambda *, k=None: k\nt = 'caf\\u00e9 \\U0001F600'\n";

    @Test
    void givesBackTheSameTree() throws IOException {
        Path p = source("m.py", SAMPLE);
        ParseCache cache = new ParseCache(dir.resolve("cache"));
        Module m = parse(p);
        cache.store(p, 1, 2, m, true);
        ParseCache.Entry back = cache.load(p, 1, 2);
        assertNotNull(back);
        assertEquals(AstDump.dumpWithPositions(m), AstDump.dumpWithPositions(back.module()));
    }

    @Test
    void keepsWhetherTheModuleHasNamesToMangle() throws IOException {
        Path p = source("flags.py", SAMPLE);
        ParseCache cache = new ParseCache(dir.resolve("cache"));
        cache.store(p, 3, 4, parse(p), false);
        assertEquals(false, cache.load(p, 3, 4).privateNames());
        cache.store(p, 3, 4, parse(p), true);
        assertEquals(true, cache.load(p, 3, 4).privateNames());
    }

    @Test
    void staleEntriesAreIgnored() throws IOException {
        Path p = source("m.py", "x = 1\n");
        ParseCache cache = new ParseCache(dir.resolve("cache"));
        cache.store(p, 100, 6, parse(p), true);
        assertNull(cache.load(p, 101, 6), "another modification time");
        assertNull(cache.load(p, 100, 7), "another size");
        assertNull(cache.load(dir.resolve("other.py"), 100, 6), "another file");
        assertNotNull(cache.load(p, 100, 6));
    }

    @Test
    void corruptEntriesAreIgnoredAndRewritten() throws IOException {
        Path p = source("m.py", SAMPLE);
        Path cacheDir = dir.resolve("cache");
        ParseCache cache = new ParseCache(cacheDir);
        Module m = parse(p);
        cache.store(p, 5, 5, m, true);
        Path entry;
        try (Stream<Path> s = Files.list(cacheDir)) {
            List<Path> entries = s.toList();
            assertEquals(1, entries.size(), "one entry, no temporary files left: " + entries);
            entry = entries.get(0);
        }
        byte[] good = Files.readAllBytes(entry);
        // a flipped byte in the tree, a truncated file, an empty file, garbage
        byte[] flipped = good.clone();
        flipped[flipped.length - 10] ^= 0x55;
        for (byte[] bad : new byte[][]{flipped, java.util.Arrays.copyOf(good, good.length / 2), new byte[0], "garbage".getBytes()}) {
            Files.write(entry, bad);
            assertNull(cache.load(p, 5, 5));
        }
        cache.store(p, 5, 5, m, true);
        assertNotNull(cache.load(p, 5, 5), "rewritten");
    }

    @Test
    void anUnwritableFolderIsSkipped() throws IOException {
        Path p = source("m.py", "x = 1\n");
        Path notADir = source("file-not-dir", "");
        ParseCache cache = new ParseCache(notADir.resolve("cache"));
        cache.store(p, 1, 1, parse(p), true);
        assertNull(cache.load(p, 1, 1));
    }

    @Test
    void stdlibModulesRoundTrip() throws IOException {
        Path lib = StdlibLocator.locate(null, System.getenv());
        if (lib == null) lib = Path.of("/usr/lib/python3.11");
        int n = 0;
        ParseCache cache = new ParseCache(dir.resolve("cache"));
        for (String name : new String[]{"os.py", "typing.py", "enum.py", "dataclasses.py", "inspect.py", "_pydecimal.py", "argparse.py"}) {
            Path f = lib.resolve(name);
            if (!Files.isRegularFile(f)) continue;
            Module m;
            try {
                m = parse(f);
            } catch (RuntimeException e) {
                continue; // a construct the parser does not take yet
            }
            cache.store(f, 1, 1, m, true);
            ParseCache.Entry back = cache.load(f, 1, 1);
            assertNotNull(back, name);
            assertEquals(AstDump.dumpWithPositions(m), AstDump.dumpWithPositions(back.module()), name);
            n++;
        }
        assertTrue(n > 0 || !Files.isDirectory(lib), "some stdlib modules parsed");
    }
}
