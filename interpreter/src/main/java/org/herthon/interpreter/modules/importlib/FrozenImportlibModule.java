package org.herthon.interpreter.modules.importlib;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _frozen_importlib}: what CPython freezes from importlib/_bootstrap.py, here the Java
 * import system's own face, so that the standard library's {@code importlib} takes it instead of
 * running its pure-Python bootstrap: {@code ModuleSpec}, {@code BuiltinImporter},
 * {@code _gcd_import} (import_module), {@code _find_spec}, {@code _exec} (reload),
 * {@code module_from_spec}, {@code spec_from_loader}, {@code _resolve_name}.
 */
public final class FrozenImportlibModule implements JavaModule {
    @Override public String name() { return "_frozen_importlib"; }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_frozen_importlib");
        PyDict d = m.dict;
        PyType spec = in.imports.specType("ModuleSpec");
        d.putStr("ModuleSpec", spec);
        d.putStr("BuiltinImporter", in.imports.specType("BuiltinImporter"));
        d.putStr("__import__", in.builtinsDict.getStr("__import__"));
        PyType frozen = standIn("_frozen_importlib", "FrozenImporter");
        frozen.dict.putStr("find_spec", new PyClassMethod(PyBuiltinFunction.of("find_spec", (a, k) -> PyNone.INSTANCE)));
        d.putStr("FrozenImporter", frozen);
        fn(d, PyBuiltinFunction.of("_gcd_import", (a, k) -> {
            PyObject[] p = Args.bind("_gcd_import", a, k, new String[]{"name", "package", "level"}, 1, 3);
            String name = Args.str(p[0], "module name");
            int level = p[2] == null ? 0 : (int) Ops.index(p[2]);
            if (level < 0) throw Err.valueError("level must be >= 0");
            String abs = name;
            if (level > 0) {
                if (!(p[1] instanceof PyStr)) throw Err.typeError("__package__ not set to a string");
                abs = resolve(name, ((PyStr) p[1]).value, level);
            } else if (name.isEmpty()) {
                throw Err.valueError("Empty module name");
            }
            return in.imports.importAbsolute(abs);
        }));
        fn(d, PyBuiltinFunction.of("_find_spec", (a, k) -> {
            PyObject[] p = Args.bind("_find_spec", a, k, new String[]{"name", "path", "target"}, 2, 3);
            return in.imports.findSpec(Args.str(p[0], "name"), p[1]);
        }));
        fn(d, PyBuiltinFunction.of2("_exec", (s, module) -> {
            if (!(module instanceof PyModule)) throw Err.typeError("module expected");
            in.imports.execSpec(s, (PyModule) module);
            return module;
        }));
        fn(d, PyBuiltinFunction.of1("module_from_spec", s -> moduleFromSpec(in, s)));
        fn(d, PyBuiltinFunction.of("spec_from_loader", (a, k) -> {
            PyObject[] p = Args.bind("spec_from_loader", a, k, new String[]{"name", "loader", "origin", "is_package"}, 2, 2);
            PyObject isPkg = p[3];
            if (isPkg == null || isPkg == PyNone.INSTANCE) {
                PyObject ip = Ops.getAttrOrNull(p[1], "is_package");
                isPkg = ip == null ? PyBool.FALSE : ip.call1(p[0]);
            }
            return spec.call(new PyObject[]{p[0], p[1], p[2] == null ? PyNone.INSTANCE : p[2], isPkg},
                    new String[]{"origin", "is_package"});
        }));
        fn(d, PyBuiltinFunction.of("_resolve_name", (a, k) -> {
            PyObject[] p = Args.bind("_resolve_name", a, k, new String[]{"name", "package", "level"}, 3, 3);
            return PyStr.of(resolve(Args.str(p[0], "name"), Args.str(p[1], "package"), (int) Ops.index(p[2])));
        }));
        return m;
    }

    /** A class importlib.machinery names but Herthon's import system does not use (no frozen modules, no bytecode). */
    static PyType standIn(String module, String name) {
        PyType t = new PyType(name, false, new PyType[]{PyType.OBJECT});
        t.dict.putStr("__module__", PyStr.of(module));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        t.invalidate();
        return t;
    }

    /** importlib's _resolve_name: name relative to package, level dots up. */
    static String resolve(String name, String pkg, int level) {
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Err.make(PyExc.ImportError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    static PyObject moduleFromSpec(Interpreter in, PyObject s) {
        PyObject loader = Ops.getAttrOrNull(s, "loader");
        PyObject made = null;
        if (loader != null && loader != PyNone.INSTANCE) {
            PyObject create = Ops.getAttrOrNull(loader, "create_module");
            if (create != null) made = create.call1(s);
        }
        PyModule m;
        if (made instanceof PyModule) m = (PyModule) made;
        else m = new PyModule(Ops.str(Ops.getAttr(s, "name")));
        PyDict md = m.dict;
        String name = Ops.str(Ops.getAttr(s, "name"));
        md.putStr("__name__", PyStr.of(name));
        md.putStr("__loader__", loader == null ? PyNone.INSTANCE : loader);
        PyObject parent = Ops.getAttrOrNull(s, "parent");
        md.putStr("__package__", parent == null ? PyNone.INSTANCE : parent);
        md.putStr("__spec__", s);
        PyObject ssl = Ops.getAttrOrNull(s, "submodule_search_locations");
        if (ssl != null && ssl != PyNone.INSTANCE) md.putStr("__path__", ssl);
        PyObject hasLoc = Ops.getAttrOrNull(s, "has_location");
        if (hasLoc != null && Ops.isTrue(hasLoc)) {
            md.putStr("__file__", Ops.getAttr(s, "origin"));
            md.putStr("__cached__", PyNone.INSTANCE);
        }
        return m;
    }

    static void fn(PyDict d, PyBuiltinFunction f) {
        f.module = PyStr.of("_frozen_importlib");
        d.putStr(f.name, f);
    }
}
