package org.herthon.interpreter.modules;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.ast.*;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.runtime.*;

/**
 * compile() of an _ast tree: the objects back into the parser's records (by class and field
 * name), then the ordinary compiler. Missing fields raise CPython's TypeError
 * ('required field "x" missing from y'); columns are taken as they are.
 */
public final class AstToTree {
    private AstToTree() {}

    private static final Map<String, Class<?>> CLASSES = new HashMap<>();
    static {
        for (Class<?> c : Expr.class.getPermittedSubclasses()) CLASSES.put(c.getSimpleName(), c);
        for (Class<?> c : Stmt.class.getPermittedSubclasses()) CLASSES.put(c.getSimpleName(), c);
        for (Class<?> c : Pattern.class.getPermittedSubclasses()) CLASSES.put(c.getSimpleName(), c);
        CLASSES.put("comprehension", Comprehension.class);
        CLASSES.put("arguments", Arguments.class);
        CLASSES.put("arg", Arg.class);
        CLASSES.put("keyword", Keyword.class);
        CLASSES.put("alias", Alias.class);
        CLASSES.put("withitem", WithItem.class);
        CLASSES.put("match_case", MatchCase.class);
        CLASSES.put("ExceptHandler", ExceptHandler.class);
    }

    public static PyObject compile(Interpreter in, PyObject tree, String filename, String mode) {
        String kind = tree.type().name;
        SourceText st = new SourceText(filename, "");
        PyObject body = attr(tree, "body", kind);
        if (mode.equals("eval")) {
            if (!kind.equals("Expression")) throw Err.typeError("expected Expression node, got " + kind);
            Expr e = (Expr) convert(body, Expr.class);
            org.herthon.interpreter.ast.Module m = new org.herthon.interpreter.ast.Module(List.of(new Stmt.Expr(e, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset())));
            org.herthon.interpreter.scope.ScopeTable scopes = org.herthon.interpreter.scope.ScopeAnalyzer.analyze(m, st);
            return org.herthon.interpreter.compiler.Compiler.compileEval(in, e, scopes, filename, "__main__", st);
        }
        String want = mode.equals("single") ? "Interactive" : "Module";
        if (!kind.equals(want)) throw Err.typeError("expected " + want + " node, got " + kind);
        if (kind.equals("Module")) attr(tree, "type_ignores", kind);
        List<Stmt> stmts = new ArrayList<>();
        for (PyObject s : Ops.toArray(body)) stmts.add((Stmt) convert(s, Stmt.class));
        org.herthon.interpreter.ast.Module m = new org.herthon.interpreter.ast.Module(Collections.unmodifiableList(stmts));
        String modName = in.frame == null ? "__main__" : String.valueOf(Ops.str(in.frame.globals.getStr("__name__") == null ? PyStr.of("__main__") : in.frame.globals.getStr("__name__")));
        return in.compileAst(m, st, filename, modName, true);
    }

    private static PyObject attr(PyObject node, String field, String kind) {
        PyObject v = Ops.getAttrOrNull(node, field);
        if (v == null) throw Err.typeError("required field \"" + field + "\" missing from " + kind);
        return v;
    }

    private static Object convert(PyObject o, Type want) {
        Class<?> raw = want instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) want).getRawType();
        if (raw == List.class) {
            Type elem = ((ParameterizedType) want).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (PyObject x : Ops.toArray(o)) out.add(x == PyNone.INSTANCE ? null : convert(x, elem));
            return Collections.unmodifiableList(out);
        }
        if (o == PyNone.INSTANCE) return null;
        if (raw == String.class) {
            if (!(o instanceof PyStr)) throw Err.typeError("AST string must be of type str");
            return ((PyStr) o).value;
        }
        if (raw == int.class || raw == Integer.class) return (int) Ops.index(o);
        if (raw.isEnum()) {
            for (Object c : raw.getEnumConstants()) if (((Enum<?>) c).name().equals(o.type().name)) return c;
            throw Err.typeError("expected some sort of " + raw.getSimpleName() + ", but got " + Ops.repr(o));
        }
        if (raw == Object.class) return constant(o);
        String kind = o.type().name;
        Class<?> c = CLASSES.get(kind);
        for (PyType t : o.type().mro) {
            if (c != null) break;
            c = CLASSES.get(t.name);
        }
        if (c == null || !raw.isAssignableFrom(c)) throw Err.typeError("expected some sort of " + raw.getSimpleName().toLowerCase() + ", but got " + Ops.repr(o));
        RecordComponent[] rc = c.getRecordComponents();
        // as CPython's obj2ast: a node's position attributes are read before its fields
        for (String pos : new String[]{"lineno", "col_offset"}) {
            if (indexOf(rc, pos) >= 0 && rc[indexOf(rc, pos)].getName().equals(pos)) {
                PyObject v = Ops.getAttrOrNull(o, pos);
                if (v == null || v == PyNone.INSTANCE) throw Err.typeError("required field \"" + pos + "\" missing from " + attributesOwner(c, kind));
            }
        }
        Object[] values = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            String f = rc[i].getName();
            PyObject v = Ops.getAttrOrNull(o, f);
            boolean optional = rc[i].isAnnotationPresent(AsdlOptional.class);
            if (v == null || v == PyNone.INSTANCE && !optional && types[i] != Object.class) {
                if (f.equals("end_lineno") || f.equals("end_col_offset")) {
                    values[i] = f.equals("end_lineno") ? values[indexOf(rc, "lineno")] : values[indexOf(rc, "col_offset")];
                    continue;
                }
                if (v == null && types[i] == List.class) { values[i] = List.of(); continue; }
                if (v == null && optional) { values[i] = null; continue; }
                boolean position = f.equals("lineno") || f.equals("col_offset");
                throw Err.typeError("required field \"" + f + "\" missing from " + (position ? attributesOwner(c, kind) : kind));
            }
            values[i] = convert(v, rc[i].getGenericType());
        }
        try {
            return c.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw Err.typeError("invalid AST node " + kind);
        }
    }

    /** The ASDL type whose attributes the positions are (CPython names it in the error). */
    private static String attributesOwner(Class<?> c, String kind) {
        if (Stmt.class.isAssignableFrom(c)) return "stmt";
        if (Expr.class.isAssignableFrom(c)) return "expr";
        if (Pattern.class.isAssignableFrom(c)) return "pattern";
        if (c == ExceptHandler.class) return "excepthandler";
        return kind;
    }

    private static int indexOf(RecordComponent[] rc, String name) {
        for (int i = 0; i < rc.length; i++) if (rc[i].getName().equals(name)) return i;
        return 0;
    }

    private static Object constant(PyObject o) {
        if (o == PyNone.INSTANCE) return null;
        if (o instanceof PyBool) return o == PyBool.TRUE;
        if (o instanceof PyInt) return ((PyInt) o).value;
        if (o instanceof PyBigInt) return Arith.big(o);
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (o instanceof PyComplex c && c.real == 0) return new Imaginary(c.imag);
        if (o instanceof PyStr) return ((PyStr) o).value;
        if (o instanceof PyBytes) return new org.herthon.interpreter.ast.Bytes(((PyBytes) o).data);
        if (o == PyEllipsis.INSTANCE) return org.herthon.interpreter.ast.Ellipsis.INSTANCE;
        throw Err.typeError("got an invalid type in Constant: " + o.type().name);
    }
}
