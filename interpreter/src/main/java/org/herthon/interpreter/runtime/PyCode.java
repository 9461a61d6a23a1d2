package org.herthon.interpreter.runtime;

import org.herthon.bridge.ProbeSite;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.nodes.StmtNode;

/** A compiled code object: function, lambda, comprehension, class body or module body. */
public final class PyCode extends PyObject {
    public final Interpreter interp;
    public final String name;
    public String qualname;
    public final String filename;
    public final int firstlineno;
    public final String moduleName;
    public int argcount, posonlyargcount, kwonlyargcount;
    public boolean varargs, varkw, generator;
    /** async def without yield (CO_COROUTINE), async def with yield (CO_ASYNC_GENERATOR). */
    public boolean coroutine, asyncGenerator;
    /** CO_ITERABLE_COROUTINE: a generator that can be awaited (set by types.coroutine through replace(co_flags=...)). */
    public boolean iterableCoroutine;
    /** Parameters first, then other fast locals. */
    public String[] varnames = new String[0];
    public String[] cellvars = new String[0];
    public String[] freevars = new String[0];
    /** For each cell variable, the parameter slot it is initialised from, or -1. */
    public int[] cell2arg;
    public int nslots;
    public int nstate;
    public StmtNode body;
    /** Module and class bodies keep their names in a dict (LOAD_NAME semantics). */
    public boolean usesDictLocals;
    /** Whether the fast simple-call path applies (only positional parameters, no cells from args). */
    public boolean simple;
    private ProbeSite site;
    /** Gives the body a JVM frame named after this code; null when JVM-frame naming is off. */
    private NamedFrames namedFrames;
    /** That frame's entry, found on the first run. */
    private FrameEntry namedEntry;
    public PyObject[] consts = EMPTY;
    /**
     * Source positions of the operations that can raise (CPython's co_positions, PEP 657): four
     * ints per entry, line, end line, column, end column (columns in UTF-8 bytes, as the ast's).
     * An entry's index n is instruction 2n: tb_lasti names an entry by it.
     */
    public int[] positions = NO_POSITIONS;
    public int npositions;
    private static final int[] NO_POSITIONS = new int[0];

    public PyCode(Interpreter interp, String name, String qualname, String filename, int firstlineno, String moduleName) {
        this.interp = interp;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.moduleName = moduleName;
    }

    public ProbeSite site() {
        ProbeSite s = site;
        if (s == null) { s = new ProbeSite(filename, name, moduleName, firstlineno); site = s; }
        return s;
    }

    /** Runs this code's body in JVM frames named by {@code frames} (the compiler calls this once). */
    public void nameFramesWith(NamedFrames frames) {
        namedFrames = frames;
        frames.register(this);
    }

    public FrameEntry namedEntry() { return namedEntry; }
    public void setNamedEntry(FrameEntry entry) { namedEntry = entry; }

    /**
     * Executes the body for frame f: through the JVM method named after this code when naming
     * is on (so JVM stack walks show the Herthon function), else directly.
     */
    public PyObject runBody(Frame f) {
        return run(body, f);
    }

    /** Executes {@code node} for frame f in this code's named JVM frame, as {@link #runBody}. */
    public PyObject run(org.herthon.interpreter.nodes.StmtNode node, Frame f) {
        FrameEntry e = namedEntry;
        if (e == null) {
            NamedFrames n = namedFrames;
            if (n == null) return node.exec(f);
            e = n.entry(this);
        }
        return e.enter(node, f);
    }

    /** Fresh cells for this code's cell variables (parameters' values copied in) and the closure's cells after them. */
    public void initCells(Frame f, PyCell[] closure) {
        PyObject[] fast = f.fast;
        int cs = cellStart();
        int[] c2a = cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            int a = c2a[i];
            fast[cs + i] = a >= 0 ? new PyCell(fast[a]) : new PyCell();
        }
        if (closure != null) System.arraycopy(closure, 0, fast, freeStart(), closure.length);
    }

    /** Records a position (compile time) and returns its index. */
    public int addPosition(int line, int endLine, int col, int endCol) {
        int n = npositions;
        if (4 * n + 4 > positions.length) positions = java.util.Arrays.copyOf(positions, Math.max(16, positions.length * 2));
        positions[4 * n] = line;
        positions[4 * n + 1] = endLine;
        positions[4 * n + 2] = col;
        positions[4 * n + 3] = endCol;
        npositions = n + 1;
        return n;
    }

    /** co_positions(): one (line, end_line, col, end_col) tuple per entry, None where a part is unknown. */
    private PyObject coPositions() {
        PyObject[] out = new PyObject[npositions];
        for (int i = 0; i < out.length; i++) {
            PyObject[] t = new PyObject[4];
            for (int j = 0; j < 4; j++) {
                int v = positions[4 * i + j];
                t[j] = v < 0 ? PyNone.INSTANCE : PyInt.of(v);
            }
            out[i] = PyTuple.of(t);
        }
        return Ops.iter(PyTuple.of(out));
    }

    public int cellStart() { return varnames.length; }
    public int freeStart() { return varnames.length + cellvars.length; }

    @Override public PyType type() { return PyType.CODE; }
    @Override public String pyRepr() {
        return "<code object " + name + " at " + Ops.addressString(this) + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "co_name": return PyStr.of(name);
            case "co_qualname": return PyStr.of(qualname);
            case "co_filename": return PyStr.of(filename);
            case "co_firstlineno": return PyInt.of(firstlineno);
            case "co_argcount": return PyInt.of(argcount);
            case "co_posonlyargcount": return PyInt.of(posonlyargcount);
            case "co_kwonlyargcount": return PyInt.of(kwonlyargcount);
            case "co_varnames": return strTuple(varnames);
            case "co_cellvars": return strTuple(cellvars);
            case "co_freevars": return strTuple(freevars);
            case "co_nlocals": return PyInt.of(varnames.length);
            case "co_flags": {
                int fl = 0;
                if (!usesDictLocals) fl |= 3;
                if (varargs) fl |= 4;
                if (varkw) fl |= 8;
                if (generator && !coroutine && !asyncGenerator) fl |= 0x20;
                if (coroutine) fl |= 0x80;
                if (iterableCoroutine) fl |= 0x100;
                if (asyncGenerator) fl |= 0x200;
                return PyInt.of(fl);
            }
            case "co_positions": {
                PyCode self = this;
                return PyBuiltinFunction.of0("co_positions", self::coPositions);
            }
            case "replace": {
                PyCode self = this;
                return PyBuiltinFunction.of("replace", (a, k) -> self.replace(a, k));
            }
            default: return super.pyGetAttr(n);
        }
    }
    /** code.replace(**changes): only co_flags' coroutine bits and the names can change here. */
    private PyObject replace(PyObject[] a, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        if (a.length > nk) throw Err.typeError("replace() takes no positional arguments");
        PyCode c = new PyCode(interp, name, qualname, filename, firstlineno, moduleName);
        c.argcount = argcount; c.posonlyargcount = posonlyargcount; c.kwonlyargcount = kwonlyargcount;
        c.varargs = varargs; c.varkw = varkw; c.generator = generator; c.coroutine = coroutine;
        c.asyncGenerator = asyncGenerator; c.iterableCoroutine = iterableCoroutine;
        c.varnames = varnames; c.cellvars = cellvars; c.freevars = freevars; c.cell2arg = cell2arg;
        c.nslots = nslots; c.nstate = nstate; c.body = body; c.usesDictLocals = usesDictLocals; c.simple = simple;
        c.positions = positions; c.npositions = npositions;
        c.site = site; c.namedFrames = namedFrames; c.namedEntry = namedEntry; c.consts = consts;
        PyCode out = c;
        if (nk > 0) {
            for (int i = 0; i < nk; i++) {
                String kn = kwnames[i];
                PyObject v = a[i];
                switch (kn) {
                    case "co_flags": {
                        long fl = Ops.index(v);
                        c.iterableCoroutine = (fl & 0x100) != 0;
                        break;
                    }
                    case "co_name": out = c.renamed(Ops.str(v), c.qualname); c = out; break;
                    case "co_qualname": c.qualname = Ops.str(v); break;
                    default: break;
                }
            }
        }
        return out;
    }

    private PyCode renamed(String n, String q) {
        PyCode c = new PyCode(interp, n, q, filename, firstlineno, moduleName);
        c.argcount = argcount; c.posonlyargcount = posonlyargcount; c.kwonlyargcount = kwonlyargcount;
        c.varargs = varargs; c.varkw = varkw; c.generator = generator; c.coroutine = coroutine;
        c.asyncGenerator = asyncGenerator; c.iterableCoroutine = iterableCoroutine;
        c.varnames = varnames; c.cellvars = cellvars; c.freevars = freevars; c.cell2arg = cell2arg;
        c.nslots = nslots; c.nstate = nstate; c.body = body; c.usesDictLocals = usesDictLocals; c.simple = simple;
        c.positions = positions; c.npositions = npositions;
        c.namedFrames = namedFrames; c.namedEntry = namedEntry; c.consts = consts;
        return c;
    }

    private static PyTuple strTuple(String[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) o[i] = PyStr.of(a[i]);
        return PyTuple.of(o);
    }

    /** Runs a fresh frame of this code to completion (function, module and class bodies). */
    public PyObject invoke(Frame f) {
        final Interpreter in = interp;
        if (++in.depth > in.recursionLimit) throw recursionFail(in);
        if (in.signals.pending) pollSignals(in, f);
        Frame.push(in, f);
        PyObject r;
        try {
            // inside the try: a sys.settrace function that raises at the call unwinds the frame
            if (Trace.entryOn()) Trace.entry(f);
            r = runBody(f);
        } catch (PyException e) {
            throw unwind(in, f, e);
        } catch (StackOverflowError e) {
            throw unwind(in, f, in.recursionError());
        }
        Trace.returned(f, r);
        in.depth--;
        in.frame = f.back;
        if (in.sysTrace != null) raisePendingTraceError(in);
        return r == null ? PyNone.INSTANCE : r;
    }

    /** What a sys.settrace function raised at the return: the caller sees the call raise it. */
    private static void raisePendingTraceError(Interpreter in) {
        PyException e = SysTrace.takePending(in);
        if (e != null) throw e;
    }

    /** A safe point at a call: a pending signal's handler runs before the frame starts. */
    private static void pollSignals(Interpreter in, Frame f) {
        try {
            in.signals.runPending(in.frame);
        } catch (RuntimeException e) {
            in.depth--;
            throw e;
        }
    }

    private static PyException recursionFail(Interpreter in) {
        in.depth--;
        return in.recursionError();
    }

    /** An exception leaves the frame: traceback entry, return probe, pop. */
    private static PyException unwind(Interpreter in, Frame f, PyException e) {
        in.caught(e, f);
        Trace.returned(f);
        in.depth--;
        in.frame = f.back;
        PyException traceError = in.sysTrace == null ? null : SysTrace.takePending(in);
        return traceError != null ? traceError : e;
    }
}
