package org.herthon.interpreter.nodes;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** Function, lambda, comprehension and class creation. */
public final class Defs {
    private Defs() {}

    public static final class MakeFunction extends ExprNode {
        final PyCode code;
        final ExprNode[] defaults;
        final String[] kwdefNames;
        final ExprNode[] kwdefValues;
        final String[] annNames;
        final ExprNode[] annValues;
        final int[] closureSlots;
        final PyObject doc;
        /** Line of MAKE_FUNCTION, marked after defaults and annotations (-1: none). */
        public int makeLine = -1;
        public MakeFunction(PyCode code, ExprNode[] defaults, String[] kwdefNames, ExprNode[] kwdefValues,
                            String[] annNames, ExprNode[] annValues, int[] closureSlots, PyObject doc) {
            this.code = code; this.defaults = defaults; this.kwdefNames = kwdefNames; this.kwdefValues = kwdefValues;
            this.annNames = annNames; this.annValues = annValues; this.closureSlots = closureSlots; this.doc = doc;
        }
        @Override public PyObject eval(Frame f) {
            PyObject[] defs = null;
            if (defaults.length > 0) {
                defs = new PyObject[defaults.length];
                for (int i = 0; i < defs.length; i++) defs[i] = defaults[i].eval(f);
                // BUILD_TUPLE of the defaults sits on MAKE_FUNCTION's line
                if (makeLine >= 0) Stmts.mark(f, makeLine);
            }
            PyDict kwdefs = null;
            if (kwdefNames.length > 0) {
                kwdefs = new PyDict();
                for (int i = 0; i < kwdefNames.length; i++) kwdefs.putStr(kwdefNames[i], kwdefValues[i].eval(f));
                if (makeLine >= 0) Stmts.mark(f, makeLine);
            }
            PyDict anns = null;
            if (annNames.length > 0) {
                anns = new PyDict();
                for (int i = 0; i < annNames.length; i++) anns.putStr(annNames[i], annValues[i].eval(f));
            }
            if (makeLine >= 0) Stmts.mark(f, makeLine);
            PyCell[] closure = null;
            if (closureSlots.length > 0) {
                closure = new PyCell[closureSlots.length];
                for (int i = 0; i < closure.length; i++) closure[i] = (PyCell) f.fast[closureSlots[i]];
            }
            PyFunction fn = new PyFunction(code, f.globals, defs, kwdefs, closure);
            if (anns != null) fn.annotations = anns;
            fn.doc = doc;
            return fn;
        }
    }

    /** [x for ...] etc.: make the comprehension function and call it with iter(outermost iterable). */
    public static final class Comprehension extends ExprNode {
        final MakeFunction make;
        final ExprNode outer;
        /** The first clause is 'async for': outer already made the async iterator (GET_AITER). */
        final boolean asyncOuter;
        public Comprehension(MakeFunction make, ExprNode outer) { this(make, outer, false); }
        public Comprehension(MakeFunction make, ExprNode outer, boolean asyncOuter) { this.make = make; this.outer = outer; this.asyncOuter = asyncOuter; }
        @Override public PyObject eval(Frame f) {
            PyObject fn = make.eval(f);
            PyObject o = outer.eval(f);
            try {
                return fn.call1(asyncOuter ? o : Ops.iter(o));
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    /** [c1, c2, c3, ...] of constants: a new list from a constant tuple. */
    public static final class ListFromConst extends ExprNode {
        final PyObject[] items;
        final boolean set;
        public ListFromConst(PyObject[] items, boolean set) { this.items = items; this.set = set; }
        @Override public PyObject eval(Frame f) {
            if (set) {
                PySet s = new PySet(false);
                for (PyObject o : items) s.add(o);
                return s;
            }
            return new PyList(items.clone());
        }
    }

    public static final class ListAppend extends StmtNode {
        final int slot;
        final ExprNode value;
        public ListAppend(int slot, ExprNode v) { this.slot = slot; value = v; }
        @Override public PyObject exec(Frame f) { ((PyList) f.fast[slot]).append(value.eval(f)); return null; }
    }
    public static final class SetAdd extends StmtNode {
        final int slot;
        final ExprNode value;
        public SetAdd(int slot, ExprNode v) { this.slot = slot; value = v; }
        @Override public PyObject exec(Frame f) { ((PySet) f.fast[slot]).add(value.eval(f)); return null; }
    }
    public static final class DictSet extends StmtNode {
        final int slot;
        final ExprNode key, value;
        public DictSet(int slot, ExprNode k, ExprNode v) { this.slot = slot; key = k; value = v; }
        @Override public PyObject exec(Frame f) {
            PyObject k = key.eval(f);
            PyObject v = value.eval(f);
            ((PyDict) f.fast[slot]).put(k, v);
            return null;
        }
    }
    public static final class InitSlot extends StmtNode {
        final int slot;
        final int kind; // 0 list, 1 set, 2 dict
        public InitSlot(int slot, int kind) { this.slot = slot; this.kind = kind; }
        @Override public PyObject exec(Frame f) {
            f.fast[slot] = kind == 0 ? new PyList() : kind == 1 ? new PySet(false) : new PyDict();
            return null;
        }
    }

    /** class statement body execution and class creation. */
    public static final class MakeClass extends ExprNode {
        final MakeFunction body;
        final String name;
        final ExprNode[] bases;
        final boolean[] basesStar;
        final String[] kwNames;
        final ExprNode[] kwValues;
        public MakeClass(MakeFunction body, String name, ExprNode[] bases, boolean[] basesStar, String[] kwNames, ExprNode[] kwValues) {
            this.body = body; this.name = name; this.bases = bases; this.basesStar = basesStar; this.kwNames = kwNames; this.kwValues = kwValues;
        }
        @Override public PyObject eval(Frame f) {
            Interpreter in = f.code.interp;
            PyFunction fn = (PyFunction) body.eval(f);
            PyObject[] b = Exprs.evalElements(f, bases, basesStar);
            PyDict kw = new PyDict();
            for (int i = 0; i < kwNames.length; i++) {
                PyObject v = kwValues[i].eval(f);
                if (kwNames[i] == null) Builtins0.dictUpdate(kw, v, null, null);
                else kw.putStr(kwNames[i], v);
            }
            return in.buildClass(fn, name, b, kw);
        }
    }
}
