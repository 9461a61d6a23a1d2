package org.herthon.interpreter.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

import org.herthon.bridge.Probes;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.compiler.Mangler;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.parser.Parser;
import org.herthon.interpreter.runtime.*;

/**
 * The import system over {@code sys.path}: Java twins and built-in modules first, then packages
 * ({@code NAME/__init__.py}) and modules ({@code NAME.py}) in each folder of the path, as
 * CPython's PathFinder finds them. Parsed sources are kept in the {@link ParseCache}.
 */
public final class PathImportSystem implements ImportSystem {
    private final Interpreter in;
    private final Map<String, String> env;
    private String stdlibOption;
    private Path stdlib;
    private boolean stdlibLooked;
    private boolean missingReported;
    private ParseCache cache;
    private ModuleSpecs specs;

    public PathImportSystem(Interpreter in) {
        this(in, System.getenv());
    }

    public PathImportSystem(Interpreter in, Map<String, String> env) {
        this.in = in;
        this.env = env;
    }

    @Override public void setStdlibOption(String dir) {
        this.stdlibOption = dir;
        this.stdlibLooked = false;
    }

    /** The standard library's folder, or null when it is missing (looked for once). */
    public Path stdlib() {
        if (!stdlibLooked) {
            stdlibLooked = true;
            stdlib = StdlibLocator.locate(stdlibOption, env);
        }
        return stdlib;
    }

    private ParseCache cache() {
        if (cache == null) {
            String prop = System.getProperty("herthon.cache", "");
            Path dir = null;
            if (!prop.equals("off")) {
                if (!prop.isEmpty()) dir = Path.of(prop);
                else {
                    Path home = StdlibLocator.cacheHome(env);
                    if (home != null) dir = home.resolve("ast");
                }
            }
            cache = new ParseCache(dir);
        }
        return cache;
    }

    private ModuleSpecs specs() {
        if (specs == null) specs = new ModuleSpecs();
        return specs;
    }

    // ---- sys.path -----------------------------------------------------------------------------
    @Override public void initPath() {
        // the modules there before any import (sys, builtins, time) get their specs as in CPython
        PyDict mods = sysModules();
        for (String n : new String[]{"sys", "builtins", "time"}) {
            if (mods.getStr(n) instanceof PyModule) giveBuiltinSpec((PyModule) mods.getStr(n), n);
        }
        PyList path = in.path;
        String pp = env.get("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) {
            for (String e : pp.split(":", -1)) {
                path.append(PyStr.of(in.cwd.resolve(e).normalize().toString()));
            }
        }
        Path lib = stdlib();
        if (lib != null) {
            Path parent = lib.getParent();
            if (parent != null) path.append(PyStr.of(parent.resolve("python311.zip").toString()));
            path.append(PyStr.of(lib.toString()));
            Path dyn = lib.resolve("lib-dynload");
            if (Files.isDirectory(dyn)) path.append(PyStr.of(dyn.toString()));
            Path prefix = parent == null ? null : parent.getParent();
            if (prefix != null) {
                PyDict sd = in.sysModule.dict;
                for (String n : new String[]{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) sd.putStr(n, PyStr.of(prefix.toString()));
            }
        }
    }

    @Override public Path findMain(String module) {
        String rel = module.replace('.', '/');
        PyObject sp = in.sysModule.dict.getStr("path");
        for (PyObject entry : Ops.toArray(sp == null ? in.path : sp)) {
            if (!(entry instanceof PyStr)) continue;
            String dir = ((PyStr) entry).value;
            Path base = dir.isEmpty() ? in.cwd : in.cwd.resolve(dir);
            Path f = base.resolve(rel + ".py");
            if (Files.isRegularFile(f)) return f.toAbsolutePath().normalize();
            Path p = base.resolve(rel).resolve("__main__.py");
            if (Files.isRegularFile(p)) return p.toAbsolutePath().normalize();
        }
        reportMissingStdlib(module.indexOf('.') < 0 ? module : module.substring(0, module.indexOf('.')));
        return null;
    }

    // ---- import statements --------------------------------------------------------------------
    private PyDict sysModules() {
        return in.sysModules();
    }

    @Override public PyObject importModule(String name, PyDict globals, String[] fromlist, int level) {
        String abs = name;
        if (level > 0) abs = resolveRelative(name, globals, level);
        else if (name.isEmpty()) throw Err.valueError("Empty module name");
        PyObject mod = importAbsolute(abs);
        if (fromlist != null && fromlist.length > 0) {
            if (mod instanceof PyModule && ((PyModule) mod).dict.getStr("__path__") != null) {
                for (String n : fromlist) {
                    if (n.equals("*")) {
                        PyObject all = ((PyModule) mod).dict.getStr("__all__");
                        if (all != null) {
                            for (PyObject x : Ops.toArray(all)) ensureSubmodule((PyModule) mod, abs, Ops.str(x));
                        }
                        continue;
                    }
                    ensureSubmodule((PyModule) mod, abs, n);
                }
            }
            return mod;
        }
        if (level == 0 && abs.indexOf('.') >= 0) {
            return sysModules().getStr(abs.substring(0, abs.indexOf('.')));
        }
        if (level > 0 && name.indexOf('.') >= 0) {
            // "from . import" handled above; plain relative import binds the first component
            String first = abs.substring(0, abs.length() - name.length()) + name.substring(0, name.indexOf('.'));
            return sysModules().getStr(first);
        }
        return mod;
    }

    private void ensureSubmodule(PyModule pkg, String pkgName, String n) {
        if (pkg.dict.getStr(n) != null) return;
        String sub = pkgName + "." + n;
        try {
            importAbsolute(sub);
        } catch (PyException e) {
            if (e.matches(PyExc.ModuleNotFoundError)) {
                PyObject missing = e.exc.attr("name");
                if (missing instanceof PyStr && ((PyStr) missing).value.equals(sub)) return;
            }
            throw e;
        }
    }

    private static String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals == null ? null : globals.getStr("__package__");
        String p;
        if (pkg instanceof PyStr) p = ((PyStr) pkg).value;
        else {
            PyObject n = globals == null ? null : globals.getStr("__name__");
            if (!(n instanceof PyStr)) throw Err.make(PyExc.ImportError, "attempted relative import with no known parent package");
            p = ((PyStr) n).value;
            if (globals.getStr("__path__") == null) {
                int dot = p.lastIndexOf('.');
                p = dot < 0 ? "" : p.substring(0, dot);
            }
        }
        if (p.isEmpty()) throw Err.make(PyExc.ImportError, "attempted relative import with no known parent package");
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Err.make(PyExc.ImportError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    @Override public PyObject importAbsolute(String abs) {
        PyDict mods = sysModules();
        PyObject m = mods.getStr(abs);
        if (m != null && m != PyNone.INSTANCE) return m;
        if (m == PyNone.INSTANCE) {
            throw notFound("import of " + abs + " halted; None in sys.modules", abs);
        }
        PyDict sd = in.sysModule.dict;
        in.audit("import", PyStr.of(abs), PyNone.INSTANCE, orNone(sd.getStr("path")), orNone(sd.getStr("meta_path")), orNone(sd.getStr("path_hooks")));
        if (Probes.importStartEnabled()) Probes.importFindLoadStart(abs);
        boolean ok = false;
        try {
            PyObject r = findAndLoad(abs);
            ok = true;
            return r;
        } finally {
            if (Probes.importDoneEnabled()) Probes.importFindLoadDone(abs, ok);
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private static PyException notFound(String msg, String name) {
        PyException e = Err.make(PyExc.ModuleNotFoundError, msg);
        e.exc.getDict().putStr("name", PyStr.of(name));
        return e;
    }

    private PyObject findAndLoad(String abs) {
        PyDict mods = sysModules();
        int dot = abs.lastIndexOf('.');
        PyObject searchPath;
        PyModule parent = null;
        if (dot >= 0) {
            String parentName = abs.substring(0, dot);
            PyObject pm = mods.getStr(parentName);
            if (pm == null) pm = importAbsolute(parentName);
            PyObject again = mods.getStr(abs);
            if (again != null) return again;
            if (!(pm instanceof PyModule) || ((PyModule) pm).dict.getStr("__path__") == null) {
                throw notFound("No module named '" + abs + "'; '" + parentName + "' is not a package", abs);
            }
            parent = (PyModule) pm;
            searchPath = parent.dict.getStr("__path__");
        } else {
            PyModule builtin = in.builtinModules.load(abs);
            if (builtin != null) {
                giveBuiltinSpec(builtin, abs);
                mods.putStr(abs, builtin);
                return builtin;
            }
            searchPath = in.sysModule.dict.getStr("path");
        }
        String last = dot >= 0 ? abs.substring(dot + 1) : abs;
        Found f = search(last, searchPath);
        if (f != null) return loadSource(abs, f.file(), f.pkgDir(), parent, last);
        if (dot < 0) reportMissingStdlib(abs);
        throw notFound("No module named '" + abs + "'", abs);
    }

    private void giveBuiltinSpec(PyModule m, String name) {
        PyObject old = m.dict.getStr("__spec__");
        if (old != null && old != PyNone.INSTANCE) return;
        m.dict.putStr("__spec__", specs().builtinSpec(name));
        m.dict.putStr("__loader__", specs().builtinImporter);
    }

    /** A module's source file, and its package folder if it is a package. */
    private record Found(Path file, Path pkgDir) {}

    /** The first package (NAME/__init__.py) or module (NAME.py) named last in the folders of searchPath. */
    private Found search(String last, PyObject searchPath) {
        if (searchPath == null || searchPath == PyNone.INSTANCE) return null;
        for (PyObject entry : Ops.toArray(searchPath)) {
            if (!(entry instanceof PyStr)) continue;
            String dir = ((PyStr) entry).value;
            Path base = dir.isEmpty() ? in.cwd : in.cwd.resolve(dir);
            Path pkgDir = base.resolve(last);
            Path init = pkgDir.resolve("__init__.py");
            if (Files.isRegularFile(init)) return new Found(init, pkgDir);
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) return new Found(file, null);
        }
        return null;
    }

    @Override public PyObject findSpec(String name, PyObject path) {
        PyObject m = sysModules().getStr(name);
        if (m instanceof PyModule && (path == null || path == PyNone.INSTANCE)) {
            PyObject spec = ((PyModule) m).dict.getStr("__spec__");
            if (spec != null && spec != PyNone.INSTANCE) return spec;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 && isBuiltin(name)) return specs().builtinSpec(name);
        if (path == null || path == PyNone.INSTANCE) path = dot < 0 ? in.sysModule.dict.getStr("path") : null;
        Found f = search(dot < 0 ? name : name.substring(dot + 1), path);
        if (f == null) return PyNone.INSTANCE;
        String fn = f.file().toAbsolutePath().normalize().toString();
        String pd = f.pkgDir() == null ? null : f.pkgDir().toAbsolutePath().normalize().toString();
        return specs().sourceSpec(name, specs().sourceLoader(name, fn), fn, pd);
    }

    private boolean isBuiltin(String name) {
        PyObject names = in.sysModule.dict.getStr("builtin_module_names");
        if (names == null) return false;
        for (PyObject n : Ops.toArray(names)) if (n instanceof PyStr && ((PyStr) n).value.equals(name)) return true;
        return false;
    }

    @Override public void execSpec(PyObject spec, PyModule m) {
        PyObject origin = Ops.getAttrOrNull(spec, "origin");
        PyObject nameObj = Ops.getAttrOrNull(spec, "name");
        String name = nameObj instanceof PyStr ? ((PyStr) nameObj).value : m.name();
        if (!(origin instanceof PyStr) || ((PyStr) origin).value.equals("built-in")) return;
        Path file = Path.of(((PyStr) origin).value);
        String fn = file.toAbsolutePath().normalize().toString();
        m.dict.putStr("__spec__", spec);
        PyObject loader = Ops.getAttrOrNull(spec, "loader");
        if (loader != null) m.dict.putStr("__loader__", loader);
        m.dict.putStr("__file__", PyStr.of(fn));
        in.audit("open", PyStr.of(fn), PyStr.of("r"), PyInt.of(524288));
        PyCode code;
        try {
            code = compileModule(cache(), file.toAbsolutePath().normalize(), fn, name);
        } catch (org.herthon.interpreter.parser.HerthonSyntaxError e) {
            throw org.herthon.interpreter.builtins.BuiltinsModule.syntaxError(e);
        }
        in.audit("exec", code);
        in.exec(code, m.dict, m.dict);
    }

    @Override public PyType specType(String which) {
        switch (which) {
            case "ModuleSpec": return specs().moduleSpec;
            case "BuiltinImporter": return specs().builtinImporter;
            case "SourceFileLoader": return specs().sourceFileLoader;
            default: return null;
        }
    }

    @Override public String resolveName(String name, PyDict globals, int level) {
        return level > 0 ? resolveRelative(name, globals, level) : name;
    }

    /** When a module of CPython's standard library is not found because the library is missing: one line, once. */
    private void reportMissingStdlib(String topName) {
        if (missingReported || stdlib() != null || !StdlibNames.contains(topName)) return;
        missingReported = true;
        in.rawOut.flush();
        in.rawErr.println(StdlibLocator.MISSING);
        in.rawErr.flush();
    }

    private PyObject loadSource(String name, Path file, Path pkgDir, PyModule parent, String last) {
        Path absFile = file.toAbsolutePath().normalize();
        String fn = absFile.toString();
        PyModule m = new PyModule(name);
        ModuleSpecs sp = specs();
        PyObject loader = sp.sourceLoader(name, fn);
        String pd = pkgDir == null ? null : pkgDir.toAbsolutePath().normalize().toString();
        PyObject spec = sp.sourceSpec(name, loader, fn, pd);
        ParseCache pc = cache();
        m.dict.putStr("__file__", PyStr.of(fn));
        m.dict.putStr("__cached__", PyNone.INSTANCE);
        m.dict.putStr("__builtins__", in.builtinsModule);
        m.dict.putStr("__loader__", loader);
        m.dict.putStr("__spec__", spec);
        if (pd != null) {
            PyList p = new PyList();
            p.append(PyStr.of(pd));
            m.dict.putStr("__path__", p);
            m.dict.putStr("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.dict.putStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        PyDict mods = sysModules();
        mods.putStr(name, m);
        try {
            in.audit("open", PyStr.of(fn), PyStr.of("r"), PyInt.of(524288));
            PyCode code;
            try {
                code = compileModule(pc, absFile, fn, name);
            } catch (org.herthon.interpreter.parser.HerthonSyntaxError e) {
                throw org.herthon.interpreter.builtins.BuiltinsModule.syntaxError(e);
            }
            in.audit("exec", code);
            in.exec(code, m.dict, m.dict);
        } catch (RuntimeException e) {
            mods.delStr(name);
            throw e;
        }
        PyObject result = mods.getStr(name);
        if (result == null) throw Err.make(PyExc.ImportError, "Loaded module " + name + " not found in sys.modules");
        if (parent != null) parent.dict.putStr(last, result);
        return result;
    }

    /** The module's code: from the parse cache when it holds this version of the file, else parsed (and kept). */
    private PyCode compileModule(ParseCache pc, Path file, String fn, String name) {
        boolean auditCompile = !in.auditHooks.isEmpty() || Probes.auditEnabled();
        long mtime = -1, size = -1;
        if (pc.enabled()) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                mtime = a.lastModifiedTime().toMillis();
                size = a.size();
            } catch (IOException e) {
                mtime = -1;
            }
        }
        ParseCache.Entry cached = mtime >= 0 ? pc.load(file, mtime, size) : null;
        if (cached != null) {
            if (auditCompile) in.audit("compile", new PyBytes(readOrThrow(file, fn).getBytes(StandardCharsets.UTF_8)), PyStr.of(fn));
            // the cached tree passed the compile checks when it was written and compiled without warnings
            Module tree = cached.module();
            Mangler.Result mangled = cached.privateNames() ? Mangler.mangle(tree) : Mangler.unchanged(tree);
            return in.compileMangled(tree, mangled, new SourceText(fn, ""), fn, name, false, false);
        }
        String src = readOrThrow(file, fn);
        if (auditCompile) in.audit("compile", new PyBytes(src.getBytes(StandardCharsets.UTF_8)), PyStr.of(fn));
        SourceText st = new SourceText(fn, SourceText.normalizeNewlines(src));
        Module tree = Parser.parse(st);
        int warned = in.compileWarnings;
        Mangler.Result mangled = Mangler.mangle(tree);
        PyCode code = in.compileMangled(tree, mangled, st, fn, name, true, false);
        if (mtime >= 0 && in.compileWarnings == warned) pc.store(file, mtime, size, tree, !mangled.unchangedFrom(tree));
        return code;
    }

    private static String readOrThrow(Path file, String fn) {
        try {
            return Interpreter.readSource(file);
        } catch (IOException e) {
            throw Err.make(PyExc.ImportError, "cannot read " + fn);
        }
    }

    // ---- from ... import ----------------------------------------------------------------------
    @Override public PyObject importFrom(PyObject module, String name) {
        PyObject v = Ops.getAttrOrNull(module, name);
        if (v != null) return v;
        // a submodule not bound yet
        if (module instanceof PyModule) {
            PyObject pn = ((PyModule) module).dict.getStr("__name__");
            if (pn instanceof PyStr) {
                PyObject sub = sysModules().getStr(((PyStr) pn).value + "." + name);
                if (sub != null) return sub;
            }
        }
        String modName = module instanceof PyModule ? ((PyModule) module).name() : "<unknown module name>";
        PyObject file = module instanceof PyModule ? ((PyModule) module).dict.getStr("__file__") : null;
        String loc = file instanceof PyStr ? ((PyStr) file).value : "unknown location";
        PyException e = Err.make(PyExc.ImportError, "cannot import name '" + name + "' from '" + modName + "' (" + loc + ")");
        e.exc.getDict().putStr("name", PyStr.of(modName));
        e.exc.getDict().putStr("path", file == null ? PyNone.INSTANCE : file);
        throw e;
    }

    @Override public void importStar(PyObject module, Frame f) {
        PyObject all = Ops.getAttrOrNull(module, "__all__");
        PyObject loc = f.locals;
        PyDict src = module.getDict();
        if (all != null) {
            for (PyObject n : Ops.toArray(all)) {
                String s = Ops.str(n);
                Ops.setItem(loc, n, Ops.getAttr(module, s));
            }
            return;
        }
        if (src == null) return;
        for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
            PyObject k = src.keys[i];
            if (k instanceof PyStr && !((PyStr) k).value.startsWith("_")) Ops.setItem(loc, k, src.values[i]);
        }
    }
}
