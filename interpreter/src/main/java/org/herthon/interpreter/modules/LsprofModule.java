package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.TracebackPrinter;
import org.herthon.interpreter.modules.os.StructSeq;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's {@code _lsprof}, the engine of {@code cProfile}: a {@code Profiler} that takes
 * the profile events of the thread that enabled it (through {@link SysTrace.ProfileHook}, no
 * Python call per event) and keeps, per code object, the calls, the recursive calls, the total and
 * the inline time, and the same per caller. {@code getstats()} returns them as CPython's
 * {@code profiler_entry}/{@code profiler_subentry} records, which {@code cProfile} turns into
 * {@code pstats}' table.
 *
 * <p>Herthon's builtins raise no {@code c_call} events, so they have no entries (CPython lists
 * {@code {built-in method builtins.print}} and the like); {@code builtins=} is accepted and ignored.
 */
public final class LsprofModule implements JavaModule {
    @Override public String name() { return "_lsprof"; }

    private static final String[] ENTRY_FIELDS = {"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"};
    private static final String[] INIT_PARAMS = {"timer", "timeunit", "subcalls", "builtins"};
    private static final String[] ENABLE_PARAMS = {"subcalls", "builtins"};
    private static final double NANOS = 1e-9;

    /** The times of one function (and, in {@link #calls}, of its calls to each other function). */
    private static class Stats {
        final PyObject code;
        long totalTime, inlineTime, callCount, recursiveCallCount;
        /** How many of its calls are running: a return at a level above one is a recursive call. */
        long level;

        Stats(PyObject code) { this.code = code; }

        void stop(long total, long inline) {
            if (--level == 0) totalTime += total;
            else recursiveCallCount++;
            inlineTime += inline;
            callCount++;
        }
    }

    private static final class Entry extends Stats {
        /** The calls this function made, per callee (keyed by the callee's entry). */
        final Map<Entry, Stats> calls = new LinkedHashMap<>();

        Entry(PyObject code) { super(code); }
    }

    /** A call that is running: when it started, and how much of that went to its own calls. */
    private static final class Context {
        final Entry entry;
        final Context previous;
        final long start;
        long subTime;

        Context(Entry entry, Context previous, long start) {
            this.entry = entry;
            this.previous = previous;
            this.start = start;
        }
    }

    /** A Profiler instance (a cProfile.Profile is one): its options, entries and running calls. */
    static final class ProfilerObject extends PyObject implements SysTrace.ProfileHook {
        private final PyType cls;
        private final PyDict dict;
        private Interpreter in;
        private PyObject timer;
        private double timeUnit;
        private boolean subcalls = true;
        private final Map<PyObject, Entry> entries = new IdentityHashMap<>();
        private final List<Entry> order = new ArrayList<>();
        private Context current;

        ProfilerObject(PyType cls, boolean plain) {
            this.cls = cls;
            this.dict = plain ? null : new PyDict();
        }

        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }

        @Override public void call(Frame f) {
            Entry e = entries.get(f.code);
            if (e == null) {
                e = new Entry(f.code);
                entries.put(f.code, e);
                order.add(e);
            }
            e.level++;
            if (subcalls && current != null) current.entry.calls.computeIfAbsent(e, callee -> new Stats(callee.code)).level++;
            current = new Context(e, current, now());
        }

        @Override public void ret(Frame f) {
            Context c = current;
            if (c == null) return; // a frame entered before enable()
            Entry e = entries.get(f.code);
            if (e == null) current = c.previous;
            else stop(c, e);
        }

        private void stop(Context c, Entry e) {
            long total = now() - c.start, inline = total - c.subTime;
            Context caller = c.previous;
            if (caller != null) caller.subTime += total;
            current = caller;
            e.stop(total, inline);
            if (subcalls && caller != null) {
                Stats sub = caller.entry.calls.get(e);
                if (sub != null) sub.stop(total, inline);
            }
        }

        /** At disable(): the calls still running end now. */
        private void flushRunning() {
            while (current != null) stop(current, current.entry);
        }

        /** The timer's reading: nanoseconds, or the external timer's units (or its seconds, in nanoseconds). */
        private long now() {
            if (timer == null) return System.nanoTime();
            try {
                PyObject t = timer.call0();
                if (timeUnit > 0) {
                    if (!(t instanceof PyInt || t instanceof PyBigInt)) throw Err.typeError("expect int, got " + t.type().name);
                    java.math.BigInteger units = Arith.big(t);
                    if (units.bitLength() > 63) throw Err.overflow("timestamp too large to convert to C _PyTime_t");
                    return units.longValue();
                }
                double nanos = Math.floor(ModuleSupport.asDouble(t) * 1e9);
                if (Double.isNaN(nanos)) throw Err.valueError("Invalid value NaN (not a number)");
                if (!(nanos >= -0x1p63 && nanos < 0x1p63)) throw Err.overflow("timestamp too large to convert to C _PyTime_t");
                return (long) nanos;
            } catch (PyException e) {
                in.writeErr("Exception ignored in: " + Ops.repr(timer) + "\n");
                TracebackPrinter.print(in, e.exc);
                return 0;
            }
        }

        private double factor() {
            return timer == null || timeUnit == 0.0 ? NANOS : timeUnit;
        }
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_lsprof");
        m.dict.putStr("__doc__", PyStr.of("Fast profiler"));
        StructSeq entryType = new StructSeq("_lsprof", "profiler_entry", ENTRY_FIELDS, 6);
        StructSeq subentryType = new StructSeq("_lsprof", "profiler_subentry", java.util.Arrays.copyOf(ENTRY_FIELDS, 5), 5);
        PyType[] holder = new PyType[1];
        PyType t = ModuleSupport.newType("_lsprof", "Profiler", cls -> {
            ProfilerObject p = new ProfilerObject(cls, cls == holder[0]);
            p.in = in;
            return p;
        });
        holder[0] = t;
        t.dict.putStr("__doc__", PyStr.of("Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
                + "    Builds a profiler object using the specified timer function.\n"
                + "    The default timer is a fast built-in one based on real time.\n"
                + "    For custom timer functions returning integers, timeunit can\n"
                + "    be a float specifying a scale (i.e. how long each integer unit\n"
                + "    is, in seconds).\n"));
        ModuleSupport.method(t, "__init__", (a, k) -> {
            ProfilerObject self = self(a);
            PyObject[] p = Args.bind("Profiler", ModuleSupport.tail(a, 1), checkKeywords("Profiler", k, INIT_PARAMS), INIT_PARAMS, 0, 4);
            self.timer = p[0] == null || p[0] == PyNone.INSTANCE ? null : p[0];
            self.timeUnit = p[1] == null ? 0.0 : ModuleSupport.asDouble(p[1]);
            if (p[2] != null) self.subcalls = Ops.isTrue(p[2]);
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "enable", (a, k) -> {
            ProfilerObject self = self(a);
            PyObject[] p = Args.bind("enable", ModuleSupport.tail(a, 1), checkKeywords("enable", k, ENABLE_PARAMS), ENABLE_PARAMS, 0, 2);
            if (p[0] != null) self.subcalls = Ops.isTrue(p[0]);
            SysTrace.setProfile(in, self, self);
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "disable", (a, k) -> {
            ProfilerObject self = self(a);
            Args.noKw("disable", k);
            if (a.length != 1) throw Err.typeError("Profiler.disable() takes no arguments (" + (a.length - 1) + " given)");
            SysTrace.setProfile(in, null, null); // as CPython: whoever was profiling this thread stops
            self.flushRunning();
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "clear", (a, k) -> {
            ProfilerObject self = self(a);
            Args.noKw("clear", k);
            if (a.length != 1) throw Err.typeError("Profiler.clear() takes no arguments (" + (a.length - 1) + " given)");
            self.entries.clear();
            self.order.clear();
            self.current = null;
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "getstats", (a, k) -> {
            ProfilerObject self = self(a);
            Args.noKw("getstats", k);
            if (a.length != 1) throw Err.typeError("Profiler.getstats() takes no arguments (" + (a.length - 1) + " given)");
            double factor = self.factor();
            PyList out = new PyList();
            for (Entry e : self.order) {
                if (e.callCount == 0) continue; // still running, never returned
                PyObject calls = PyNone.INSTANCE;
                if (!e.calls.isEmpty()) {
                    PyList subs = new PyList();
                    for (Map.Entry<Entry, Stats> c : e.calls.entrySet()) {
                        Stats s = c.getValue();
                        subs.append(subentryType.make(c.getKey().code, PyInt.of(s.callCount), PyInt.of(s.recursiveCallCount),
                                PyFloat.of(factor * s.totalTime), PyFloat.of(factor * s.inlineTime)));
                    }
                    calls = subs;
                }
                out.append(entryType.make(e.code, PyInt.of(e.callCount), PyInt.of(e.recursiveCallCount),
                        PyFloat.of(factor * e.totalTime), PyFloat.of(factor * e.inlineTime), calls));
            }
            return out;
        });
        m.dict.putStr("Profiler", t);
        m.dict.putStr("profiler_entry", entryType.type);
        m.dict.putStr("profiler_subentry", subentryType.type);
        return m;
    }

    /** PyArg_ParseTupleAndKeywords' message for a keyword that is not a parameter. */
    private static String[] checkKeywords(String fname, String[] k, String[] params) {
        if (k != null) {
            for (String name : k) {
                if (!java.util.Arrays.asList(params).contains(name)) {
                    throw Err.typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
                }
            }
        }
        return k;
    }

    private static ProfilerObject self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof ProfilerObject)) throw Err.typeError("descriptor requires a '_lsprof.Profiler' object");
        return (ProfilerObject) a[0];
    }
}
