package org.herthon.interpreter.imports;

import java.nio.file.Path;

import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyDict;
import org.herthon.interpreter.runtime.PyModule;
import org.herthon.interpreter.runtime.PyObject;
import org.herthon.interpreter.runtime.PyType;

/**
 * The import system of one interpreter: {@code import} statements, {@code __import__}, and the
 * search of {@code sys.path} (the script's folder, {@code PYTHONPATH}, CPython 3.11's standard
 * library). Every module it loads from a file fires the {@code import__find__load__start/done}
 * markers and the audit events {@code import}, {@code open}, {@code compile} and {@code exec}.
 */
public interface ImportSystem {
    /** {@code __import__(name, globals, fromlist, level)}: the top package, or the module itself when fromlist is given. */
    PyObject importModule(String name, PyDict globals, String[] fromlist, int level);

    /** The module of that absolute dotted name, found and loaded if it is not in {@code sys.modules}. */
    PyObject importAbsolute(String name);

    /** {@code from module import name}: an attribute or a submodule, else CPython's ImportError. */
    PyObject importFrom(PyObject module, String name);

    /** {@code from module import *} into the frame's locals. */
    void importStar(PyObject module, Frame f);

    /**
     * Sets {@code sys.path} up after its first entry (the script's folder, which the caller has
     * appended): {@code PYTHONPATH}, then the standard library's entries.
     */
    void initPath();

    /**
     * For {@code -m}: the file that runs as {@code __main__} for that module name (a package's
     * {@code __main__.py}), importing its parent packages first as CPython does; null if none.
     */
    Path findMain(String module);

    /** importlib's find_spec: the spec of the module that name would load (null path: sys.path), or None. */
    PyObject findSpec(String name, PyObject path);

    /** Runs the module's source (its spec's origin) again in the module's namespace: importlib.reload. */
    void execSpec(PyObject spec, PyModule module);

    /** The import system's own types: "ModuleSpec", "BuiltinImporter", "SourceFileLoader". */
    PyType specType(String which);

    /** The absolute name of a relative import from a module whose globals are given. */
    String resolveName(String name, PyDict globals, int level);

    /** Where the standard library is to be found: a {@code --stdlib=DIR} option (null: look for it). */
    void setStdlibOption(String dir);
}
