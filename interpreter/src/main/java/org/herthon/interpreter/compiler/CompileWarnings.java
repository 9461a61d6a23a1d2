package org.herthon.interpreter.compiler;

import java.util.List;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.parser.HerthonSyntaxError;
import org.herthon.interpreter.runtime.Ops;
import org.herthon.interpreter.runtime.PyDict;
import org.herthon.interpreter.runtime.PyException;
import org.herthon.interpreter.runtime.PyExc;
import org.herthon.interpreter.runtime.PyInt;
import org.herthon.interpreter.runtime.PyObject;
import org.herthon.interpreter.runtime.PyStr;

/**
 * Reports the compiler's SyntaxWarnings as CPython's compiler_warn does: through the warnings
 * machinery (PyErr_WarnExplicitObject, so filters and catch_warnings see them), and a warning
 * the filters turn into an error becomes a SyntaxError at the warned node. Until the warnings
 * module is imported, the default action applies: the warning is printed to stderr.
 */
public final class CompileWarnings {
    private CompileWarnings() {}

    /** warnings: {line, message, col_offset, end_lineno, end_col_offset} from {@link Compiler#takeWarnings()}. */
    public static void report(Interpreter in, List<Object[]> warnings, String filename, SourceText st) {
        for (Object[] w : warnings) {
            in.compileWarnings++;
            int line = (Integer) w[0];
            String msg = (String) w[1];
            PyObject warnExplicit = warnExplicit(in);
            if (warnExplicit == null) {
                String text = st.line(line);
                in.flushStdout();
                in.writeErr(filename + ":" + line + ": SyntaxWarning: " + msg + "\n" + (text == null ? "" : "  " + text.strip() + "\n"));
                continue;
            }
            try {
                warnExplicit.call(new PyObject[]{PyStr.of(msg), PyExc.SyntaxWarning, PyStr.of(filename), PyInt.of(line)}, null);
            } catch (PyException e) {
                if (!e.matches(PyExc.SyntaxWarning)) throw e;
                // compiler_error: the text is the file's line, none for a string compiled under a made-up name
                String text = new java.io.File(filename).isFile() ? st.line(line) : null;
                int col = w.length > 2 ? (Integer) w[2] + 1 : 1;
                int endLine = w.length > 3 ? (Integer) w[3] : line;
                int endCol = w.length > 4 ? (Integer) w[4] + 1 : col;
                throw new HerthonSyntaxError("SyntaxError", msg, filename, line, col, endLine, endCol, text);
            }
        }
    }

    private static PyObject warnExplicit(Interpreter in) {
        PyObject modules = in.sysModule.dict.getStr("modules");
        if (!(modules instanceof PyDict)) return null;
        PyObject warnings = ((PyDict) modules).getStr("warnings");
        if (warnings == null) return null;
        return Ops.getAttrOrNull(warnings, "warn_explicit");
    }
}
