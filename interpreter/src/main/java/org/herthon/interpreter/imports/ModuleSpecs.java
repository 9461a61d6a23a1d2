package org.herthon.interpreter.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.herthon.interpreter.runtime.*;

/**
 * The objects CPython's import machinery leaves on a module: {@code __spec__} (a
 * {@code ModuleSpec}), {@code __loader__} (a {@code SourceFileLoader}, or {@code BuiltinImporter}
 * for the Java twins) and {@code __cached__}. The types are made once per interpreter (they hold
 * no state of their own) with the names and attributes CPython's have.
 */
final class ModuleSpecs {
    final PyType moduleSpec;
    final PyType sourceFileLoader;
    final PyType builtinImporter;

    ModuleSpecs() {
        moduleSpec = heapType("ModuleSpec", "_frozen_importlib");
        PyDict d = moduleSpec.dict;
        d.putStr("__init__", PyBuiltinFunction.method("ModuleSpec", "__init__", (a, k) -> {
            PyObject[] p = Args.bind("ModuleSpec", a, k, new String[]{"self", "name", "loader", "origin", "loader_state", "is_package"}, 3, 3);
            PyDict sd = p[0].getDict();
            sd.putStr("name", p[1]);
            sd.putStr("loader", p[2]);
            sd.putStr("origin", p[3] == null ? PyNone.INSTANCE : p[3]);
            sd.putStr("loader_state", p[4] == null ? PyNone.INSTANCE : p[4]);
            sd.putStr("submodule_search_locations", p[5] != null && Ops.isTrue(p[5]) ? new PyList() : PyNone.INSTANCE);
            sd.putStr("_set_fileattr", PyBool.FALSE);
            sd.putStr("_cached", PyNone.INSTANCE);
            return PyNone.INSTANCE;
        }));
        d.putStr("parent", new PyProperty(PyBuiltinFunction.of1("parent", self -> {
            PyDict sd = self.getDict();
            PyObject name = sd.getStr("name");
            PyObject ssl = sd.getStr("submodule_search_locations");
            if (!(name instanceof PyStr)) return PyNone.INSTANCE;
            String n = ((PyStr) name).value;
            if (ssl != null && ssl != PyNone.INSTANCE) return name;
            int dot = n.lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : n.substring(0, dot));
        }), null, null, null));
        d.putStr("has_location", new PyProperty(PyBuiltinFunction.of1("has_location", self -> {
            PyObject v = self.getDict().getStr("_set_fileattr");
            return v == null ? PyBool.FALSE : v;
        }), null, null, null));
        d.putStr("cached", new PyProperty(PyBuiltinFunction.of1("cached", self -> {
            PyObject v = self.getDict().getStr("_cached");
            return v == null ? PyNone.INSTANCE : v;
        }), PyBuiltinFunction.of2("cached", (self, v) -> {
            self.getDict().putStr("_cached", v);
            return PyNone.INSTANCE;
        }), null, null));
        d.putStr("__repr__", PyBuiltinFunction.method1("ModuleSpec", "__repr__", self -> {
            PyDict sd = self.getDict();
            StringBuilder b = new StringBuilder("ModuleSpec(name=").append(Ops.repr(get(sd, "name")))
                    .append(", loader=").append(Ops.repr(get(sd, "loader")));
            PyObject origin = get(sd, "origin");
            if (origin != PyNone.INSTANCE) b.append(", origin=").append(Ops.repr(origin));
            PyObject ssl = get(sd, "submodule_search_locations");
            if (ssl != PyNone.INSTANCE) b.append(", submodule_search_locations=").append(Ops.repr(ssl));
            return PyStr.of(b.append(')').toString());
        }));
        d.putStr("__eq__", PyBuiltinFunction.method2("ModuleSpec", "__eq__", (self, other) -> {
            if (other.type() != self.type()) return PyNotImplemented.INSTANCE;
            PyDict a = self.getDict(), b = other.getDict();
            for (String n : new String[]{"name", "loader", "origin", "submodule_search_locations", "_cached", "_set_fileattr"}) {
                if (!Ops.eqBool(get(a, n), get(b, n))) return PyBool.FALSE;
            }
            return PyBool.TRUE;
        }));
        d.putStr("__hash__", PyNone.INSTANCE);
        moduleSpec.invalidate();

        sourceFileLoader = heapType("SourceFileLoader", "_frozen_importlib_external");
        PyDict l = sourceFileLoader.dict;
        l.putStr("__init__", PyBuiltinFunction.method3("SourceFileLoader", "__init__", (self, name, path) -> {
            self.getDict().putStr("name", name);
            self.getDict().putStr("path", path);
            return PyNone.INSTANCE;
        }));
        l.putStr("get_filename", PyBuiltinFunction.method("SourceFileLoader", "get_filename", (a, k) -> {
            PyObject[] p = Args.bind("get_filename", a, k, new String[]{"self", "name"}, 1, 2);
            return get(p[0].getDict(), "path");
        }));
        l.putStr("is_package", PyBuiltinFunction.method2("SourceFileLoader", "is_package", (self, name) -> {
            PyObject path = get(self.getDict(), "path");
            return PyBool.of(path instanceof PyStr && Path.of(((PyStr) path).value).getFileName().toString().equals("__init__.py"));
        }));
        l.putStr("get_data", PyBuiltinFunction.method2("SourceFileLoader", "get_data", (self, path) -> {
            String p = Args.str(path, "get_data() argument");
            try {
                return new PyBytes(Files.readAllBytes(Path.of(p)));
            } catch (IOException e) {
                throw Err.osError(PyExc.FileNotFoundError, 2, "No such file or directory", p);
            }
        }));
        l.putStr("get_source", PyBuiltinFunction.method2("SourceFileLoader", "get_source", (self, name) -> {
            PyObject path = get(self.getDict(), "path");
            try {
                return PyStr.of(org.herthon.interpreter.Interpreter.readSource(Path.of(Ops.str(path))));
            } catch (IOException e) {
                throw Err.make(PyExc.ImportError, "source not available through get_data()");
            }
        }));
        sourceFileLoader.invalidate();

        builtinImporter = heapType("BuiltinImporter", "_frozen_importlib");
        builtinImporter.invalidate();
    }

    private static PyObject get(PyDict d, String n) {
        PyObject v = d.getStr(n);
        return v == null ? PyNone.INSTANCE : v;
    }

    private static PyType heapType(String name, String module) {
        PyType t = new PyType(name, false, new PyType[]{PyType.OBJECT});
        t.dict.putStr("__module__", PyStr.of(module));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    /** A spec for a module loaded from a source file. */
    PyObject sourceSpec(String name, PyObject loader, String file, String pkgDir) {
        PyObject spec = moduleSpec.call(new PyObject[]{PyStr.of(name), loader, PyStr.of(file)}, new String[]{"origin"});
        PyDict sd = spec.getDict();
        if (pkgDir != null) {
            PyList l = new PyList();
            l.append(PyStr.of(pkgDir));
            sd.putStr("submodule_search_locations", l);
        }
        sd.putStr("_set_fileattr", PyBool.TRUE);
        return spec;
    }

    PyObject sourceLoader(String name, String file) {
        return sourceFileLoader.call(new PyObject[]{PyStr.of(name), PyStr.of(file)}, null);
    }

    /** A spec for a Java twin or a built-in module. */
    PyObject builtinSpec(String name) {
        return moduleSpec.call(new PyObject[]{PyStr.of(name), builtinImporter, PyStr.of("built-in")}, new String[]{"origin"});
    }
}
