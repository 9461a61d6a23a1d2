package org.herthon.interpreter.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.sre.SreModule;
import org.herthon.interpreter.runtime.PyModule;

/**
 * Every Java twin of a CPython C module, by import name. One list, so {@code sys.builtin_module_names}
 * and {@code docs/compatibility.md} can be checked against it.
 */
public final class JavaModules {
    /** Add a twin here (keep the list sorted by name). */
    private static final List<JavaModule> ALL = List.of(
            new ArrayModule(),
            new AstModule(),
            new AtexitModule(),
            new BinasciiModule(),
            new BisectModule(),
            new HashModules.Blake2(),
            new CodecsModule(),
            new CollectionsModule(),
            new ContextvarsModule(),
            new CsvModule(),
            new org.herthon.interpreter.modules.os.ErrnoModule(),
            new org.herthon.interpreter.modules.importlib.FrozenImportlibExternalModule(),
            new org.herthon.interpreter.modules.importlib.FrozenImportlibModule(),
            new HashModules.Hashlib(),
            new HeapqModule(),
            new org.herthon.interpreter.modules.importlib.ImpModule(),
            new ItertoolsModule(),
            new JsonModule(),
            new LocaleModule(),
            new MathModule(),
            new HashModules.Md5(),
            new org.herthon.interpreter.modules.os.PosixModule(),
            new RandomModule(),
            new org.herthon.interpreter.modules.socket.SelectModule(),
            new HashModules.Sha1(),
            new HashModules.Sha256(),
            new HashModules.Sha3(),
            new HashModules.Sha512(),
            new org.herthon.interpreter.modules.socket.SocketModule(),
            new SreModule(),
            new StringModule(),
            new StructModule(),
            new org.herthon.interpreter.modules.thread.ThreadModule(),
            new UnicodedataModule(),
            new WeakrefModule(),
            new ZlibModule()
    );

    private static final Map<String, JavaModule> BY_NAME = new LinkedHashMap<>();
    static {
        for (JavaModule m : ALL) {
            if (BY_NAME.put(m.name(), m) != null) throw new IllegalStateException("two Java modules named " + m.name());
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
        JavaModule twin = BY_NAME.get(name);
        if (twin == null) return null;
        m = twin.create(in);
        made.put(name, m);
        return m;
    }
}
