package org.herthon.interpreter.builtins;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.imports.StdlibNames;
import org.herthon.interpreter.modules.os.StructSeq;
import org.herthon.interpreter.runtime.*;

/** The parts of {@code sys} the standard library reads at import time: flags, warnoptions, prefixes, encodings. */
final class SysExtras {
    private SysExtras() {}

    static void add(Interpreter in, PyModule sys) {
        PyDict d = sys.dict;
        String[] names = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                "warn_default_encoding", "safe_path", "int_max_str_digits"};
        StructSeq flags = new StructSeq("sys", "flags", names, names.length);
        PyObject[] v = new PyObject[names.length];
        for (int i = 0; i < v.length; i++) v[i] = PyInt.ZERO;
        v[4] = PyInt.of(1);
        v[11] = PyInt.of(1);
        v[13] = PyBool.FALSE;
        v[16] = PyBool.FALSE;
        v[17] = PyInt.of(-1);   // int_max_str_digits: -1 when neither -X int_max_str_digits nor the environment set it
        d.putStr("flags", flags.make(v));
        // numeric hashes as CPython's on 64-bit Linux (PyFloat/PyInt hash modulo 2**61 - 1)
        String[] hashNames = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"};
        d.putStr("hash_info", new StructSeq("sys", "hash_info", hashNames, hashNames.length).make(PyInt.of(64),
                PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.ZERO, PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64),
                PyInt.of(128), PyInt.ZERO));
        String[] intNames = {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"};
        d.putStr("int_info", new StructSeq("sys", "int_info", intNames, intNames.length).make(PyInt.of(30), PyInt.of(4),
                PyInt.of(4300), PyInt.of(640)));
        d.putStr("warnoptions", new PyList());
        d.putStr("_xoptions", new PyDict());
        d.putStr("platlibdir", PyStr.of("lib"));
        d.putStr("abiflags", PyStr.of(""));
        d.putStr("api_version", PyInt.of(1013));
        d.putStr("pycache_prefix", PyNone.INSTANCE);
        for (String n : new String[]{"exec_prefix", "base_prefix", "base_exec_prefix"}) d.putStr(n, PyStr.of("/usr"));
        PyObject[] std = StdlibNames.ALL.stream().sorted().map(PyStr::of).toArray(PyObject[]::new);
        d.putStr("stdlib_module_names", PyType.FROZENSET.call(new PyObject[]{PyTuple.of(std)}, null));
        d.putStr("orig_argv", new PyList());
        d.putStr("getfilesystemencodeerrors", fn("getfilesystemencodeerrors", () -> PyStr.of("surrogateescape")));
        double[] switchInterval = {0.005};
        d.putStr("getswitchinterval", fn("getswitchinterval", () -> new PyFloat(switchInterval[0])));
        PyBuiltinFunction set = PyBuiltinFunction.of1("setswitchinterval", x -> {
            double s = Arith.toDouble(x);
            if (s <= 0) throw Err.valueError("switch interval must be strictly positive");
            switchInterval[0] = s;
            return PyNone.INSTANCE;
        });
        set.module = PyStr.of("sys");
        d.putStr("setswitchinterval", set);
        PyBuiltinFunction getDigits = fn("get_int_max_str_digits", () -> PyInt.of(in.intMaxStrDigits));
        d.putStr("get_int_max_str_digits", getDigits);
        PyBuiltinFunction setDigits = PyBuiltinFunction.of("set_int_max_str_digits", (a, k) -> {
            PyObject[] p = Args.bind("set_int_max_str_digits", a, k, new String[]{"maxdigits"}, 1, 1);
            IntStrLimit.set(in, Ops.index(p[0]));
            return PyNone.INSTANCE;
        });
        setDigits.module = PyStr.of("sys");
        d.putStr("set_int_max_str_digits", setDigits);
        d.putStr("getallocatedblocks", fn("getallocatedblocks", () -> PyInt.ZERO));
        d.putStr("is_finalizing", fn("is_finalizing", () -> PyBool.FALSE));
    }

    private static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl0 f) {
        PyBuiltinFunction b = PyBuiltinFunction.of0(name, f);
        b.module = PyStr.of("sys");
        return b;
    }
}
