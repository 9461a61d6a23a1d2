package org.herthon.interpreter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herthon.bridge.Probes;
import org.herthon.interpreter.builtins.BuiltinsModule;
import org.herthon.interpreter.builtins.Modules;
import org.herthon.interpreter.compiler.Compiler;
import org.herthon.interpreter.imports.ImportSystem;
import org.herthon.interpreter.imports.PathImportSystem;
import org.herthon.interpreter.jvmframes.JvmFrameNaming;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.modules.io.IoState;
import org.herthon.interpreter.modules.io.TextIO;
import org.herthon.interpreter.parser.CompileChecks;
import org.herthon.interpreter.parser.HerthonSyntaxError;
import org.herthon.interpreter.parser.Parser;
import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.signals.Signals;

/**
 * One Herthon interpreter: its modules, sys state, streams, recursion limit and audit hooks.
 * Several can exist in one JVM. Code runs on the calling thread; use {@link #runOnBigStack}
 * (or the static run* helpers) so the recursion limit, not the JVM stack, decides.
 */
public final class Interpreter {
    public static final String VERSION = "3.11.0";
    public static final long STACK_SIZE = 1L << 30;

    // ---- execution state (hot fields first) ----
    public int depth;
    /** -X no_debug_ranges or PYTHONNODEBUGRANGES: code positions without columns, tracebacks without carets. */
    public boolean noDebugRanges = System.getenv("PYTHONNODEBUGRANGES") != null && !System.getenv("PYTHONNODEBUGRANGES").isEmpty();
    public int recursionLimit = 1000;
    /** sys.set_int_max_str_digits (0: no limit); read through IntStrLimit. */
    public int intMaxStrDigits = org.herthon.interpreter.runtime.IntStrLimit.DEFAULT;
    public Frame frame;
    public PyBaseException handledExc;
    public TraceListener tracer;
    /** The running thread's sys.settrace/sys.setprofile functions (null: neither). */
    public org.herthon.interpreter.runtime.SysTrace sysTrace;
    /** While positive (audit hooks run), no function/line probe fires, as in CPython. */
    public int traceSuppressed;

    public final PyDict builtinsDict;
    public final PyModule builtinsModule;
    public final PyModule sysModule;
    public final PyDict modules;
    public final PyList path;
    public final PyList argv;
    public final PrintStream rawOut, rawErr;
    public final TextIO stdout, stderr, stdin;
    /** _io's types and open files (sys.stdout is an _io.TextIOWrapper from start-up). */
    public final IoState io;
    public final List<PyObject> auditHooks = new ArrayList<>();
    /** The interpreter lock once the program has started threads (modules.thread.Gil), else null. */
    public volatile Object threads;
    /** The working folder relative paths resolve against (os.chdir changes it; the JVM cannot change its own). */
    public volatile Path cwd;
    private final Map<String, String[]> sourceCache = new HashMap<>();
    public final Modules builtinModules;
    /** import statements, __import__ and sys.path (imports package). */
    public final ImportSystem imports;
    public final GcSupport gc;
    /** Codec search functions, their cache and the error handlers (codecs.register, str.encode). */
    public final org.herthon.interpreter.runtime.codec.CodecRegistry codecs;
    /** Pending OS signals and the Herthon handlers that run at safe points. */
    public final Signals signals = new Signals();
    /** Whether Herthon functions run in JVM frames named after them (jvmframes). */
    public final JvmFrameNaming jvmFrames = JvmFrameNaming.fromSystemProperties();
    /** This interpreter's stacks, offered to watchers on other threads (the JFR sink times slow calls from them). */
    private final org.herthon.bridge.stack.StackSource stacks = new org.herthon.interpreter.modules.thread.ThreadStacks(this);

    public Interpreter(PrintStream out, PrintStream err, Path cwd) {
        Slots.init();
        this.rawOut = out;
        this.rawErr = err;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.io = new IoState(this);
        this.stdout = io.stdStream(1);
        this.stderr = io.stdStream(2);
        this.stdin = io.stdStream(0);
        this.modules = new PyDict();
        this.path = new PyList();
        this.argv = new PyList();
        this.gc = new GcSupport();
        this.codecs = new org.herthon.interpreter.runtime.codec.CodecRegistry(this);
        this.builtinsModule = BuiltinsModule.create(this);
        this.builtinsDict = builtinsModule.dict;
        this.builtinModules = new Modules(this);
        this.sysModule = builtinModules.sys;
        this.imports = new PathImportSystem(this);
        modules.putStr("builtins", builtinsModule);
        modules.putStr("sys", sysModule);
        // as in CPython, time is already imported at start-up (import time fires no import events)
        modules.putStr("time", builtinModules.load("time"));
        Probes.addStackSource(stacks);
    }

    public void setTracer(TraceListener l) {
        this.tracer = l;
        if (l != null) Trace.listeners = true;
    }

    // ---- running ------------------------------------------------------------------------------
    /** Runs task on a thread with a big stack and waits for it. */
    public static <T> T runOnBigStack(java.util.concurrent.Callable<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = task.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "herthon-main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
        if (failure[0] != null) {
            if (failure[0] instanceof RuntimeException) throw (RuntimeException) failure[0];
            if (failure[0] instanceof Error) throw (Error) failure[0];
            throw new RuntimeException(failure[0]);
        }
        @SuppressWarnings("unchecked") T r = (T) result[0];
        return r;
    }

    /** python SCRIPT args: returns the exit code. */
    public static int runFile(Path script, List<String> argv, PrintStream out, PrintStream err) {
        return runFile(script, argv, out, err, Path.of("").toAbsolutePath(), null);
    }

    public static int runFile(Path script, List<String> argv, PrintStream out, PrintStream err, Path cwd, TraceListener tracer) {
        return runOnBigStack(() -> {
            Interpreter in = new Interpreter(out, err, cwd);
            in.setTracer(tracer);
            return in.execFile(script, argv);
        });
    }

    /** python -c CODE args */
    public static int runCode(String code, List<String> argv, PrintStream out, PrintStream err) {
        return runOnBigStack(() -> {
            Interpreter in = new Interpreter(out, err, Path.of("").toAbsolutePath());
            return in.execCode(code, argv);
        });
    }

    /** python -m MODULE args */
    public static int runModule(String module, List<String> argv, PrintStream out, PrintStream err) {
        return runOnBigStack(() -> {
            Interpreter in = new Interpreter(out, err, Path.of("").toAbsolutePath());
            return in.execModule(module, argv);
        });
    }

    public int execFile(Path script, List<String> args) {
        Path abs = cwd.resolve(script).toAbsolutePath().normalize();
        argv.append(PyStr.of(script.toString()));
        for (String a : args) argv.append(PyStr.of(a));
        // a directory runs its __main__.py, with the directory itself first on sys.path (as CPython)
        boolean directory = Files.isDirectory(abs);
        Path dir = directory ? abs : abs.getParent();
        Path file = directory ? abs.resolve("__main__.py") : abs;
        path.append(PyStr.of(dir == null ? "" : dir.toString()));
        imports.initPath();
        String src;
        try {
            src = readSource(file);
        } catch (HerthonSyntaxError e) {
            rawErr.print(e.render());
            rawErr.flush();
            return 1;
        } catch (IOException e) {
            rawErr.print(directory
                    ? "herthon: can't find '__main__' module in '" + script + "'\n"
                    : "herthon: can't open file '" + abs + "': [Errno 2] No such file or directory\n");
            rawErr.flush();
            return 2;
        }
        return runMain(src, file.toString());
    }

    public int execCode(String code, List<String> args) {
        argv.append(PyStr.of("-c"));
        for (String a : args) argv.append(PyStr.of(a));
        path.append(PyStr.of(""));
        imports.initPath();
        return runMain(code, "<string>");
    }

    public int execModule(String module, List<String> args) {
        path.append(PyStr.of(cwd.toString()));
        imports.initPath();
        Path found = imports.findMain(module);
        if (found == null) {
            rawErr.print("herthon: No module named " + module + "\n");
            rawErr.flush();
            return 1;
        }
        argv.append(PyStr.of(found.toString()));
        for (String a : args) argv.append(PyStr.of(a));
        boolean isPackage = found.getFileName().toString().equals("__main__.py") && !module.endsWith("__main__");
        String pkg = isPackage ? module : (module.lastIndexOf('.') < 0 ? "" : module.substring(0, module.lastIndexOf('.')));
        try {
            String src = readSource(found);
            return runMainWithPackage(src, found.toString(), pkg);
        } catch (IOException e) {
            rawErr.print("herthon: can't read module " + module + "\n");
            return 1;
        }
    }

    private int runMainWithPackage(String src, String filename, String pkg) {
        if (!pkg.isEmpty()) {
            try {
                importAbsolute(pkg);
            } catch (PyException e) {
                return handleUncaught(e);
            }
        }
        mainPackage = pkg;
        return runMain(src, filename);
    }

    private String mainPackage;

    /** A script's or module's text, decoded as CPython reads source files (HerthonSyntaxError if not UTF-8). */
    public static String readSource(Path p) throws IOException {
        return org.herthon.interpreter.lexer.SourceDecoding.decode(Files.readAllBytes(p), p.toString());
    }

    /** Runs source as __main__; prints uncaught errors like CPython; returns the exit code. */
    /** Run when the main program ends (the atexit module's callbacks). */
    public final java.util.List<Runnable> atExit = new java.util.concurrent.CopyOnWriteArrayList<>();

    public int runMain(String source, String filename) {
        PyModule main = new PyModule("__main__");
        main.dict.putStr("__builtins__", builtinsModule);
        if (!filename.startsWith("<")) main.dict.putStr("__file__", PyStr.of(filename));
        main.dict.putStr("__annotations__", new PyDict());
        main.dict.putStr("__cached__", PyNone.INSTANCE);
        if (mainPackage != null) main.dict.putStr("__package__", PyStr.of(mainPackage));
        modules.putStr("__main__", main);
        int code;
        try {
            PyCode c = compile(source, filename, "__main__");
            exec(c, main.dict, main.dict);
            code = 0;
        } catch (HerthonSyntaxError e) {
            flushStdout();
            rawErr.print(e.render());
            code = 1;
        } catch (PyException e) {
            code = handleUncaught(e);
        } catch (ExitSignal e) {
            code = e.code;
        } catch (StackOverflowError e) {
            flushStdout();
            rawErr.print("RecursionError: maximum recursion depth exceeded\n");
            code = 1;
        } catch (RuntimeException | Error e) {
            flushStdout();
            rawErr.print("herthon: internal error: " + e + "\n");
            code = 1;
        }
        code = waitForThreads(code);
        for (int i = atExit.size() - 1; i >= 0; i--) {
            try {
                atExit.get(i).run();
            } catch (ExitSignal e) {
                code = e.code;
            } catch (RuntimeException e) {
                // an exit function's failure is reported by the function itself
            }
        }
        flushStdout();
        rawErr.flush();
        return code;
    }

    /** As CPython at exit: threading._shutdown() waits for the threads that are not daemons. */
    private int waitForThreads(int code) {
        PyObject threading = sysModules().getStr("threading");
        if (threads == null || !(threading instanceof PyModule)) return code;
        PyObject shutdown = ((PyModule) threading).dict.getStr("_shutdown");
        if (shutdown == null) return code;
        try {
            shutdown.call(PyObject.EMPTY, null);
        } catch (PyException e) {
            writeErr("Exception ignored on threading shutdown:\n");
            TracebackPrinter.print(this, e.exc);
        }
        return code;
    }

    /** Thrown to end the program with an exit code (os._exit-like). */
    public static final class ExitSignal extends RuntimeException {
        public final int code;
        public ExitSignal(int code) { super(null, null, false, false); this.code = code; }
    }

    public void flushStdout() {
        try {
            stdout.flush();
        } catch (RuntimeException e) {
            // ignore
        }
        PyObject so = sysModule.dict.getStr("stdout");
        if (so != null && so != stdout) {
            try {
                PyObject fl = Ops.getAttrOrNull(so, "flush");
                if (fl != null) fl.call0();
            } catch (RuntimeException e) {
                // ignore
            }
        }
        rawOut.flush();
    }

    public int handleUncaught(PyException e) {
        // the program has ended: Python code run while reporting it (__str__ of the exception,
        // notes, sys.excepthook) is not traced, as under CPython's tracer (trace_runner.py)
        traceSuppressed++;
        try {
            return reportUncaught(e);
        } finally {
            traceSuppressed--;
        }
    }

    private int reportUncaught(PyException e) {
        PyBaseException exc = e.exc;
        if (exc.type().isSubtypeOf(PyExc.SystemExit)) {
            PyObject code = exc.attr("code");
            if (code == null || code == PyNone.INSTANCE) return 0;
            // an int beyond a C long is -1 to CPython: exit status 255, nothing printed
            if (code instanceof PyBigInt) return 255;
            if (code instanceof PyInt) return (int) ((PyInt) code).value;
            flushStdout();
            try {
                writeErr(Ops.str(code) + "\n");
            } catch (PyException e2) {
                // ignore
            }
            return 1;
        }
        flushStdout();
        PyObject hook = sysModule.dict.getStr("excepthook");
        if (hook != null && !(hook instanceof PyBuiltinFunction && ((PyBuiltinFunction) hook).name.equals("excepthook"))) {
            try {
                hook.call(new PyObject[]{exc.type(), exc, exc.traceback == null ? PyNone.INSTANCE : exc.traceback}, null);
                return 1;
            } catch (PyException e2) {
                writeErr("Error in sys.excepthook:\n");
                TracebackPrinter.print(this, e2.exc);
                writeErr("\nOriginal exception was:\n");
            }
        }
        TracebackPrinter.print(this, exc);
        // CPython ends by SIGINT after the traceback: the shell sees 128 + 2
        return exc.type().isSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** Writes to sys.stderr (or the raw stream). */
    public void writeErr(String s) {
        PyObject se = sysModule.dict.getStr("stderr");
        // sys.stderr = None silences error reports, as in CPython
        if (se == PyNone.INSTANCE) return;
        if (se == null || se == stderr) {
            stderr.write(s);
            stderr.flush();
            return;
        }
        Ops.getAttr(se, "write").call1(PyStr.of(s));
    }

    /** The -X options of the command line: sys._xoptions ("name" or "name=value"), and those the interpreter heeds. */
    public void setXOptions(List<String> xoptions) {
        PyObject d = sysModule.dict.getStr("_xoptions");
        for (String x : xoptions) {
            int eq = x.indexOf('=');
            String key = eq < 0 ? x : x.substring(0, eq);
            if (d instanceof PyDict) ((PyDict) d).putStr(key, eq < 0 ? PyBool.TRUE : PyStr.of(x.substring(eq + 1)));
            if (key.equals("no_debug_ranges")) noDebugRanges = true;
        }
    }

    public PyCode compile(String source, String filename, String moduleName) {
        SourceText st = new SourceText(filename, SourceText.normalizeNewlines(source));
        return compileAst(Parser.parse(st), st, filename, moduleName, true);
    }

    /** How many SyntaxWarnings compiling has reported so far (the import system caches only trees that warn of nothing). */
    public int compileWarnings;

    /**
     * Compiles a parsed module; {@code check}: run the compile checks too (a tree that passed
     * them once, from the parse cache, need not).
     */
    public PyCode compileAst(org.herthon.interpreter.ast.Module m, SourceText st, String filename, String moduleName, boolean check) {
        return compileAst(m, st, filename, moduleName, check, false);
    }

    /** interactive: compile()'s "single" mode. */
    public PyCode compileAst(org.herthon.interpreter.ast.Module m, SourceText st, String filename, String moduleName, boolean check,
                             boolean interactive) {
        return compileMangled(m, org.herthon.interpreter.compiler.Mangler.mangle(m), st, filename, moduleName, check, interactive);
    }

    /** compileAst of a tree already mangled (the import system knows when a cached tree needs none). */
    public PyCode compileMangled(org.herthon.interpreter.ast.Module m, org.herthon.interpreter.compiler.Mangler.Result mangled,
                                 SourceText st, String filename, String moduleName, boolean check, boolean interactive) {
        // the front end's symtable pass and compile checks report CPython's SyntaxErrors first, in CPython's order
        org.herthon.interpreter.scope.ScopeTable scopes = org.herthon.interpreter.scope.ScopeAnalyzer.analyze(mangled.module, st);
        if (check) CompileChecks.check(m, st);
        PyCode c = Compiler.compileModule(this, mangled, scopes, filename, moduleName, st, interactive);
        org.herthon.interpreter.compiler.CompileWarnings.report(this, Compiler.takeWarnings(), filename, st);
        return c;
    }

    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        return exec(code, globals, locals, null);
    }

    /** Runs code (exec/eval of a code object); closure gives its free variables' cells (exec's closure=). */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals, PyCell[] closure) {
        if (globals.getStr("__builtins__") == null) globals.putStr("__builtins__", builtinsModule);
        codecs.enter();
        Frame f = new Frame(code, globals, code.nslots);
        f.locals = locals;
        if (code.cell2arg != null) code.initCells(f, closure);
        return code.invoke(f);
    }

    // ---- exceptions --------------------------------------------------------------------------
    /** Called where a raised exception is first seen in a frame: traceback entry and __context__. */
    public void caught(PyException e, Frame f) {
        boolean reached = e.addTraceback(f);
        if (!e.contextSet) attachContext(e);
        if (reached && sysTrace != null && traceSuppressed == 0) sysTrace.exception(f, e);
    }

    public void attachContext(PyException e) {
        e.contextSet = true;
        PyBaseException h = handledExc;
        PyBaseException v = e.exc;
        if (h == null || h == v) return;
        // avoid making a cycle through the context chain, and do not hang on one already there
        // (CPython's _PyErr_SetObject: Floyd's cycle detection, the slow pointer every second step)
        PyBaseException o = h, slow = h;
        boolean moveSlow = false;
        while (o.context != null) {
            PyBaseException ctx = o.context;
            if (ctx == v) { o.context = null; break; }
            o = ctx;
            if (o == slow) break;
            if (moveSlow) slow = slow.context;
            moveSlow = !moveSlow;
        }
        v.context = h;
    }

    public PyException recursionError() {
        return Err.recursionError();
    }

    // ---- classes ------------------------------------------------------------------------------
    public PyObject buildClass(PyFunction body, String name, PyObject[] origBases, PyDict kw) {
        PyObject[] bases = TypeSupport.resolveMroEntries(origBases);
        PyObject meta = kw.delStr("metaclass");
        boolean explicitMeta = meta != null;
        if (meta == null) meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        if (meta instanceof PyType) meta = TypeSupport.calculateMeta((PyType) meta, bases);
        PyObject ns;
        PyObject prep = meta instanceof PyType ? ((PyType) meta).lookup("__prepare__") : Ops.getAttrOrNull(meta, "__prepare__");
        if (prep != null && meta instanceof PyType && prep != PyType.TYPE.dict.getStr("__prepare__")) {
            PyObject p = prep.isDescriptor() ? prep.descrGet(null, (PyType) meta) : prep;
            PyObject[] args = new PyObject[]{PyStr.of(name), PyTuple.of(bases)};
            ns = callWithKw(p, args, kw);
        } else {
            ns = new PyDict();
        }
        if (bases != origBases) Ops.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        Frame f = body.newFrameWithCells();
        f.locals = ns;
        body.code.invoke(f);
        PyObject[] args = new PyObject[]{PyStr.of(name), PyTuple.of(bases), ns};
        PyObject cls = callWithKw(meta, args, kw);
        int ci = indexOf(body.code.cellvars, "__class__");
        if (ci >= 0) {
            PyCell cell = (PyCell) f.fast[body.code.cellStart() + ci];
            cell.value = cls;
        }
        return cls;
    }

    private static int indexOf(String[] a, String s) {
        for (int i = 0; i < a.length; i++) if (a[i].equals(s)) return i;
        return -1;
    }

    public static PyObject callWithKw(PyObject fn, PyObject[] args, PyDict kw) {
        if (kw == null || kw.size() == 0) return fn.call(args, null);
        PyObject[] all = new PyObject[args.length + kw.size()];
        String[] names = new String[kw.size()];
        System.arraycopy(args, 0, all, 0, args.length);
        int k = 0;
        for (int i = kw.nextEntry(0); i >= 0; i = kw.nextEntry(i + 1)) {
            names[k] = ((PyStr) kw.keys[i]).value;
            all[args.length + k] = kw.values[i];
            k++;
        }
        return fn.call(all, names);
    }

    // ---- imports ------------------------------------------------------------------------------
    public PyDict sysModules() {
        PyObject m = sysModule.dict.getStr("modules");
        return m instanceof PyDict ? (PyDict) m : modules;
    }

    /** __import__(name, globals, fromlist, level): see {@link ImportSystem#importModule}. */
    public PyObject importModule(String name, PyDict globals, String[] fromlist, int level) {
        return imports.importModule(name, globals, fromlist, level);
    }

    public PyObject importAbsolute(String abs) {
        return imports.importAbsolute(abs);
    }

    // ---- audit ---------------------------------------------------------------------------------
    public void audit(String event, PyObject... args) {
        boolean probe = Probes.auditEnabled();
        if (!probe && auditHooks.isEmpty()) return;
        PyTuple t = PyTuple.of(args);
        if (probe) Probes.audit(event, Ops.repr(t));
        if (auditHooks.isEmpty()) return;
        PyStr ev = PyStr.of(event);
        traceSuppressed++;
        try {
            for (PyObject h : new ArrayList<>(auditHooks)) {
                PyObject ct = Ops.getAttrOrNull(h, "__cantrace__");
                boolean canTrace = ct != null && Ops.isTrue(ct);
                if (canTrace) traceSuppressed--;
                try {
                    h.call2(ev, t);
                } finally {
                    if (canTrace) traceSuppressed++;
                }
            }
        } finally {
            traceSuppressed--;
        }
    }

    // ---- source lines (tracebacks) ----------------------------------------------------------
    /**
     * A traceback's source line, read from the file as CPython's linecache does: none for code
     * compiled from a string ({@code <string>}, {@code <stdin>}), whatever its text was.
     */
    public String sourceLine(String filename, int lineno) {
        if (filename.startsWith("<")) return null;
        String[] lines = sourceCache.get(filename);
        if (lines == null) {
            try {
                Path p = cwd.resolve(filename);
                lines = SourceText.normalizeNewlines(readSource(p)).split("\n", -1);
            } catch (IOException | RuntimeException e) {
                lines = new String[0];
            }
            sourceCache.put(filename, lines);
        }
        if (lineno < 1 || lineno > lines.length) return null;
        return lines[lineno - 1];
    }

    /** locals() for a frame. */
    public PyObject localsOf(Frame f) {
        if (f.locals != null) return f.locals;
        PyDict d = new PyDict();
        PyCode c = f.code;
        for (int i = 0; i < c.varnames.length; i++) {
            PyObject v = f.fast[i];
            if (v != null) d.putStr(c.varnames[i], v);
        }
        int cs = c.cellStart();
        for (int i = 0; i < c.cellvars.length; i++) {
            PyObject cell = f.fast[cs + i];
            if (cell instanceof PyCell && ((PyCell) cell).value != null) d.putStr(c.cellvars[i], ((PyCell) cell).value);
        }
        int fs = c.freeStart();
        for (int i = 0; i < c.freevars.length; i++) {
            PyObject cell = f.fast[fs + i];
            if (cell instanceof PyCell && ((PyCell) cell).value != null) d.putStr(c.freevars[i], ((PyCell) cell).value);
        }
        return d;
    }
}
