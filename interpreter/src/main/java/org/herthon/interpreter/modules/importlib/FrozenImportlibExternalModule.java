package org.herthon.interpreter.modules.importlib;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _frozen_importlib_external}: the path-based part of CPython's frozen importlib
 * ({@code SourceFileLoader}, {@code PathFinder}, {@code spec_from_file_location},
 * {@code decode_source}, the magic number and its packing helpers). Herthon writes no bytecode,
 * so {@code sys.implementation.cache_tag} is None and {@code cache_from_source} raises
 * NotImplementedError, as CPython's does then.
 */
public final class FrozenImportlibExternalModule implements JavaModule {
    @Override public String name() { return "_frozen_importlib_external"; }

    /** CPython 3.11's bytecode magic number (3495) and "\r\n". */
    static final byte[] MAGIC = {(byte) 0xa7, 0x0d, 0x0d, 0x0a};

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_frozen_importlib_external");
        PyDict d = m.dict;
        PyType spec = in.imports.specType("ModuleSpec");
        PyType loader = in.imports.specType("SourceFileLoader");
        d.putStr("SourceFileLoader", loader);
        d.putStr("MAGIC_NUMBER", new PyBytes(MAGIC.clone()));
        d.putStr("_RAW_MAGIC_NUMBER", PyInt.of((MAGIC[0] & 0xff) | (MAGIC[1] << 8) | (MAGIC[2] << 16) | ((long) MAGIC[3] << 24)));
        PyList src = new PyList();
        src.append(PyStr.of(".py"));
        d.putStr("SOURCE_SUFFIXES", src);
        PyList bc = new PyList();
        bc.append(PyStr.of(".pyc"));
        d.putStr("BYTECODE_SUFFIXES", bc);
        d.putStr("EXTENSION_SUFFIXES", new PyList());
        d.putStr("path_sep", PyStr.of("/"));
        d.putStr("path_separators", PyStr.of("/"));
        fn(d, PyBuiltinFunction.of1("_pack_uint32", x -> {
            long v = Ops.index(x) & 0xffffffffL;
            return new PyBytes(new byte[]{(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)});
        }));
        fn(d, PyBuiltinFunction.of1("_unpack_uint32", data -> {
            if (!(data instanceof PyBytes) || ((PyBytes) data).data.length != 4) throw Err.make(PyExc.AssertionError);
            byte[] b = ((PyBytes) data).data;
            return PyInt.of((b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24);
        }));
        PyBuiltinFunction noCache = PyBuiltinFunction.of("cache_from_source", (a, k) -> {
            throw Err.notImplemented("sys.implementation.cache_tag is None");
        });
        fn(d, noCache);
        fn(d, PyBuiltinFunction.of("source_from_cache", (a, k) -> {
            throw Err.notImplemented("sys.implementation.cache_tag is None");
        }));
        fn(d, PyBuiltinFunction.of1("decode_source", b -> {
            if (!(b instanceof PyBytes)) throw Err.typeError("a bytes-like object is required, not '" + b.type().name + "'");
            String s = new String(((PyBytes) b).data, StandardCharsets.UTF_8);
            return PyStr.of(s.replace("\r\n", "\n").replace('\r', '\n'));
        }));
        fn(d, PyBuiltinFunction.of("spec_from_file_location", (a, k) -> {
            PyObject[] p = Args.bind("spec_from_file_location", a, k, new String[]{"name", "location", "loader", "submodule_search_locations"}, 1, 2);
            PyObject name = p[0];
            PyObject location = p[1] == null ? PyNone.INSTANCE : p[1];
            if (location == PyNone.INSTANCE) return PyNone.INSTANCE;
            String loc = Path.of(Ops.str(location)).toAbsolutePath().normalize().toString();
            PyObject ld = p[2] == null || p[2] == PyNone.INSTANCE ? loader.call(new PyObject[]{name, PyStr.of(loc)}, null) : p[2];
            PyObject s = spec.call(new PyObject[]{name, ld, PyStr.of(loc)}, new String[]{"origin"});
            PyDict sd = s.getDict();
            sd.putStr("_set_fileattr", PyBool.TRUE);
            if (p[3] != null) {
                sd.putStr("submodule_search_locations", p[3]);
            } else if (loc.endsWith("/__init__.py")) {
                PyList l = new PyList();
                l.append(PyStr.of(loc.substring(0, loc.length() - "/__init__.py".length())));
                sd.putStr("submodule_search_locations", l);
            }
            return s;
        }));
        PyType finder = new PyType("PathFinder", false, new PyType[]{PyType.OBJECT});
        finder.dict.putStr("__module__", PyStr.of("_frozen_importlib_external"));
        finder.dict.putStr("find_spec", new PyStaticMethod(PyBuiltinFunction.of("find_spec", (a, k) -> {
            PyObject[] p = Args.bind("find_spec", a, k, new String[]{"fullname", "path", "target"}, 1, 3);
            return in.imports.findSpec(Args.str(p[0], "fullname"), p[1] == null ? PyNone.INSTANCE : p[1]);
        })));
        finder.dict.putStr("invalidate_caches", new PyStaticMethod(PyBuiltinFunction.of0("invalidate_caches", () -> PyNone.INSTANCE)));
        finder.invalidate();
        d.putStr("PathFinder", finder);
        // importlib.machinery imports these names; Herthon's import system does not use them
        PyList debug = new PyList();
        debug.append(PyStr.of(".pyc"));
        d.putStr("DEBUG_BYTECODE_SUFFIXES", debug);
        PyList optimized = new PyList();
        optimized.append(PyStr.of(".pyc"));
        d.putStr("OPTIMIZED_BYTECODE_SUFFIXES", optimized);
        for (String n : new String[]{"WindowsRegistryFinder", "FileFinder", "SourcelessFileLoader", "ExtensionFileLoader", "NamespaceLoader"}) {
            d.putStr(n, FrozenImportlibModule.standIn("_frozen_importlib_external", n));
        }
        return m;
    }

    private static void fn(PyDict d, PyBuiltinFunction f) {
        f.module = PyStr.of("_frozen_importlib_external");
        d.putStr(f.name, f);
    }
}
