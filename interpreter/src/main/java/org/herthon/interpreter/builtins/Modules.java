package org.herthon.interpreter.builtins;

import java.math.BigInteger;
import java.util.Arrays;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModules;
import org.herthon.interpreter.runtime.*;

/** The built-in modules: sys, gc, time, signal (the Java twins of other C modules are in JavaModules). */
public final class Modules {
    private final Interpreter in;
    public final PyModule sys;
    private PyModule gc, time;
    private final JavaModules javaModules;
    private final java.util.Map<Class<?>, Object> shared = new java.util.HashMap<>();

    public Modules(Interpreter in) {
        this.in = in;
        this.javaModules = new JavaModules(in);
        this.sys = makeSys();
    }

    /** This interpreter's state that several Java twins share (_socket's descriptors, which select reads), made at first use. */
    public <T> T shared(Class<T> key, java.util.function.Supplier<T> make) {
        Object o = shared.get(key);
        if (o == null) {
            o = make.get();
            shared.put(key, o);
        }
        return key.cast(o);
    }

    /** A built-in module by name, or null. */
    public PyModule load(String name) {
        switch (name) {
            case "sys": return sys;
            case "gc": if (gc == null) gc = makeGc(); in.gc.startTracking(); return gc;
            case "time": if (time == null) time = makeTime(); return time;
            case "builtins": return in.builtinsModule;
            case "signal": return in.signals.module().module();
            default: return javaModules.load(name);
        }
    }

    /** sys.builtin_module_names: the modules made here and every Java twin, sorted as CPython sorts them. */
    /**
     * sys.implementation._multiarch: the Debian/GNU multiarch triplet CPython is built with on this
     * platform (it names sysconfig's {@code _sysconfigdata_<abiflags>_<multiarch>} module).
     */
    static String multiarch() {
        String arch = System.getProperty("os.arch", "");
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.startsWith("linux")) return os.startsWith("mac") ? "darwin" : "";
        switch (arch) {
            case "amd64": case "x86_64": return "x86_64-linux-gnu";
            case "aarch64": return "aarch64-linux-gnu";
            case "x86": case "i386": return "i386-linux-gnu";
            case "ppc64le": return "powerpc64le-linux-gnu";
            case "s390x": return "s390x-linux-gnu";
            case "riscv64": return "riscv64-linux-gnu";
            default: return arch + "-linux-gnu";
        }
    }

    private static PyTuple builtinModuleNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.List.of("builtins", "gc", "sys", "time"));
        names.addAll(JavaModules.names());
        return PyTuple.of(names.stream().map(PyStr::of).toArray(PyObject[]::new));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of(m.name());
        m.dict.putStr(f.name, f);
    }

    private static PyType versionInfoType;

    private static synchronized PyType versionInfoType() {
        if (versionInfoType == null) {
            PyType t = new PyType("version_info", true, new PyType[]{PyType.TUPLE});
            t.dict.putStr("__module__", PyStr.of("sys"));
            String[] names = {"major", "minor", "micro", "releaselevel", "serial"};
            for (int i = 0; i < names.length; i++) {
                final int idx = i;
                t.dict.putStr(names[i], new PyProperty(PyBuiltinFunction.of1(names[i], self -> ((PyTuple) self).items[idx]), null, null, null));
            }
            t.dict.putStr("__repr__", PyBuiltinFunction.method1("version_info", "__repr__", self -> {
                PyObject[] it = ((PyTuple) self).items;
                return PyStr.of("sys.version_info(major=" + Ops.repr(it[0]) + ", minor=" + Ops.repr(it[1]) + ", micro=" + Ops.repr(it[2])
                        + ", releaselevel=" + Ops.repr(it[3]) + ", serial=" + Ops.repr(it[4]) + ")");
            }));
            versionInfoType = t;
        }
        return versionInfoType;
    }

    private PyModule makeSys() {
        PyModule m = new PyModule("sys");
        PyDict d = m.dict;
        d.putStr("argv", in.argv);
        d.putStr("path", in.path);
        d.putStr("modules", in.modules);
        d.putStr("stdout", in.stdout);
        d.putStr("stderr", in.stderr);
        d.putStr("stdin", in.stdin);
        d.putStr("__stdout__", in.stdout);
        d.putStr("__stderr__", in.stderr);
        d.putStr("__stdin__", in.stdin);
        d.putStr("meta_path", new PyList());
        d.putStr("path_hooks", new PyList());
        d.putStr("path_importer_cache", new PyDict());
        d.putStr("version", PyStr.of(Interpreter.VERSION + " (Herthon on the JVM, Java " + System.getProperty("java.version") + ")"));
        d.putStr("version_info", new PyTuple.Sub(versionInfoType(), new PyObject[]{PyInt.of(3), PyInt.of(11), PyInt.of(0), PyStr.of("final"), PyInt.ZERO}));
        d.putStr("hexversion", PyInt.of(0x030b00f0));
        d.putStr("platform", PyStr.of(System.getProperty("os.name", "linux").toLowerCase().startsWith("mac") ? "darwin" : "linux"));
        d.putStr("maxsize", PyInt.of(Long.MAX_VALUE));
        d.putStr("maxunicode", PyInt.of(0x10ffff));
        d.putStr("byteorder", PyStr.of("little"));
        d.putStr("executable", PyStr.of(System.getProperty("herthon.executable", "herthon")));
        d.putStr("prefix", PyStr.of("/usr"));
        d.putStr("float_repr_style", PyStr.of("short"));
        d.putStr("dont_write_bytecode", PyBool.TRUE);
        d.putStr("builtin_module_names", builtinModuleNames());
        d.putStr("copyright", PyStr.of("Herthon on the JVM"));
        SysExtras.add(in, m);
        d.putStr("implementation", SimpleNamespace.of(new String[]{"name", "cache_tag", "version", "_multiarch"},
                new PyObject[]{PyStr.of("herthon"), PyNone.INSTANCE, d.getStr("version_info"), PyStr.of(multiarch())}));
        put(m, PyBuiltinFunction.of("exit", (a, k) -> {
            Args.noKw("exit", k);
            if (a.length > 1) throw Err.typeError("exit expected at most 1 argument, got " + a.length);
            throw Err.make(PyExc.SystemExit, a);
        }));
        put(m, PyBuiltinFunction.of("audit", (a, k) -> {
            if (a.length == 0) throw Err.typeError("audit() missing 1 required positional argument: 'event'");
            Args.noKw("audit", k);
            if (!(a[0] instanceof PyStr)) throw Err.typeError("expected str for argument 'event', not " + a[0].type().name);
            in.audit(((PyStr) a[0]).value, Arrays.copyOfRange(a, 1, a.length));
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of("addaudithook", (a, k) -> {
            PyObject[] p = Args.bind("addaudithook", a, k, new String[]{"hook"}, 1, 1);
            try {
                in.audit("sys.addaudithook");
            } catch (PyException e) {
                if (e.matches(PyExc.RuntimeError)) return PyNone.INSTANCE;
                throw e;
            }
            in.auditHooks.add(p[0]);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("getrecursionlimit", () -> PyInt.of(in.recursionLimit)));
        put(m, PyBuiltinFunction.of1("setrecursionlimit", n -> {
            if (!Arith.isInt(n)) throw Err.typeError("'" + n.type().name + "' object cannot be interpreted as an integer");
            long v = Ops.index(n);
            if (v < 1) throw Err.valueError("recursion limit must be greater or equal than 1");
            if (v <= in.depth) {
                throw Err.make(PyExc.RecursionError, "cannot set the recursion limit to " + v + " at the recursion depth " + in.depth + ": the limit is too low");
            }
            in.recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("exc_info", () -> {
            PyBaseException e = in.handledExc;
            if (e == null) return new PyTuple(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            return new PyTuple(e.type(), e, e.traceback == null ? PyNone.INSTANCE : e.traceback);
        }));
        put(m, PyBuiltinFunction.of0("exception", () -> in.handledExc == null ? PyNone.INSTANCE : in.handledExc));
        put(m, PyBuiltinFunction.of("_getframe", (a, k) -> {
            long depth = a.length > 0 ? Ops.index(a[0]) : 0;
            Frame f = in.frame;
            for (long i = 0; i < depth && f != null; i++) f = f.back;
            if (f == null) throw Err.valueError("call stack is not deep enough");
            return f;
        }));
        put(m, PyBuiltinFunction.of1("intern", s -> PyStr.of(Args.str(s, "intern() argument").intern())));
        put(m, PyBuiltinFunction.of("getsizeof", (a, k) -> PyInt.of(64)));
        put(m, PyBuiltinFunction.of1("getrefcount", o -> PyInt.of(2)));
        put(m, PyBuiltinFunction.of0("getdefaultencoding", () -> PyStr.of("utf-8")));
        put(m, PyBuiltinFunction.of0("getfilesystemencoding", () -> PyStr.of("utf-8")));
        put(m, PyBuiltinFunction.of1("settrace", func -> {
            SysTrace.setTrace(in, func);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("gettrace", () -> SysTrace.getTrace(in)));
        put(m, PyBuiltinFunction.of1("setprofile", func -> {
            SysTrace.setProfile(in, func);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("getprofile", () -> SysTrace.getProfile(in)));
        PyBuiltinFunction hook = PyBuiltinFunction.of("excepthook", (a, k) -> {
            if (a.length != 3) throw Err.typeError("excepthook expected 3 arguments, got " + a.length);
            if (a[1] instanceof PyBaseException) org.herthon.interpreter.TracebackPrinter.print(in, (PyBaseException) a[1]);
            return PyNone.INSTANCE;
        });
        put(m, hook);
        d.putStr("__excepthook__", hook);
        PyBuiltinFunction display = PyBuiltinFunction.of1("displayhook", o -> displayHook(in, o));
        put(m, display);
        d.putStr("__displayhook__", display);
        String[] fiNames = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"};
        new AsyncGenHooks().install(d);
        org.herthon.interpreter.modules.os.StructSeq fi = new org.herthon.interpreter.modules.os.StructSeq("sys", "float_info", fiNames, fiNames.length);
        d.putStr("float_info", fi.make(new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308), new PyFloat(Double.MIN_NORMAL),
                PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        return m;
    }

    /** CPython's sys.displayhook: repr(o) and a newline to sys.stdout, and builtins._ = o (None prints nothing). */
    static PyObject displayHook(Interpreter in, PyObject o) {
        if (o == PyNone.INSTANCE) return PyNone.INSTANCE;
        PyDict builtins = in.builtinsModule.dict;
        builtins.putStr("_", PyNone.INSTANCE);
        PyObject out = in.sysModule.dict.getStr("stdout");
        if (out == null || out == PyNone.INSTANCE) throw Err.make(PyExc.RuntimeError, "lost sys.stdout");
        PyObject text = PyStr.of(Ops.repr(o));
        PyObject write = Ops.getAttr(out, "write");
        try {
            write.call1(text);
        } catch (PyException e) {
            if (!e.matches(PyExc.UnicodeEncodeError)) throw e;
            // the stream's encoding cannot take the repr: write it with backslash escapes
            PyObject enc = Ops.getAttr(out, "encoding");
            PyObject bytes = Ops.getAttr(text, "encode").call2(enc, PyStr.of("backslashreplace"));
            PyObject buffer = Ops.getAttrOrNull(out, "buffer");
            if (buffer != null) Ops.getAttr(buffer, "write").call1(bytes);
            else write.call1(Ops.getAttr(bytes, "decode").call2(enc, PyStr.of("strict")));
        }
        write.call1(PyStr.of("\n"));
        builtins.putStr("_", o);
        return PyNone.INSTANCE;
    }

    private PyModule makeGc() {
        PyModule m = new PyModule("gc");
        put(m, PyBuiltinFunction.of("collect", (a, k) -> {
            PyObject[] p = Args.bind("collect", a, k, new String[]{"generation"}, 0, 1);
            long g = p[0] == null ? 2 : Ops.index(p[0]);
            if (g < 0 || g > 2) throw Err.valueError("invalid generation");
            return PyInt.of(in.gc.collect((int) g));
        }));
        put(m, PyBuiltinFunction.of0("enable", () -> { in.gc.enabled = true; return PyNone.INSTANCE; }));
        put(m, PyBuiltinFunction.of0("disable", () -> { in.gc.enabled = false; return PyNone.INSTANCE; }));
        put(m, PyBuiltinFunction.of0("isenabled", () -> PyBool.of(in.gc.enabled)));
        put(m, PyBuiltinFunction.of0("get_threshold", () -> new PyTuple(PyInt.of(in.gc.threshold[0]), PyInt.of(in.gc.threshold[1]), PyInt.of(in.gc.threshold[2]))));
        put(m, PyBuiltinFunction.of("set_threshold", (a, k) -> {
            Args.noKw("set_threshold", k);
            if (a.length < 1 || a.length > 3) throw Err.typeError("set_threshold() takes at least 1 argument (" + a.length + " given)");
            for (int i = 0; i < a.length; i++) in.gc.threshold[i] = Ops.index(a[i]);
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of0("get_count", () -> { long[] c = in.gc.count(); return new PyTuple(PyInt.of(c[0]), PyInt.of(c[1]), PyInt.of(c[2])); }));
        put(m, PyBuiltinFunction.of1("is_tracked", o -> PyBool.of(o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyInstance
                || o instanceof PyFunction || (o instanceof PyTuple && ((PyTuple) o).items.length > 0) || o instanceof PyType)));
        put(m, PyBuiltinFunction.of0("freeze", () -> PyNone.INSTANCE));
        put(m, PyBuiltinFunction.of0("unfreeze", () -> PyNone.INSTANCE));
        put(m, PyBuiltinFunction.of0("get_freeze_count", () -> PyInt.ZERO));
        put(m, PyBuiltinFunction.of("get_objects", (a, k) -> new PyList()));
        m.dict.putStr("garbage", new PyList());
        m.dict.putStr("callbacks", new PyList());
        m.dict.putStr("DEBUG_STATS", PyInt.of(1));
        m.dict.putStr("DEBUG_COLLECTABLE", PyInt.of(2));
        m.dict.putStr("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.dict.putStr("DEBUG_SAVEALL", PyInt.of(32));
        m.dict.putStr("DEBUG_LEAK", PyInt.of(38));
        put(m, PyBuiltinFunction.of("set_debug", (a, k) -> PyNone.INSTANCE));
        put(m, PyBuiltinFunction.of0("get_debug", () -> PyInt.ZERO));
        return m;
    }

    private static final long START_NANOS = System.nanoTime();

    private PyModule makeTime() {
        PyModule m = new PyModule("time");
        put(m, PyBuiltinFunction.of0("time", () -> new PyFloat(System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1000000) / 1e9 * 0)));
        put(m, PyBuiltinFunction.of0("time_ns", () -> {
            java.time.Instant i = java.time.Instant.now();
            return PyInt.of(BigInteger.valueOf(i.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(i.getNano())));
        }));
        put(m, PyBuiltinFunction.of0("perf_counter", () -> new PyFloat(System.nanoTime() / 1e9)));
        put(m, PyBuiltinFunction.of0("perf_counter_ns", () -> PyInt.of(System.nanoTime())));
        put(m, PyBuiltinFunction.of0("monotonic", () -> new PyFloat(System.nanoTime() / 1e9)));
        put(m, PyBuiltinFunction.of0("monotonic_ns", () -> PyInt.of(System.nanoTime())));
        put(m, PyBuiltinFunction.of0("process_time", () -> new PyFloat(cpuNanos() / 1e9)));
        put(m, PyBuiltinFunction.of0("process_time_ns", () -> PyInt.of(cpuNanos())));
        put(m, PyBuiltinFunction.of0("thread_time", () -> new PyFloat(cpuNanos() / 1e9)));
        put(m, PyBuiltinFunction.of1("sleep", s -> {
            double secs = Arith.toDouble(s);
            if (secs < 0) throw Err.valueError("sleep length must be non-negative");
            Frame f = in.frame;
            org.herthon.interpreter.modules.thread.Gil.blocking(in, () -> {
                in.signals.sleep(secs, f);
                return null;
            });
            return PyNone.INSTANCE;
        }));
        put(m, PyBuiltinFunction.of("gmtime", (a, k) -> structTime(a.length > 0 && a[0] != PyNone.INSTANCE ? (long) Math.floor(Arith.toDouble(a[0])) : System.currentTimeMillis() / 1000, java.time.ZoneOffset.UTC)));
        put(m, PyBuiltinFunction.of("localtime", (a, k) -> structTime(a.length > 0 && a[0] != PyNone.INSTANCE ? (long) Math.floor(Arith.toDouble(a[0])) : System.currentTimeMillis() / 1000, java.time.ZoneId.systemDefault())));
        put(m, PyBuiltinFunction.of("strftime", (a, k) -> {
            String fmt = Ops.str(a[0]);
            PyObject[] t = a.length > 1 ? Ops.toArray(a[1]) : Ops.toArray(structTime(System.currentTimeMillis() / 1000, java.time.ZoneId.systemDefault()));
            return PyStr.of(strftime(fmt, t));
        }));
        m.dict.putStr("timezone", PyInt.of(0));
        TimeExtras.add(in, m);
        return m;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        try {
            return b.getCurrentThreadCpuTime();
        } catch (UnsupportedOperationException e) {
            return System.nanoTime() - START_NANOS;
        }
    }

    private static PyObject structTime(long secs, java.time.ZoneId zone) {
        java.time.ZonedDateTime z = java.time.Instant.ofEpochSecond(secs).atZone(zone);
        return new PyTuple(PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()), PyInt.of(z.getDayOfMonth()), PyInt.of(z.getHour()),
                PyInt.of(z.getMinute()), PyInt.of(z.getSecond()), PyInt.of(z.getDayOfWeek().getValue() - 1), PyInt.of(z.getDayOfYear()), PyInt.ZERO);
    }

    private static String strftime(String fmt, PyObject[] t) {
        StringBuilder sb = new StringBuilder();
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) { sb.append(c); continue; }
            char d = fmt.charAt(++i);
            long y = Ops.index(t[0]), mo = Ops.index(t[1]), da = Ops.index(t[2]), h = Ops.index(t[3]), mi = Ops.index(t[4]), s = Ops.index(t[5]), wd = Ops.index(t[6]), yd = Ops.index(t[7]);
            switch (d) {
                case 'Y': sb.append(y); break;
                case 'm': sb.append(String.format("%02d", mo)); break;
                case 'd': sb.append(String.format("%02d", da)); break;
                case 'H': sb.append(String.format("%02d", h)); break;
                case 'M': sb.append(String.format("%02d", mi)); break;
                case 'S': sb.append(String.format("%02d", s)); break;
                case 'y': sb.append(String.format("%02d", y % 100)); break;
                case 'j': sb.append(String.format("%03d", yd)); break;
                case 'A': sb.append(days[(int) wd]); break;
                case 'a': sb.append(days[(int) wd], 0, 3); break;
                case 'B': sb.append(months[(int) mo - 1]); break;
                case 'b': sb.append(months[(int) mo - 1], 0, 3); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}
