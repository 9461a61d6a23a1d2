package org.herthon.interpreter.modules.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.TracebackPrinter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.modules.os.StructSeq;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _thread}: threads of one interpreter as JVM threads that take turns under its
 * {@link Gil}; {@code lock} and {@code RLock} whose waits let the others run; thread identity,
 * the stack size of new threads, and the hook threading uses for uncaught exceptions.
 */
public final class ThreadModule implements JavaModule {
    @Override public String name() { return "_thread"; }

    /** Seconds: the longest timeout a lock wait takes (CPython's PY_TIMEOUT_MAX on Linux, in seconds). */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** A lock: not owned by a thread, released by any. */
    static final class Lock extends PyObject {
        final PyType cls;
        private boolean held;

        Lock(PyType cls) { this.cls = cls; }

        @Override public PyType type() { return cls; }

        synchronized boolean tryTake() {
            if (held) return false;
            held = true;
            return true;
        }

        /** Waits up to nanos (negative: for ever) for the lock. */
        synchronized boolean take(long nanos) throws InterruptedException {
            if (nanos < 0) {
                while (held) wait();
            } else {
                long deadline = System.nanoTime() + nanos;
                while (held) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) return false;
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            }
            held = true;
            return true;
        }

        synchronized boolean release() {
            if (!held) return false;
            held = false;
            notifyAll();
            return true;
        }

        synchronized boolean isHeld() { return held; }
    }

    /** A reentrant lock: owned by the thread that took it, as many times as it took it. */
    static final class RLock extends PyObject {
        final PyType cls;
        long owner;
        long count;

        RLock(PyType cls) { this.cls = cls; }

        @Override public PyType type() { return cls; }
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_thread");
        PyDict d = m.dict;
        AtomicInteger running = new AtomicInteger();
        long[] stackSize = {0};
        PyType lockType = lockType(in);
        PyType rlockType = rlockType(in);
        d.putStr("LockType", lockType);
        d.putStr("lock", lockType);
        d.putStr("RLock", rlockType);
        d.putStr("error", PyExc.RuntimeError);
        d.putStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        fn(d, PyBuiltinFunction.of0("allocate_lock", () -> new Lock(lockType)));
        fn(d, PyBuiltinFunction.of0("allocate", () -> new Lock(lockType)));
        fn(d, PyBuiltinFunction.of0("get_ident", () -> PyInt.of(ident())));
        fn(d, PyBuiltinFunction.of0("get_native_id", () -> PyInt.of(ident())));
        fn(d, PyBuiltinFunction.of0("_count", () -> PyInt.of(running.get())));
        fn(d, PyBuiltinFunction.of0("daemon_threads_allowed", () -> PyBool.TRUE));
        fn(d, PyBuiltinFunction.of0("exit", () -> { throw Err.make(PyExc.SystemExit); }));
        fn(d, PyBuiltinFunction.of0("exit_thread", () -> { throw Err.make(PyExc.SystemExit); }));
        fn(d, PyBuiltinFunction.of("interrupt_main", (a, k) -> {
            in.signals.pending = true;
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of("stack_size", (a, k) -> {
            PyObject[] p = Args.bind("stack_size", a, k, new String[]{"size"}, 0, 1);
            long old = stackSize[0];
            if (p[0] != null) {
                long s = Ops.index(p[0]);
                if (s != 0 && s < 32768) throw Err.valueError("size not valid: " + s + " bytes");
                stackSize[0] = s;
            }
            return PyInt.of(old);
        }));
        // the lock that threading waits on until a thread's state is gone: released when the thread ends
        ThreadLocal<List<Lock>> sentinels = ThreadLocal.withInitial(ArrayList::new);
        fn(d, PyBuiltinFunction.of0("_set_sentinel", () -> {
            // unlocked, as CPython's: threading acquires it, and the thread's end releases it
            Lock l = new Lock(lockType);
            sentinels.get().add(l);
            return l;
        }));
        StructSeq hookArgs = new StructSeq("_thread", "_ExceptHookArgs", new String[]{"exc_type", "exc_value", "exc_traceback", "thread"}, 4);
        d.putStr("_ExceptHookArgs", hookArgs.type);
        fn(d, PyBuiltinFunction.of1("_excepthook", args -> {
            PyObject[] it = Ops.toArray(args);
            if (it.length != 4) throw Err.typeError("_thread._excepthook argument type must be ExceptHookArgs");
            if (it[0] == PyExc.SystemExit) return PyNone.INSTANCE;
            PyObject thread = it[3];
            String name = thread == PyNone.INSTANCE ? String.valueOf(ident()) : Ops.str(Ops.getAttr(thread, "name"));
            in.stdout.flush();
            in.writeErr("Exception in thread " + name + ":\n");
            if (it[1] instanceof PyBaseException) TracebackPrinter.print(in, (PyBaseException) it[1]);
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of("start_new_thread", (a, k) -> {
            Args.noKw("start_new_thread", k);
            if (a.length < 2 || a.length > 3) throw Err.typeError("start_new_thread expected at least 2 arguments, got " + a.length);
            PyObject func = a[0];
            if (!Ops.isCallable(func)) throw Err.typeError("first arg must be callable");
            if (!(a[1] instanceof PyTuple)) throw Err.typeError("2nd arg must be a tuple");
            if (a.length == 3 && !(a[2] instanceof PyDict)) throw Err.typeError("optional 3rd arg must be a dictionary");
            PyObject[] args = ((PyTuple) a[1]).items;
            PyDict kw = a.length == 3 ? (PyDict) a[2] : null;
            Gil gil = Gil.start(in);
            long[] id = {0};
            Object started = new Object();
            Runnable body = () -> {
                gil.enterNewThread();
                running.incrementAndGet();
                try {
                    Interpreter.callWithKw(func, args, kw);
                } catch (PyException e) {
                    if (!e.exc.type().isSubtypeOf(PyExc.SystemExit)) {
                        in.stdout.flush();
                        in.writeErr("Exception ignored in thread started by: " + Ops.repr(func) + "\n");
                        TracebackPrinter.print(in, e.exc);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    in.writeErr("herthon: internal error in a thread: " + e + "\n");
                } finally {
                    running.decrementAndGet();
                    for (Lock l : sentinels.get()) l.release();
                    sentinels.remove();
                    gil.exitThread();
                }
            };
            long size = stackSize[0] == 0 ? Interpreter.STACK_SIZE : stackSize[0];
            Thread t = new Thread(null, body, "herthon-thread", size);
            t.setDaemon(true);
            t.start();
            return PyInt.of(t.getId());
        }));
        return m;
    }

    static long ident() {
        return Thread.currentThread().getId();
    }

    private static void fn(PyDict d, PyBuiltinFunction f) {
        f.module = PyStr.of("_thread");
        d.putStr(f.name, f);
    }

    private static PyType newType(String name) {
        PyType t = new PyType(name, false, new PyType[]{PyType.OBJECT});
        t.dict.putStr("__module__", PyStr.of("_thread"));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    /** acquire's (blocking, timeout) as nanoseconds to wait: -1 for ever, 0 not at all. */
    private static long waitNanos(String fname, PyObject blocking, PyObject timeout) {
        boolean block = blocking == null || Ops.isTrue(blocking);
        double t = timeout == null ? -1 : Arith.toDouble(timeout);
        if (!block && t != -1) throw Err.valueError("can't specify a timeout for a non-blocking call");
        if (t < 0 && t != -1) throw Err.valueError("timeout value must be a non-negative number");
        if (t > TIMEOUT_MAX) throw Err.overflow("timeout value is too large");
        if (!block) return 0;
        return t < 0 ? -1 : (long) (t * 1e9);
    }

    private static boolean waitFor(Interpreter in, Lock l, long nanos) {
        if (l.tryTake()) return true;
        if (nanos == 0) return false;
        return Gil.blocking(in, () -> {
            try {
                return l.take(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static Lock lock(PyObject o) {
        if (!(o instanceof Lock)) throw Err.typeError("descriptor requires a '_thread.lock' object but received '" + o.type().name + "'");
        return (Lock) o;
    }

    private static PyType lockType(Interpreter in) {
        PyType t = newType("lock");
        t.baseAllowed = false;
        PyDict d = t.dict;
        PyBuiltinFunction acquire = PyBuiltinFunction.method("lock", "acquire", (a, k) -> {
            PyObject[] p = Args.bind("acquire", a, k, new String[]{"self", "blocking", "timeout"}, 1, 3);
            return PyBool.of(waitFor(in, lock(p[0]), waitNanos("acquire", p[1], p[2])));
        });
        PyBuiltinFunction release = PyBuiltinFunction.method1("lock", "release", self -> {
            if (!lock(self).release()) throw Err.runtimeError("release unlocked lock");
            return PyNone.INSTANCE;
        });
        PyBuiltinFunction locked = PyBuiltinFunction.method1("lock", "locked", self -> PyBool.of(lock(self).isHeld()));
        d.putStr("acquire", acquire);
        d.putStr("acquire_lock", acquire);
        d.putStr("__enter__", acquire);
        d.putStr("release", release);
        d.putStr("release_lock", release);
        d.putStr("locked", locked);
        d.putStr("locked_lock", locked);
        d.putStr("__exit__", PyBuiltinFunction.method("lock", "__exit__", (a, k) -> {
            if (!lock(a[0]).release()) throw Err.runtimeError("release unlocked lock");
            return PyNone.INSTANCE;
        }));
        d.putStr("_at_fork_reinit", PyBuiltinFunction.method1("lock", "_at_fork_reinit", self -> {
            lock(self).release();
            return PyNone.INSTANCE;
        }));
        d.putStr("__repr__", PyBuiltinFunction.method1("lock", "__repr__", self -> PyStr.of("<" + (lock(self).isHeld() ? "locked" : "unlocked")
                + " _thread.lock object at " + Ops.addressString(self) + ">")));
        t.invalidate();
        return t;
    }

    private static RLock rlock(PyObject o) {
        if (!(o instanceof RLock)) throw Err.typeError("descriptor requires a '_thread.RLock' object but received '" + o.type().name + "'");
        return (RLock) o;
    }

    private static PyType rlockType(Interpreter in) {
        PyType t = newType("RLock");
        PyDict d = t.dict;
        t.factory = cls -> new RLock(cls);
        t.solid = t;
        PyBuiltinFunction acquire = PyBuiltinFunction.method("RLock", "acquire", (a, k) -> {
            PyObject[] p = Args.bind("acquire", a, k, new String[]{"self", "blocking", "timeout"}, 1, 3);
            RLock r = rlock(p[0]);
            long me = ident();
            long nanos = waitNanos("acquire", p[1], p[2]);
            synchronized (r) {
                if (r.count > 0 && r.owner == me) {
                    r.count++;
                    return PyBool.TRUE;
                }
                if (r.count == 0) {
                    r.owner = me;
                    r.count = 1;
                    return PyBool.TRUE;
                }
                if (nanos == 0) return PyBool.FALSE;
            }
            boolean got = Gil.blocking(in, () -> {
                synchronized (r) {
                    long deadline = System.nanoTime() + nanos;
                    try {
                        while (r.count > 0) {
                            if (nanos < 0) r.wait();
                            else {
                                long left = deadline - System.nanoTime();
                                if (left <= 0) return false;
                                TimeUnit.NANOSECONDS.timedWait(r, left);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                    r.owner = me;
                    r.count = 1;
                    return true;
                }
            });
            return PyBool.of(got);
        });
        PyBuiltinFunction release = PyBuiltinFunction.method1("RLock", "release", self -> {
            RLock r = rlock(self);
            synchronized (r) {
                if (r.count == 0 || r.owner != ident()) throw Err.runtimeError("cannot release un-acquired lock");
                if (--r.count == 0) {
                    r.owner = 0;
                    r.notifyAll();
                }
            }
            return PyNone.INSTANCE;
        });
        d.putStr("acquire", acquire);
        d.putStr("__enter__", acquire);
        d.putStr("release", release);
        d.putStr("__exit__", PyBuiltinFunction.method("RLock", "__exit__", (a, k) -> release.call1(a[0])));
        d.putStr("_is_owned", PyBuiltinFunction.method1("RLock", "_is_owned", self -> {
            RLock r = rlock(self);
            synchronized (r) {
                return PyBool.of(r.count > 0 && r.owner == ident());
            }
        }));
        d.putStr("_release_save", PyBuiltinFunction.method1("RLock", "_release_save", self -> {
            RLock r = rlock(self);
            synchronized (r) {
                if (r.count == 0) throw Err.runtimeError("cannot release un-acquired lock");
                PyTuple state = new PyTuple(PyInt.of(r.count), PyInt.of(r.owner));
                r.count = 0;
                r.owner = 0;
                r.notifyAll();
                return state;
            }
        }));
        d.putStr("_acquire_restore", PyBuiltinFunction.method2("RLock", "_acquire_restore", (self, state) -> {
            RLock r = rlock(self);
            PyObject[] st = Ops.toArray(state);
            acquire.call(new PyObject[]{self}, null);
            synchronized (r) {
                r.count = Ops.index(st[0]);
                r.owner = Ops.index(st[1]);
            }
            return PyNone.INSTANCE;
        }));
        d.putStr("_at_fork_reinit", PyBuiltinFunction.method1("RLock", "_at_fork_reinit", self -> {
            RLock r = rlock(self);
            synchronized (r) {
                r.count = 0;
                r.owner = 0;
            }
            return PyNone.INSTANCE;
        }));
        d.putStr("__repr__", PyBuiltinFunction.method1("RLock", "__repr__", self -> {
            RLock r = rlock(self);
            synchronized (r) {
                return PyStr.of("<" + (r.count > 0 ? "locked" : "unlocked") + " " + self.type().name + " object owner=" + r.owner
                        + " count=" + r.count + " at " + Ops.addressString(self) + ">");
            }
        }));
        t.invalidate();
        return t;
    }
}
