package org.herthon.interpreter.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.importlib.FrozenImportlibExternalModule;
import org.herthon.interpreter.modules.importlib.FrozenImportlibModule;
import org.herthon.interpreter.modules.importlib.ImpModule;
import org.herthon.interpreter.modules.os.ErrnoModule;
import org.herthon.interpreter.modules.os.PosixModule;
import org.herthon.interpreter.modules.os.PosixsubprocessModule;
import org.herthon.interpreter.modules.socket.SelectModule;
import org.herthon.interpreter.modules.socket.SocketModule;
import org.herthon.interpreter.modules.sre.SreModule;
import org.herthon.interpreter.modules.thread.ThreadModule;
import org.herthon.interpreter.modules.io.IoModule;
import org.herthon.interpreter.modules.marshal.MarshalModule;
import org.herthon.interpreter.runtime.PyModule;

/**
 * Every Java twin of a CPython C module, by import name. One list, so {@code sys.builtin_module_names}
 * and {@code docs/compatibility.md} can be checked against it.
 */
public final class JavaModules {
    /**
     * Add a twin here (keep the list sorted by import name, leading underscores ignored). A twin's
     * class is loaded only when a script imports it: its types and functions cost nothing at
     * start-up ({@code -c pass} must not pay for {@code _sre}).
     */
    private static final List<Twin> ALL = List.of(
            twin("array", ArrayModule.class),
            twin("_ast", AstModule.class),
            twin("atexit", AtexitModule.class),
            twin("binascii", BinasciiModule.class),
            twin("_bisect", BisectModule.class),
            twin("_blake2", HashModules.Blake2.class),
            twin("_codecs", CodecsModule.class),
            twin("_collections", CollectionsModule.class),
            twin("_contextvars", ContextvarsModule.class),
            twin("_csv", CsvModule.class),
            twin("errno", ErrnoModule.class),
            twin("faulthandler", FaulthandlerModule.class),
            twin("_frozen_importlib", FrozenImportlibModule.class),
            twin("_frozen_importlib_external", FrozenImportlibExternalModule.class),
            twin("_functools", FunctoolsModule.class),
            twin("_hashlib", HashModules.Hashlib.class),
            twin("_heapq", HeapqModule.class),
            twin("_imp", ImpModule.class),
            twin("_io", IoModule.class),
            twin("itertools", ItertoolsModule.class),
            twin("_json", JsonModule.class),
            twin("_locale", LocaleModule.class),
            twin("_lsprof", LsprofModule.class),
            twin("marshal", MarshalModule.class),
            twin("math", MathModule.class),
            twin("_md5", HashModules.Md5.class),
            twin("posix", PosixModule.class),
            twin("_posixsubprocess", PosixsubprocessModule.class),
            twin("_random", RandomModule.class),
            twin("select", SelectModule.class),
            twin("_sha1", HashModules.Sha1.class),
            twin("_sha256", HashModules.Sha256.class),
            twin("_sha3", HashModules.Sha3.class),
            twin("_sha512", HashModules.Sha512.class),
            twin("_socket", SocketModule.class),
            twin("_sre", SreModule.class),
            twin("_string", StringModule.class),
            twin("_struct", StructModule.class),
            twin("_thread", ThreadModule.class),
            twin("unicodedata", UnicodedataModule.class),
            twin("_weakref", WeakrefModule.class),
            twin("zlib", ZlibModule.class)
    );

    /**
     * One registry entry: the import name and the twin's class. A class literal only loads the
     * class; a constructor reference ({@code ArrayModule::new}) would link it, which verifies it
     * and loads every class its code names, for all twins at every start.
     */
    private record Twin(String name, Class<? extends JavaModule> type) {}

    private static Twin twin(String name, Class<? extends JavaModule> type) {
        return new Twin(name, type);
    }

    private static final Map<String, Twin> BY_NAME = new LinkedHashMap<>();
    static {
        for (Twin t : ALL) {
            if (BY_NAME.put(t.name(), t) != null) throw new IllegalStateException("two Java modules named " + t.name());
        }
    }

    private final Interpreter in;
    private final Map<String, PyModule> made = new LinkedHashMap<>();

    public JavaModules(Interpreter in) {
        this.in = in;
    }

    /** The names of all twins, in registry order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** This interpreter's module of that name, made at the first call; null if there is no twin. */
    public PyModule load(String name) {
        PyModule m = made.get(name);
        if (m != null) return m;
        Twin entry = BY_NAME.get(name);
        if (entry == null) return null;
        m = create(entry).create(in);
        made.put(name, m);
        return m;
    }

    /** The twin of a registry entry; its own {@link JavaModule#name()} must be the entry's name. */
    static JavaModule create(Twin entry) {
        JavaModule twin;
        try {
            var constructor = entry.type().getDeclaredConstructor();
            constructor.setAccessible(true);
            twin = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the Java module " + entry.name(), e);
        }
        if (!twin.name().equals(entry.name())) {
            throw new IllegalStateException("JavaModules lists " + twin.getClass().getName() + " as " + entry.name() + ", but it is " + twin.name());
        }
        return twin;
    }

    /** Every twin, made (for tests that check each one against the registry). */
    static List<JavaModule> createAll() {
        return ALL.stream().map(JavaModules::create).toList();
    }
}
