package org.herthon.interpreter.signals;

import org.herthon.interpreter.runtime.Err;
import org.herthon.interpreter.runtime.Ops;
import org.herthon.interpreter.runtime.PyBuiltinFunction;
import org.herthon.interpreter.runtime.PyExc;
import org.herthon.interpreter.runtime.PyInt;
import org.herthon.interpreter.runtime.PyModule;
import org.herthon.interpreter.runtime.PyNone;
import org.herthon.interpreter.runtime.PyObject;
import org.herthon.interpreter.runtime.PyStr;

/**
 * The {@code signal} module: {@code signal}, {@code getsignal}, {@code raise_signal},
 * {@code default_int_handler}, {@code SIG_DFL}, {@code SIG_IGN} and the signal numbers. Handlers
 * can be set for SIGINT, SIGTERM and SIGHUP (the JVM keeps the other signals for itself).
 */
public final class SignalModule {
    private final Signals signals;
    final PyObject sigDfl = PyInt.of(0);
    final PyObject sigIgn = PyInt.of(1);
    final PyBuiltinFunction defaultIntHandler;
    private PyModule module;

    SignalModule(Signals signals) {
        this.signals = signals;
        this.defaultIntHandler = PyBuiltinFunction.of("default_int_handler", (a, k) -> {
            throw Signals.keyboardInterrupt();
        });
        defaultIntHandler.module = PyStr.of("signal");
    }

    /** The module object, made on first import. */
    public PyModule module() {
        if (module == null) module = create();
        return module;
    }

    private PyModule create() {
        PyModule m = new PyModule("signal");
        m.dict.putStr("SIG_DFL", sigDfl);
        m.dict.putStr("SIG_IGN", sigIgn);
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
            "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM"};
        for (int i = 0; i < names.length; i++) m.dict.putStr(names[i], PyInt.of(i + 1));
        m.dict.putStr("NSIG", PyInt.of(65));
        put(m, defaultIntHandler);
        put(m, PyBuiltinFunction.of2("signal", (sig, handler) -> {
            int signum = signalNumber(sig);
            if (!signals.onMainThread()) throw Err.valueError("signal only works in main thread of the main interpreter");
            PyObject h = normalize(handler);
            if (h == null) throw Err.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            if (!routed(signum)) throw Err.make(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
            PyObject previous = signals.handler(signum);
            signals.setHandler(signum, h);
            return previous;
        }));
        put(m, PyBuiltinFunction.of1("getsignal", sig -> {
            int signum = signalNumber(sig);
            PyObject h = signals.handler(signum);
            return h == null ? sigDfl : h;
        }));
        put(m, PyBuiltinFunction.of1("raise_signal", sig -> {
            int signum = signalNumber(sig);
            if (!routed(signum)) throw Err.make(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
            OsSignals.raise(signals, signum);
            signals.runPending(null);
            return PyNone.INSTANCE;
        }));
        int[] wakeupFd = {-1};
        PyBuiltinFunction wakeup = PyBuiltinFunction.of("set_wakeup_fd", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            if (a.length - nkw != 1) throw Err.typeError("set_wakeup_fd() takes exactly one argument (" + (a.length - nkw) + " given)");
            for (String kw : k == null ? new String[0] : k) {
                if (!kw.equals("warn_on_full_buffer")) throw Err.typeError("'" + kw + "' is an invalid keyword argument for set_wakeup_fd()");
            }
            long fd = Ops.index(a[0]);
            if (!signals.onMainThread()) throw Err.valueError("set_wakeup_fd only works in main thread of the main interpreter");
            if (fd < -1 || fd > Integer.MAX_VALUE) throw Err.valueError("invalid fd");
            int previous = wakeupFd[0];
            wakeupFd[0] = (int) fd;
            return PyInt.of(previous);
        });
        put(m, wakeup);
        return m;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of("signal");
        m.dict.putStr(f.name, f);
    }

    private static boolean routed(int signum) {
        for (int s : Signals.HANDLED) if (s == signum) return true;
        return false;
    }

    private static int signalNumber(PyObject sig) {
        long n = Ops.index(sig);
        if (n < 1 || n >= 65) throw Err.valueError("signal number out of range");
        return (int) n;
    }

    /** SIG_DFL, SIG_IGN (compared by value, as CPython does), a callable, or null. */
    private PyObject normalize(PyObject handler) {
        if (handler instanceof PyInt) {
            long v = ((PyInt) handler).value;
            if (v == 0) return sigDfl;
            if (v == 1) return sigIgn;
            return null;
        }
        return Ops.isCallable(handler) ? handler : null;
    }
}
