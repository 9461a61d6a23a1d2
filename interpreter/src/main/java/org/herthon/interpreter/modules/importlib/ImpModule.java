package org.herthon.interpreter.modules.importlib;

import java.util.concurrent.locks.ReentrantLock;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _imp}: the import lock, built-in modules by spec, and the answers CPython gives for
 * frozen modules and extensions (Herthon has neither: every C module is a Java twin).
 */
public final class ImpModule implements JavaModule {
    @Override public String name() { return "_imp"; }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_imp");
        PyDict d = m.dict;
        ReentrantLock lock = new ReentrantLock();
        fn(d, PyBuiltinFunction.of0("acquire_lock", () -> { lock.lock(); return PyNone.INSTANCE; }));
        fn(d, PyBuiltinFunction.of0("release_lock", () -> {
            if (!lock.isHeldByCurrentThread()) throw Err.runtimeError("not holding the import lock");
            lock.unlock();
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of0("lock_held", () -> PyBool.of(lock.isLocked())));
        fn(d, PyBuiltinFunction.of1("is_builtin", n -> {
            String name = Args.str(n, "is_builtin() argument");
            for (PyObject x : Ops.toArray(in.sysModule.dict.getStr("builtin_module_names"))) {
                if (x instanceof PyStr && ((PyStr) x).value.equals(name)) return PyInt.of(1);
            }
            return PyInt.ZERO;
        }));
        fn(d, PyBuiltinFunction.of1("is_frozen", n -> PyBool.FALSE));
        fn(d, PyBuiltinFunction.of1("is_frozen_package", n -> {
            throw Err.make(PyExc.ImportError, "No such frozen object named " + Ops.repr(n));
        }));
        fn(d, PyBuiltinFunction.of("get_frozen_object", (a, k) -> {
            throw Err.make(PyExc.ImportError, "No such frozen object named " + (a.length > 0 ? Ops.repr(a[0]) : "''"));
        }));
        fn(d, PyBuiltinFunction.of("find_frozen", (a, k) -> PyNone.INSTANCE));
        fn(d, PyBuiltinFunction.of0("extension_suffixes", PyList::new));
        fn(d, PyBuiltinFunction.of1("create_builtin", spec -> {
            String name = Ops.str(Ops.getAttr(spec, "name"));
            PyObject existing = in.sysModules().getStr(name);
            if (existing instanceof PyModule) return existing;
            PyModule made = in.builtinModules.load(name);
            if (made == null) throw Err.make(PyExc.ImportError, "no built-in module named " + name);
            return made;
        }));
        fn(d, PyBuiltinFunction.of1("exec_builtin", mod -> PyInt.ZERO));
        fn(d, PyBuiltinFunction.of1("exec_dynamic", mod -> PyInt.ZERO));
        fn(d, PyBuiltinFunction.of2("_fix_co_filename", (code, path) -> PyNone.INSTANCE));
        fn(d, PyBuiltinFunction.of2("source_hash", (key, source) -> new PyBytes(new byte[8])));
        d.putStr("check_hash_based_pycs", PyStr.of("never"));
        // PyConfig.use_frozen_modules as test.support.import_helper.frozen_modules() overrides it:
        // -1 off, 1 on, 0 no override. It is this interpreter's (this module object's) own state;
        // Herthon freezes no modules, so either way find_frozen finds none.
        int[] frozenOverride = {0};
        fn(d, PyBuiltinFunction.of1("_override_frozen_modules_for_tests", o -> {
            frozenOverride[0] = intArg(o);
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of0("_frozen_module_names", PyList::new));
        fn(d, PyBuiltinFunction.of1("init_frozen", n -> {
            Args.str(n, "init_frozen() argument");
            return PyNone.INSTANCE;
        }));
        fn(d, PyBuiltinFunction.of("create_dynamic", (a, k) -> {
            Args.range("create_dynamic", a, 1, 2);
            PyObject name = Ops.getAttr(a[0], "name");
            throw Err.make(PyExc.ImportError, "Herthon loads no extension modules: " + Ops.str(name));
        }));
        return m;
    }

    /** An argument clinic "int" argument: an int or __index__, not a float. */
    private static int intArg(PyObject o) {
        if (o instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
        long v = Ops.index(o);
        if (v > Integer.MAX_VALUE) throw Err.overflow("signed integer is greater than maximum");
        if (v < Integer.MIN_VALUE) throw Err.overflow("signed integer is less than minimum");
        return (int) v;
    }

    private static void fn(PyDict d, PyBuiltinFunction f) {
        f.module = PyStr.of("_imp");
        d.putStr(f.name, f);
    }
}
