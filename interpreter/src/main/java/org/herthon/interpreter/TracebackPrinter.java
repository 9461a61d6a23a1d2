package org.herthon.interpreter;

import java.util.IdentityHashMap;

import org.herthon.interpreter.runtime.*;

/** CPython's default excepthook output (pythonrun.c print_exception_recursive, traceback.c). */
public final class TracebackPrinter {
    private TracebackPrinter() {}
    static final int CUTOFF = 3;

    public static void print(Interpreter in, PyBaseException exc) {
        in.writeErr(format(in, exc));
    }

    public static String format(Interpreter in, PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        printRecursive(in, exc, sb, new Ctx());
        return sb.toString();
    }

    /** CPython's exception_print_context: how deep in exception groups, whether a group's closing line is owed. */
    private static final class Ctx {
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;
        static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

        String indent() { return " ".repeat(2 * depth); }
        String margin() { return depth > 0 ? "| " : ""; }
    }

    private static void printRecursive(Interpreter in, PyBaseException exc, StringBuilder sb, Ctx ctx) {
        ctx.seen.put(exc, Boolean.TRUE);
        PyBaseException cause = exc.cause;
        PyBaseException ctxExc = exc.context;
        if (cause != null) {
            if (!ctx.seen.containsKey(cause)) printChained(in, cause, "The above exception was the direct cause of the following exception:\n", sb, ctx);
        } else if (ctxExc != null && !exc.suppressContext) {
            if (!ctx.seen.containsKey(ctxExc)) printChained(in, ctxExc, "During handling of the above exception, another exception occurred:\n", sb, ctx);
        }
        if (exc.type().isSubtypeOf(PyExc.BaseExceptionGroup)) printGroup(in, exc, sb, ctx);
        else printOne(in, exc, sb, ctx);
    }

    private static void printChained(Interpreter in, PyBaseException v, String message, StringBuilder sb, Ctx ctx) {
        boolean needClose = ctx.needClose;
        printRecursive(in, v, sb, ctx);
        ctx.needClose = needClose;
        sb.append(ctx.indent()).append(ctx.margin()).append('\n');
        sb.append(ctx.indent()).append(ctx.margin()).append(message);
        sb.append(ctx.indent()).append(ctx.margin()).append('\n');
    }

    /** pythonrun.c's print_exception_group: the group, then each member in a numbered frame. */
    private static void printGroup(Interpreter in, PyBaseException exc, StringBuilder sb, Ctx ctx) {
        if (ctx.depth > Ctx.MAX_GROUP_DEPTH) {
            sb.append(ctx.indent()).append(ctx.margin()).append("... (max_group_depth is ").append(Ctx.MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.depth == 0) ctx.depth = 1;
        printOne(in, exc, sb, ctx);
        PyObject ex = exc.attr("exceptions");
        PyObject[] excs = ex instanceof PyTuple ? ((PyTuple) ex).items : PyObject.EMPTY;
        int n = excs.length <= Ctx.MAX_GROUP_WIDTH ? excs.length : Ctx.MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) ctx.needClose = true;
            boolean truncated = i >= Ctx.MAX_GROUP_WIDTH;
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ")
                    .append(truncated ? "+---------------- ... ----------------\n" : "+---------------- " + (i + 1) + " ----------------\n");
            ctx.depth++;
            if (!truncated) {
                printRecursive(in, (PyBaseException) excs[i], sb, ctx);
            } else {
                int remaining = excs.length - Ctx.MAX_GROUP_WIDTH;
                sb.append(ctx.indent()).append(ctx.margin()).append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (ctx.depth == 1) ctx.depth = 0;
    }

    /** Appends text with prefix before each of its lines. */
    private static void prefixed(StringBuilder sb, String prefix, CharSequence text) {
        if (prefix.isEmpty()) { sb.append(text); return; }
        int start = 0;
        String t = text.toString();
        while (start < t.length()) {
            int nl = t.indexOf('\n', start);
            int end = nl < 0 ? t.length() : nl + 1;
            sb.append(prefix).append(t, start, end);
            start = end;
        }
    }

    private static void printOne(Interpreter in, PyBaseException exc, StringBuilder sb, Ctx ctx) {
        String prefix = ctx.indent() + ctx.margin();
        boolean group = exc.type().isSubtypeOf(PyExc.BaseExceptionGroup);
        if (exc.traceback != null) {
            String headerMargin = group && ctx.depth == 1 ? "+ " : ctx.margin();
            sb.append(ctx.indent()).append(headerMargin).append(group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
            StringBuilder tb = new StringBuilder();
            printTb(in, exc.traceback, tb);
            prefixed(sb, prefix, tb);
        }
        PyType t = exc.type();
        if (t.isSubtypeOf(PyExc.SyntaxError)) {
            StringBuilder se = new StringBuilder();
            printSyntaxError(in, exc, se);
            prefixed(sb, prefix, se);
            return;
        }
        sb.append(prefix).append(typeName(t));
        String s;
        try {
            s = Ops.str(exc);
        } catch (PyException e) {
            s = null;
        }
        if (s == null) sb.append(": <exception str() failed>");
        else if (!s.isEmpty()) sb.append(": ").append(s);
        String sug = Suggestions.offer(exc);
        if (sug != null) sb.append(". Did you mean: '").append(sug).append("'?");
        sb.append('\n');
        printNotes(exc, sb, prefix);
    }

    static void printNotes(PyBaseException exc, StringBuilder sb) {
        printNotes(exc, sb, "");
    }

    /**
     * CPython's print_exception_notes: the notes may be any sequence, each printed by str() line by
     * line after the margin; anything else is printed by repr().
     */
    private static void printNotes(PyBaseException exc, StringBuilder sb, String prefix) {
        PyObject notes = exc.getDict().getStr("__notes__");
        if (notes == null) return;
        boolean sequence = !(notes instanceof PyDict) && notes.type().lookup("__getitem__") != null && notes.type().lookup("__len__") != null;
        if (!sequence) {
            String r;
            try {
                r = Ops.repr(notes);
            } catch (PyException e) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(prefix).append(r).append('\n');
            return;
        }
        long n;
        try {
            n = Ops.len(notes);
        } catch (PyException e) {
            return;
        }
        for (long i = 0; i < n; i++) {
            String text;
            try {
                text = Ops.str(Ops.getItem(notes, PyInt.of(i)));
            } catch (PyException e) {
                sb.append("<note str() failed>\n");
                continue;
            }
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, start, end);
                start = end;
            }
            sb.append('\n');
        }
    }

    public static String typeName(PyType t) {
        String mod = t.moduleName();
        if (mod.equals("builtins") || mod.equals("__main__")) return t.qualname;
        return mod + "." + t.qualname;
    }

    static void printTb(Interpreter in, PyTraceback tb, StringBuilder sb) {
        int depth = 0;
        for (PyTraceback t = tb; t != null; t = t.next) depth++;
        long limit = 1000;
        PyObject lim = in.sysModule.dict.getStr("tracebacklimit");
        if (lim instanceof PyInt) {
            limit = ((PyInt) lim).value;
            if (limit <= 0) return;
        }
        while (tb != null && depth > limit) {
            depth--;
            tb = tb.next;
        }
        String lastFile = null, lastName = null;
        int lastLine = -1;
        int cnt = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            PyCode code = t.frame.code;
            if (lastFile == null || !code.filename.equals(lastFile) || lastLine == -1 || t.lineno != lastLine
                    || lastName == null || !code.name.equals(lastName)) {
                if (cnt > CUTOFF) repeated(sb, cnt);
                lastFile = code.filename;
                lastLine = t.lineno;
                lastName = code.name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= CUTOFF) {
                sb.append("  File \"").append(code.filename).append("\", line ").append(t.lineno).append(", in ").append(code.name).append('\n');
                String src = in.sourceLine(code.filename, t.lineno);
                if (src != null) {
                    int indent = 0;
                    while (indent < src.length() && isIndent(src.charAt(indent))) indent++;
                    if (indent < src.length()) {
                        sb.append("    ").append(src, indent, src.length()).append('\n');
                        Carets.append(sb, src, indent, code, t.pos);
                    }
                }
            }
        }
        if (cnt > CUTOFF) repeated(sb, cnt);
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static void repeated(StringBuilder sb, int cnt) {
        cnt -= CUTOFF;
        sb.append("  [Previous line repeated ").append(cnt).append(" more time").append(cnt > 1 ? "s" : "").append("]\n");
    }

    static void printSyntaxError(Interpreter in, PyBaseException exc, StringBuilder sb) {
        PyObject fn = exc.attr("filename"), ln = exc.attr("lineno"), off = exc.attr("offset"), text = exc.attr("text");
        PyObject eoff = exc.attr("end_offset"), eln = exc.attr("end_lineno");
        PyObject msg = exc.attr("msg");
        if (fn instanceof PyStr && ln instanceof PyInt) {
            sb.append("  File \"").append(((PyStr) fn).value).append("\", line ").append(((PyInt) ln).value).append('\n');
            if (text instanceof PyStr) {
                String line = ((PyStr) text).value;
                int col = off instanceof PyInt ? (int) ((PyInt) off).value - 1 : -1;
                int endCol = eoff instanceof PyInt ? (int) ((PyInt) eoff).value - 1 : -1;
                int start = 0;
                while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t' || line.charAt(start) == '\f')) {
                    start++;
                    col--;
                    endCol--;
                }
                line = line.substring(start);
                if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
                sb.append("    ").append(line).append('\n');
                if (col >= 0) {
                    if (col > line.length()) col = line.length();
                    int carets = 1;
                    boolean sameLine = !(eln instanceof PyInt) || !(ln instanceof PyInt) || ((PyInt) eln).value == ((PyInt) ln).value;
                    if (endCol > col && sameLine) carets = endCol - col;
                    sb.append("    ").append(" ".repeat(col)).append("^".repeat(carets)).append('\n');
                }
            }
        }
        sb.append(typeName(exc.type()));
        String m = msg == null || msg == PyNone.INSTANCE ? Ops.str(exc) : Ops.str(msg);
        if (!m.isEmpty()) sb.append(": ").append(m);
        sb.append('\n');
        printNotes(exc, sb);
    }
}
