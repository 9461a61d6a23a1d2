package org.herthon.interpreter.modules;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * {@code faulthandler}: enable/disable/is_enabled, dump_traceback (the calling thread's Herthon
 * frames in faulthandler's format), dump_traceback_later/cancel_dump_traceback_later. The JVM
 * handles SIGSEGV itself, so "enabled" only records the wish. A timed-out dump_traceback_later
 * cannot walk another thread's frames safely from the timer: it reports the timeout and, with
 * exit=True, ends the process as CPython does.
 */
public final class FaulthandlerModule implements JavaModule {
    @Override public String name() { return "faulthandler"; }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("faulthandler");
        PyDict d = m.dict;
        boolean[] enabled = {false};
        Object[] later = {null, null};  // the timer's executor and its pending task
        fn(d, PyBuiltinFunction.of("enable", (a, k) -> {
            Args.bind("enable", a, k, new String[]{"file", "all_threads"}, 0, 2);
            enabled[0] = true;
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of0("disable", () -> {
            boolean was = enabled[0];
            enabled[0] = false;
            return PyBool.of(was);
        }));
        fn(d, PyBuiltinFunction.of0("is_enabled", () -> PyBool.of(enabled[0])));
        fn(d, PyBuiltinFunction.of("dump_traceback", (a, k) -> {
            PyObject[] p = Args.bind("dump_traceback", a, k, new String[]{"file", "all_threads"}, 0, 2);
            PyObject file = p[0] == null || p[0] == PyNone.INSTANCE ? in.sysModule.dict.getStr("stderr") : p[0];
            if (file == null || file == PyNone.INSTANCE) throw Err.runtimeError("sys.stderr is None");
            // CPython writes to the file's descriptor: a file without one is refused the same way
            Ops.getAttr(file, "fileno").call(PyObject.EMPTY, null);
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("Current thread 0x%016x (most recent call first):%n", Thread.currentThread().getId()));
            PyObject f = Ops.getAttr(in.sysModule, "_getframe").call(PyObject.EMPTY, null);
            while (f != null && f != PyNone.INSTANCE) {
                PyObject code = Ops.getAttr(f, "f_code");
                sb.append("  File \"").append(Ops.str(Ops.getAttr(code, "co_filename"))).append("\", line ")
                        .append(Ops.str(Ops.getAttr(f, "f_lineno"))).append(" in ").append(Ops.str(Ops.getAttr(code, "co_name"))).append('\n');
                f = Ops.getAttr(f, "f_back");
            }
            if (Ops.getAttrOrNull(file, "flush") != null) Ops.getAttr(file, "flush").call(PyObject.EMPTY, null);
            Ops.getAttr(file, "write").call(new PyObject[]{PyStr.of(sb.toString())}, null);
            if (Ops.getAttrOrNull(file, "flush") != null) Ops.getAttr(file, "flush").call(PyObject.EMPTY, null);
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of("dump_traceback_later", (a, k) -> {
            PyObject[] p = Args.bind("dump_traceback_later", a, k, new String[]{"timeout", "repeat", "file", "exit"}, 1, 4);
            double timeout = Arith.toDouble(p[0]);
            if (timeout <= 0) throw Err.valueError("timeout must be greater than 0");
            if (timeout * 1e6 > Long.MAX_VALUE) throw Err.overflow("timeout value is too large");
            boolean repeat = p[1] != null && Ops.isTrue(p[1]);
            boolean exit = p[3] != null && Ops.isTrue(p[3]);
            cancel(later);
            ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "faulthandler watchdog");
                t.setDaemon(true);
                return t;
            });
            Runnable task = () -> {
                long s = (long) timeout;
                System.err.printf("Timeout (%d:%02d:%02d)!%n", s / 3600, s / 60 % 60, s % 60);
                System.err.flush();
                if (exit) Runtime.getRuntime().halt(1);
            };
            long micros = (long) (timeout * 1e6);
            later[0] = ex;
            later[1] = repeat ? ex.scheduleAtFixedRate(task, micros, micros, TimeUnit.MICROSECONDS)
                    : ex.schedule(task, micros, TimeUnit.MICROSECONDS);
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of0("cancel_dump_traceback_later", () -> {
            cancel(later);
            return PyNone.INSTANCE;
        }));
        return m;
    }

    private static void cancel(Object[] later) {
        if (later[1] != null) ((ScheduledFuture<?>) later[1]).cancel(false);
        if (later[0] != null) ((ScheduledExecutorService) later[0]).shutdownNow();
        later[0] = null;
        later[1] = null;
    }

    private static void fn(PyDict d, PyBuiltinFunction f) {
        f.module = PyStr.of("faulthandler");
        d.putStr(f.name, f);
    }
}
