package org.herthon.interpreter.builtins;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.os.StructSeq;
import org.herthon.interpreter.runtime.*;

/**
 * The rest of {@code time} as CPython has it on Linux: {@code struct_time} (with tm_zone and
 * tm_gmtoff), gmtime/localtime/mktime/asctime/ctime, strftime with glibc's directives in the C
 * locale, strptime (through the standard library's {@code _strptime}, as CPython), the time zone
 * attributes, clock_gettime and get_clock_info.
 */
final class TimeExtras {
    private TimeExtras() {}

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};

    static void add(Interpreter in, PyModule m) {
        PyDict d = m.dict;
        StructSeq st = new StructSeq("time", "struct_time", new String[]{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9);
        d.putStr("struct_time", st.type);
        d.putStr("_STRUCT_TM_ITEMS", PyInt.of(11));
        LocalZoneRule rule = LocalZoneRule.fromEnvironment();
        if (rule != null) {
            String[] names = rule.tzname();
            d.putStr("timezone", PyInt.of(rule.timezone()));
            d.putStr("altzone", PyInt.of(rule.altzone()));
            d.putStr("daylight", PyInt.of(rule.daylight() ? 1 : 0));
            d.putStr("tzname", new PyTuple(PyStr.of(names[0]), PyStr.of(names[1])));
        } else {
            ZoneId local = local();
            // tzname, timezone, altzone, daylight: from January and July of this year, as CPython's init_timezone
            int year = ZonedDateTime.now(local).getYear();
            ZonedDateTime jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(local), jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(local);
            int janOff = jan.getOffset().getTotalSeconds(), julOff = jul.getOffset().getTotalSeconds();
            String janName = zoneAbbrev(jan), julName = zoneAbbrev(jul);
            boolean south = janOff > julOff;
            d.putStr("timezone", PyInt.of(-(south ? julOff : janOff)));
            d.putStr("altzone", PyInt.of(-(south ? janOff : julOff)));
            d.putStr("daylight", PyInt.of(janOff != julOff ? 1 : 0));
            d.putStr("tzname", new PyTuple(PyStr.of(south ? julName : janName), PyStr.of(south ? janName : julName)));
        }
        fn(m, PyBuiltinFunction.of0("tzset", () -> PyNone.INSTANCE));
        fn(m, PyBuiltinFunction.of("gmtime", (a, k) -> {
            Args.range("gmtime", a, 0, 1);
            return make(st, seconds(a), ZoneOffset.UTC);
        }));
        fn(m, PyBuiltinFunction.of("localtime", (a, k) -> {
            Args.range("localtime", a, 0, 1);
            return make(st, seconds(a), local());
        }));
        fn(m, PyBuiltinFunction.of1("mktime", t -> {
            long[] f = fields(t, "mktime");
            LocalDateTime ldt = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3])
                    .plusMinutes(f[4]).plusSeconds(f[5]);
            return new PyFloat(ldt.atZone(local()).toEpochSecond());
        }));
        fn(m, PyBuiltinFunction.of("asctime", (a, k) -> {
            Args.range("asctime", a, 0, 1);
            long[] f = a.length == 0 || a[0] == PyNone.INSTANCE ? fieldsOf(ZonedDateTime.now(local())) : fields(a[0], "asctime");
            return PyStr.of(asctime(f));
        }));
        fn(m, PyBuiltinFunction.of("ctime", (a, k) -> {
            Args.range("ctime", a, 0, 1);
            return PyStr.of(asctime(fieldsOf(Instant.ofEpochSecond(seconds(a)).atZone(local()))));
        }));
        fn(m, PyBuiltinFunction.of("strftime", (a, k) -> {
            Args.range("strftime", a, 1, 2);
            String fmt = Args.str(a[0], "strftime() argument 1");
            long[] f;
            String zone;
            long gmtoff;
            if (a.length < 2) {
                ZonedDateTime now = ZonedDateTime.now(local());
                f = fieldsOf(now);
                zone = zoneAbbrev(now);
                gmtoff = now.getOffset().getTotalSeconds();
            } else {
                f = fields(a[1], "strftime");
                checkRanges(f);
                PyObject z = a[1].getDict() == null ? null : a[1].getDict().getStr("tm_zone");
                PyObject g = a[1].getDict() == null ? null : a[1].getDict().getStr("tm_gmtoff");
                zone = z instanceof PyStr ? ((PyStr) z).value : Ops.str(((PyTuple) d.getStr("tzname")).items[f[8] > 0 ? 1 : 0]);
                gmtoff = g != null && Arith.isInt(g) ? Ops.index(g) : -Ops.index(d.getStr(f[8] > 0 ? "altzone" : "timezone"));
            }
            return PyStr.of(strftime(fmt, f, zone, gmtoff));
        }));
        fn(m, PyBuiltinFunction.of("strptime", (a, k) -> {
            PyObject mod = in.importAbsolute("_strptime");
            return Interpreter.callWithKw(Ops.getAttr(mod, "_strptime_time"), a, null);
        }));
        String[] clocks = {"CLOCK_REALTIME", "0", "CLOCK_MONOTONIC", "1", "CLOCK_PROCESS_CPUTIME_ID", "2", "CLOCK_THREAD_CPUTIME_ID", "3",
                "CLOCK_MONOTONIC_RAW", "4", "CLOCK_BOOTTIME", "7", "CLOCK_TAI", "11"};
        for (int i = 0; i < clocks.length; i += 2) d.putStr(clocks[i], PyInt.of(Long.parseLong(clocks[i + 1])));
        fn(m, PyBuiltinFunction.of1("clock_gettime_ns", id -> PyInt.of(clockNanos((int) Ops.index(id)))));
        fn(m, PyBuiltinFunction.of1("clock_gettime", id -> new PyFloat(clockNanos((int) Ops.index(id)) / 1e9)));
        fn(m, PyBuiltinFunction.of1("clock_getres", id -> new PyFloat(1e-9)));
        fn(m, PyBuiltinFunction.of0("thread_time_ns", () -> PyInt.of(threadNanos())));
        fn(m, PyBuiltinFunction.of0("thread_time", () -> new PyFloat(threadNanos() / 1e9)));
        fn(m, PyBuiltinFunction.of1("get_clock_info", name -> {
            String n = Args.str(name, "get_clock_info() argument");
            String impl;
            boolean monotonic, adjustable;
            switch (n) {
                case "time": impl = "clock_gettime(CLOCK_REALTIME)"; monotonic = false; adjustable = true; break;
                case "monotonic": case "perf_counter": impl = "clock_gettime(CLOCK_MONOTONIC)"; monotonic = true; adjustable = false; break;
                case "process_time": impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; monotonic = true; adjustable = false; break;
                case "thread_time": impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; monotonic = true; adjustable = false; break;
                default: throw Err.valueError("unknown clock");
            }
            PyObject types = in.importAbsolute("types");
            PyObject info = Ops.getAttr(types, "SimpleNamespace").call(new PyObject[]{PyStr.of(impl), PyBool.of(monotonic), PyBool.of(adjustable),
                    new PyFloat(1e-9)}, new String[]{"implementation", "monotonic", "adjustable", "resolution"});
            return info;
        }));
    }

    private static void fn(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of("time");
        m.dict.putStr(f.name, f);
    }

    private static long clockNanos(int id) {
        switch (id) {
            case 0: case 11: {
                Instant i = Instant.now();
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }
            case 2: {
                java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                if (os instanceof com.sun.management.OperatingSystemMXBean) return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
                return System.nanoTime();
            }
            case 3: return threadNanos();
            case 1: case 4: case 7: return System.nanoTime();
            default: throw Err.make(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
        }
    }

    private static long threadNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long seconds(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.INSTANCE) return Math.floorDiv(System.currentTimeMillis(), 1000);
        PyObject x = a[0];
        if (x instanceof PyFloat) {
            double v = ((PyFloat) x).value;
            if (Double.isNaN(v)) throw Err.valueError("Invalid value NaN (not a number)");
            if (Double.isInfinite(v) || Math.abs(v) > 9.2e18) throw Err.overflow("timestamp out of range for platform time_t");
            return (long) v; // CPython truncates toward zero (_PyTime_ROUND_FLOOR applies to the fraction only)
        }
        if (!Arith.isInt(x)) throw Err.typeError("'" + x.type().name + "' object cannot be interpreted as an integer");
        return Ops.index(x);
    }

    /** The local zone, looked up at first use: java.time's zone database is read only if a script asks. */
    private static ZoneId local() {
        return ZoneId.systemDefault();
    }

    private static String zoneAbbrev(ZonedDateTime z) {
        String s = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(z);
        if (s.startsWith("GMT") && s.length() > 3 || s.equals("Z")) {
            int off = z.getOffset().getTotalSeconds();
            return off == 0 ? "UTC" : String.format("%+03d", off / 3600) + (off % 3600 == 0 ? "" : String.format("%02d", Math.abs(off % 3600) / 60));
        }
        return s;
    }

    static PyObject make(StructSeq st, long secs, ZoneId zone) {
        ZonedDateTime z;
        try {
            z = Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw Err.overflow("timestamp out of range for platform time_t");
        }
        long[] f = fieldsOf(z);
        boolean dst = zone.getRules().isDaylightSavings(z.toInstant());
        return st.make(PyInt.of(f[0]), PyInt.of(f[1]), PyInt.of(f[2]), PyInt.of(f[3]), PyInt.of(f[4]), PyInt.of(f[5]), PyInt.of(f[6]),
                PyInt.of(f[7]), PyInt.of(dst ? 1 : 0), PyStr.of(zone == ZoneOffset.UTC ? "GMT" : zoneAbbrev(z)),
                PyInt.of(z.getOffset().getTotalSeconds()));
    }

    static long[] fieldsOf(ZonedDateTime z) {
        return new long[]{z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond(),
                z.getDayOfWeek().getValue() - 1, z.getDayOfYear(), 0};
    }

    /** The nine fields of a struct_time or 9-tuple (CPython's gettmarg). */
    static long[] fields(PyObject t, String fname) {
        if (!(t instanceof PyTuple)) throw Err.typeError("Tuple or struct_time argument required");
        PyObject[] it = ((PyTuple) t).items;
        if (it.length != 9) throw Err.typeError(fname + "(): illegal time tuple argument");
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            if (!Arith.isInt(it[i])) throw Err.typeError("'" + it[i].type().name + "' object cannot be interpreted as an integer");
            f[i] = Ops.index(it[i]);
        }
        return f;
    }

    private static void checkRanges(long[] f) {
        if (f[1] == 0) f[1] = 1;
        else if (f[1] < 0 || f[1] > 12) throw Err.valueError("month out of range");
        if (f[2] == 0) f[2] = 1;
        else if (f[2] < 0 || f[2] > 31) throw Err.valueError("day of month out of range");
        if (f[3] < 0 || f[3] > 23) throw Err.valueError("hour out of range");
        if (f[4] < 0 || f[4] > 59) throw Err.valueError("minute out of range");
        if (f[5] < 0 || f[5] > 61) throw Err.valueError("seconds out of range");
        if (f[6] < 0) throw Err.valueError("day of week out of range");
        f[6] = f[6] % 7;
        if (f[7] == 0) f[7] = 1;
        else if (f[7] < 0 || f[7] > 366) throw Err.valueError("day of year out of range");
        if (f[8] < -1) f[8] = -1;
        else if (f[8] > 1) f[8] = 1;
    }

    static String asctime(long[] f) {
        int wd = (int) Math.floorMod(f[6], 7), mo = (int) Math.min(Math.max(f[1], 1), 12) - 1;
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[wd].substring(0, 3), MONTHS[mo].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    /** glibc's strftime in the C locale; f holds the nine struct_time fields. */
    static String strftime(String fmt, long[] f, String zone, long gmtoff) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                b.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            int wd = (int) Math.floorMod(f[6], 7), mo = (int) Math.min(Math.max(f[1], 1), 12) - 1;
            long sundayWd = (wd + 1) % 7;
            switch (d) {
                case 'a': b.append(DAYS[wd], 0, 3); break;
                case 'A': b.append(DAYS[wd]); break;
                case 'b': case 'h': b.append(MONTHS[mo], 0, 3); break;
                case 'B': b.append(MONTHS[mo]); break;
                case 'c': b.append(asctime(f)); break;
                case 'C': b.append(String.format("%02d", Math.floorDiv(f[0], 100))); break;
                case 'd': b.append(String.format("%02d", f[2])); break;
                case 'D': b.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100))); break;
                case 'e': b.append(String.format("%2d", f[2])); break;
                case 'F': b.append(String.format("%d-%02d-%02d", f[0], f[1], f[2])); break;
                case 'H': b.append(String.format("%02d", f[3])); break;
                case 'I': b.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12)); break;
                case 'j': b.append(String.format("%03d", f[7])); break;
                case 'k': b.append(String.format("%2d", f[3])); break;
                case 'l': b.append(String.format("%2d", f[3] % 12 == 0 ? 12 : f[3] % 12)); break;
                case 'm': b.append(String.format("%02d", f[1])); break;
                case 'M': b.append(String.format("%02d", f[4])); break;
                case 'n': b.append('\n'); break;
                case 'p': b.append(f[3] < 12 ? "AM" : "PM"); break;
                case 'P': b.append(f[3] < 12 ? "am" : "pm"); break;
                case 'r': b.append(String.format("%02d:%02d:%02d %s", f[3] % 12 == 0 ? 12 : f[3] % 12, f[4], f[5], f[3] < 12 ? "AM" : "PM")); break;
                case 'R': b.append(String.format("%02d:%02d", f[3], f[4])); break;
                case 'S': b.append(String.format("%02d", f[5])); break;
                case 't': b.append('\t'); break;
                case 'T': case 'X': b.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5])); break;
                case 'u': b.append(wd + 1); break;
                case 'w': b.append(sundayWd); break;
                case 'U': b.append(String.format("%02d", (f[7] - 1 + 7 - sundayWd) / 7)); break;
                case 'W': b.append(String.format("%02d", (f[7] - 1 + 7 - wd) / 7)); break;
                case 'x': b.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100))); break;
                case 'y': b.append(String.format("%02d", Math.floorMod(f[0], 100))); break;
                case 'Y': b.append(f[0]); break;
                case 'G': case 'g': case 'V': {
                    java.time.LocalDate date;
                    try {
                        date = java.time.LocalDate.of((int) f[0], 1, 1).plusDays(f[7] - 1);
                    } catch (java.time.DateTimeException e) {
                        date = java.time.LocalDate.of(1970, 1, 1);
                    }
                    int wy = date.get(IsoFields.WEEK_BASED_YEAR), wk = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    if (d == 'G') b.append(wy);
                    else if (d == 'g') b.append(String.format("%02d", Math.floorMod(wy, 100)));
                    else b.append(String.format("%02d", wk));
                    break;
                }
                case 'z': {
                    long off = gmtoff;
                    b.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 3600, Math.abs(off) % 3600 / 60));
                    break;
                }
                case 'Z': b.append(zone); break;
                // glibc: the fields read as local time (mktime), whatever tm_gmtoff says
                case 's': b.append(LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusDays(f[7] - 1).plusHours(f[3]).plusMinutes(f[4])
                        .plusSeconds(f[5]).atZone(ZoneId.systemDefault()).toEpochSecond()); break;
                case '%': b.append('%'); break;
                default: b.append('%').append(d);
            }
        }
        return b.toString();
    }

}
