package org.herthon.interpreter.builtins;

import java.math.BigInteger;
import java.util.Arrays;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModules;
import org.herthon.interpreter.runtime.*;

/** The built-in modules: sys, gc, time, math, signal. */
public final class Modules {
    private final Interpreter in;
    public final PyModule sys;
    private PyModule gc, time, math;
    private final JavaModules javaModules;

    public Modules(Interpreter in) {
        this.in = in;
        this.javaModules = new JavaModules(in);
        this.sys = makeSys();
    }

    /** A built-in module by name, or null. */
    public PyModule load(String name) {
        switch (name) {
            case "sys": return sys;
            case "gc": if (gc == null) gc = makeGc(); in.gc.startTracking(); return gc;
            case "time": if (time == null) time = makeTime(); return time;
            case "math": if (math == null) math = makeMath(); return math;
            case "builtins": return in.builtinsModule;
            case "signal": return in.signals.module().module();
            default: return javaModules.load(name);
        }
    }

    /** sys.builtin_module_names: the modules made here and every Java twin, sorted as CPython sorts them. */
    private static PyTuple builtinModuleNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.List.of("builtins", "gc", "math", "sys", "time"));
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
        PyModule impl = new PyModule("implementation");
        impl.dict.putStr("name", PyStr.of("herthon"));
        impl.dict.putStr("cache_tag", PyNone.INSTANCE);
        impl.dict.putStr("version", d.getStr("version_info"));
        d.putStr("implementation", impl);
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
        put(m, PyBuiltinFunction.of("settrace", (a, k) -> PyNone.INSTANCE));
        put(m, PyBuiltinFunction.of0("gettrace", () -> PyNone.INSTANCE));
        put(m, PyBuiltinFunction.of("setprofile", (a, k) -> PyNone.INSTANCE));
        PyBuiltinFunction hook = PyBuiltinFunction.of("excepthook", (a, k) -> {
            if (a.length != 3) throw Err.typeError("excepthook expected 3 arguments, got " + a.length);
            if (a[1] instanceof PyBaseException) org.herthon.interpreter.TracebackPrinter.print(in, (PyBaseException) a[1]);
            return PyNone.INSTANCE;
        });
        put(m, hook);
        d.putStr("__excepthook__", hook);
        PyModule fi = new PyModule("float_info");
        fi.dict.putStr("max", new PyFloat(Double.MAX_VALUE));
        fi.dict.putStr("min", new PyFloat(Double.MIN_NORMAL));
        fi.dict.putStr("epsilon", new PyFloat(Math.ulp(1.0)));
        fi.dict.putStr("dig", PyInt.of(15));
        fi.dict.putStr("mant_dig", PyInt.of(53));
        d.putStr("float_info", fi);
        return m;
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
            in.signals.sleep(secs, in.frame);
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

    // ---- math -----------------------------------------------------------------------------
    private static double num(PyObject o) {
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (Arith.isInt(o)) return Arith.toDouble(o);
        PyObject f = o.type().lookup("__float__");
        if (f != null) return Arith.toDouble(Ops.callDunder(f, o));
        f = o.type().lookup("__index__");
        if (f != null) return Arith.toDouble(Ops.indexObj(o));
        throw Err.typeError("must be real number, not " + o.type().name);
    }

    private static PyObject checked(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw Err.valueError("math domain error");
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw Err.overflow("math range error");
        return new PyFloat(r);
    }

    private interface D2D { double f(double x); }

    private static void fn1(PyModule m, String name, D2D f) {
        put(m, PyBuiltinFunction.of1(name, o -> { double x = num(o); return checked(f.f(x), x); }));
    }

    private static PyObject intPart(PyObject o, String dunder, boolean floor) {
        if (Arith.isInt(o)) return o instanceof PyBool ? PyInt.of(((PyInt) o).value) : o;
        if (o instanceof PyFloat) {
            double v = ((PyFloat) o).value;
            return Builtins0.floatToInt(floor ? Math.floor(v) : Math.ceil(v));
        }
        PyObject f = o.type().lookup(dunder);
        if (f != null) return Ops.callDunder(f, o);
        double v = num(o);
        return Builtins0.floatToInt(floor ? Math.floor(v) : Math.ceil(v));
    }

    private PyModule makeMath() {
        PyModule m = new PyModule("math");
        m.dict.putStr("pi", new PyFloat(Math.PI));
        m.dict.putStr("e", new PyFloat(Math.E));
        m.dict.putStr("tau", new PyFloat(2 * Math.PI));
        m.dict.putStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.dict.putStr("nan", new PyFloat(Double.NaN));
        fn1(m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        fn1(m, "exp", Math::exp);
        fn1(m, "expm1", Math::expm1);
        fn1(m, "sin", x -> Double.isInfinite(x) ? Double.NaN : Math.sin(x));
        fn1(m, "cos", x -> Double.isInfinite(x) ? Double.NaN : Math.cos(x));
        fn1(m, "tan", x -> Double.isInfinite(x) ? Double.NaN : Math.tan(x));
        fn1(m, "asin", Math::asin);
        fn1(m, "acos", Math::acos);
        fn1(m, "atan", Math::atan);
        fn1(m, "sinh", LibM::sinh);
        fn1(m, "cosh", LibM::cosh);
        fn1(m, "tanh", LibM::tanh);
        fn1(m, "asinh", LibM::asinh);
        fn1(m, "acosh", LibM::acosh);
        fn1(m, "atanh", LibM::atanh);
        fn1(m, "fabs", Math::abs);
        fn1(m, "cbrt", Modules::cbrt);
        fn1(m, "exp2", x -> Math.pow(2, x));
        fn1(m, "ulp", Math::ulp);
        put(m, PyBuiltinFunction.of("nextafter", (a, k) -> { Args.range("nextafter", a, 2, 2); return new PyFloat(Math.nextAfter(num(a[0]), num(a[1]))); }));
        fn1(m, "log2", LibM::log2);
        fn1(m, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        fn1(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x));
        fn1(m, "degrees", Math::toDegrees);
        fn1(m, "radians", Math::toRadians);
        fn1(m, "erf", Modules::erf);
        fn1(m, "erfc", x -> 1 - erf(x));
        put(m, PyBuiltinFunction.of1("gamma", o -> {
            double x = num(o);
            if (Double.isInfinite(x) && x < 0 || x == Math.floor(x) && x <= 0 && !Double.isInfinite(x)) throw Err.valueError("math domain error");
            double r = LibM.tgamma(x);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw Err.overflow("math range error");
            return new PyFloat(r);
        }));
        put(m, PyBuiltinFunction.of1("lgamma", o -> {
            double x = num(o);
            if (x == Math.floor(x) && x <= 0 && !Double.isInfinite(x)) throw Err.valueError("math domain error");
            double r = LibM.lgamma(x);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw Err.overflow("math range error");
            return new PyFloat(r);
        }));
        put(m, PyBuiltinFunction.of("log", (a, k) -> {
            Args.range("log", a, 1, 2);
            double x;
            if (a[0] instanceof PyBigInt) {
                BigInteger b = ((PyBigInt) a[0]).value;
                if (b.signum() <= 0) throw Err.valueError("math domain error");
                int shift = b.bitLength() - 60;
                x = Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
            } else {
                double v = num(a[0]);
                if (v <= 0) throw Err.valueError("math domain error");
                x = Math.log(v);
            }
            if (a.length == 2) {
                double b = num(a[1]);
                if (b <= 0) throw Err.valueError("math domain error");
                double lb = Math.log(b);
                if (lb == 0) throw Err.zeroDivision("float division by zero");
                return new PyFloat(x / lb);
            }
            return new PyFloat(x);
        }));
        put(m, PyBuiltinFunction.of("pow", (a, k) -> {
            Args.range("pow", a, 2, 2);
            double x = num(a[0]), y = num(a[1]);
            if (x == 0 && y < 0) throw Err.valueError("math domain error");
            if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) throw Err.valueError("math domain error");
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) throw Err.overflow("math range error");
            return new PyFloat(r);
        }));
        put(m, PyBuiltinFunction.of("atan2", (a, k) -> { Args.range("atan2", a, 2, 2); return new PyFloat(Math.atan2(num(a[0]), num(a[1]))); }));
        put(m, PyBuiltinFunction.of("copysign", (a, k) -> { Args.range("copysign", a, 2, 2); return new PyFloat(Math.copySign(num(a[0]), num(a[1]))); }));
        put(m, PyBuiltinFunction.of("fmod", (a, k) -> {
            Args.range("fmod", a, 2, 2);
            double x = num(a[0]), y = num(a[1]);
            if (y == 0 || Double.isInfinite(x)) throw Err.valueError("math domain error");
            return new PyFloat(x % y);
        }));
        put(m, PyBuiltinFunction.of("remainder", (a, k) -> { Args.range("remainder", a, 2, 2); return new PyFloat(Math.IEEEremainder(num(a[0]), num(a[1]))); }));
        put(m, PyBuiltinFunction.of("ldexp", (a, k) -> { Args.range("ldexp", a, 2, 2); return checked(num(a[0]) * Math.pow(2, Ops.index(a[1])), num(a[0])); }));
        put(m, PyBuiltinFunction.of1("frexp", o -> {
            int[] e = new int[1];
            double mm = PyFloat.frexp(num(o), e);
            return new PyTuple(new PyFloat(mm), PyInt.of(e[0]));
        }));
        put(m, PyBuiltinFunction.of1("modf", o -> {
            double x = num(o);
            if (Double.isInfinite(x)) return new PyTuple(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        }));
        put(m, PyBuiltinFunction.of1("floor", o -> intPart(o, "__floor__", true)));
        put(m, PyBuiltinFunction.of1("ceil", o -> intPart(o, "__ceil__", false)));
        put(m, PyBuiltinFunction.of1("trunc", o -> {
            if (o instanceof PyFloat) return Builtins0.floatToInt(((PyFloat) o).value);
            if (Arith.isInt(o)) return o;
            PyObject f = o.type().lookup("__trunc__");
            if (f == null) throw Err.typeError("type " + o.type().name + " doesn't define __trunc__ method");
            return Ops.callDunder(f, o);
        }));
        put(m, PyBuiltinFunction.of1("isfinite", o -> PyBool.of(Double.isFinite(num(o)))));
        put(m, PyBuiltinFunction.of1("isinf", o -> PyBool.of(Double.isInfinite(num(o)))));
        put(m, PyBuiltinFunction.of1("isnan", o -> PyBool.of(Double.isNaN(num(o)))));
        put(m, PyBuiltinFunction.of("isclose", (a, k) -> {
            PyObject[] p = Args.bind("isclose", a, k, new String[]{"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            double x = num(p[0]), y = num(p[1]);
            double rel = p[2] == null ? 1e-9 : num(p[2]), abs = p[3] == null ? 0 : num(p[3]);
            if (rel < 0 || abs < 0) throw Err.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        }));
        put(m, PyBuiltinFunction.of1("factorial", o -> {
            if (o instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
            long n = Ops.index(o);
            if (n < 0) throw Err.valueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r);
        }));
        put(m, PyBuiltinFunction.of("gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) g = g.gcd(Arith.big(Ops.indexObj(x)));
            return PyInt.of(g);
        }));
        put(m, PyBuiltinFunction.of("lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = Arith.big(Ops.indexObj(x)).abs();
                if (v.signum() == 0) return PyInt.ZERO;
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        }));
        put(m, PyBuiltinFunction.of1("isqrt", o -> {
            BigInteger v = Arith.big(Ops.indexObj(o));
            if (v.signum() < 0) throw Err.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(v.sqrt());
        }));
        put(m, PyBuiltinFunction.of("comb", (a, k) -> {
            Args.range("comb", a, 2, 2);
            BigInteger n = Arith.big(Ops.indexObj(a[0])), r = Arith.big(Ops.indexObj(a[1]));
            if (n.signum() < 0) throw Err.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Err.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            long kk = Math.min(r.longValue(), n.subtract(r).longValue());
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < kk; i++) res = res.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            return PyInt.of(res);
        }));
        put(m, PyBuiltinFunction.of("perm", (a, k) -> {
            Args.range("perm", a, 1, 2);
            BigInteger n = Arith.big(Ops.indexObj(a[0]));
            BigInteger r = a.length > 1 && a[1] != PyNone.INSTANCE ? Arith.big(Ops.indexObj(a[1])) : n;
            if (n.signum() < 0) throw Err.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Err.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < r.longValue(); i++) res = res.multiply(n.subtract(BigInteger.valueOf(i)));
            return PyInt.of(res);
        }));
        put(m, PyBuiltinFunction.of("prod", (a, k) -> {
            PyObject[] p = Args.bind("prod", a, k, new String[]{"iterable", "start"}, 1, 1);
            PyObject acc = p[1] == null ? PyInt.ONE : p[1];
            PyObject it = Ops.iter(p[0]);
            PyObject x;
            while ((x = Ops.next(it)) != null) acc = Ops.mul(acc, x);
            return acc;
        }));
        put(m, PyBuiltinFunction.of1("fsum", o -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            PyObject it = Ops.iter(o);
            PyObject x;
            boolean special = false;
            double sp = 0;
            while ((x = Ops.next(it)) != null) {
                double v = num(x);
                if (Double.isNaN(v) || Double.isInfinite(v)) { special = true; sp += v; continue; }
                s = s.add(new java.math.BigDecimal(v));
            }
            if (special) return new PyFloat(sp);
            return new PyFloat(s.doubleValue());
        }));
        put(m, PyBuiltinFunction.of("hypot", (a, k) -> {
            double s = 0;
            for (PyObject x : a) { double v = num(x); s += v * v; }
            if (a.length == 2) return new PyFloat(Math.hypot(num(a[0]), num(a[1])));
            return new PyFloat(Math.sqrt(s));
        }));
        put(m, PyBuiltinFunction.of("dist", (a, k) -> {
            Args.range("dist", a, 2, 2);
            PyObject[] p = Ops.toArray(a[0]), q = Ops.toArray(a[1]);
            if (p.length != q.length) throw Err.valueError("both points must have the same number of dimensions");
            double s = 0;
            for (int i = 0; i < p.length; i++) { double d = num(p[i]) - num(q[i]); s += d * d; }
            return new PyFloat(Math.sqrt(s));
        }));
        return m;
    }

    /** glibc's cbrt (s_cbrt.c), which CPython's math.cbrt calls: same results bit for bit. */
    static double cbrt(double x) {
        final double CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
        final double[] factor = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        int[] e = new int[1];
        double xm = PyFloat.frexp(Math.abs(x), e);
        int xe = e[0];
        double u = (0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                * xm))
                * xm))
                * xm))
                * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    static double erf(double x) {
        // Abramowitz-Stegun 7.1.26 refined with series for small x
        if (Math.abs(x) < 2.5) {
            double sum = x, term = x, x2 = x * x;
            for (int n = 1; n < 100; n++) {
                term *= -x2 / n;
                double t = term / (2 * n + 1);
                sum += t;
                if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
            }
            return 2 / Math.sqrt(Math.PI) * sum;
        }
        // continued fraction for erfc
        double ax = Math.abs(x);
        double t = 0;
        for (int n = 60; n >= 1; n--) t = n / 2.0 / (ax + t);
        double erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + t);
        return x > 0 ? 1 - erfc : erfc - 1;
    }

    static double gamma(double x) {
        if (x == Math.floor(x) && x <= 0) return Double.NaN;
        if (x == Math.floor(x) && x < 30) {
            double r = 1;
            for (int i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        x -= 1;
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }
}
