package org.herthon.interpreter.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.ast.*;

/**
 * Private name mangling, as CPython's compiler does it (_Py_Mangle): inside a class body and
 * everything nested in it (up to the next class), an identifier {@code __x} that does not end
 * with {@code __} and has no dot becomes {@code _Class__x}, with the class name's leading
 * underscores stripped (a name of underscores only mangles nothing). Mangled are the names CPython
 * mangles: variables (Name), attributes, parameters, def and class names (the binding; __name__
 * and __qualname__ keep the written name, see {@link Result#writtenName}), global/nonlocal names,
 * except-as and match capture names, import bindings and the names {@code from m import __x}
 * fetches; keyword argument names in calls and class-pattern attributes are not.
 *
 * <p>Runs on the tree the compiler is given (ast.parse sees the written names); returns the same
 * nodes where nothing changes, so code without such names in classes is not copied.
 */
public final class Mangler {
    private Mangler() {}

    /** The mangled tree, and the written names of the def and class nodes whose binding was mangled. */
    public static final class Result {
        public final org.herthon.interpreter.ast.Module module;
        private final Map<Object, String> written;

        Result(org.herthon.interpreter.ast.Module module, Map<Object, String> written) {
            this.module = module;
            this.written = written;
        }

        /** Whether mangling changed nothing (the module has no private names in classes). */
        public boolean unchangedFrom(org.herthon.interpreter.ast.Module original) {
            return module == original && written.isEmpty();
        }

        /** The name as written of a def or class node (its mangled name is only its binding). */
        public String writtenName(Object node, String name) {
            String w = written.get(node);
            return w == null ? name : w;
        }
    }

    /** The result for a module known to have no names to mangle (the parse cache says so). */
    public static Result unchanged(org.herthon.interpreter.ast.Module m) {
        return new Result(m, Map.of());
    }

    public static Result mangle(org.herthon.interpreter.ast.Module m) {
        Map<Object, String> written = new IdentityHashMap<>();
        Mangler.Walk w = new Walk(written);
        @SuppressWarnings("unchecked") List<Stmt> body = (List<Stmt>) w.walk(m.body(), null);
        return new Result(body == m.body() ? m : new org.herthon.interpreter.ast.Module(body), written);
    }

    /** _Py_Mangle: the name as the compiler uses it inside class privateName (null: not in a class). */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name == null || name.length() < 3 || !name.startsWith("__")) return name;
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    private static final class Walk {
        final Map<Object, String> written;

        Walk(Map<Object, String> written) { this.written = written; }

        Object walk(Object v, String priv) {
            if (v instanceof List<?> list) {
                List<Object> out = null;
                for (int i = 0; i < list.size(); i++) {
                    Object o = list.get(i);
                    Object n = walk(o, priv);
                    if (n != o && out == null) {
                        out = new ArrayList<>(list.size());
                        for (int j = 0; j < i; j++) out.add(list.get(j));
                    }
                    if (out != null) out.add(n);
                }
                return out == null ? list : Collections.unmodifiableList(out);
            }
            if (!(v instanceof Record r)) return v;
            // outside classes only statements can hold a class
            if (priv == null && !(r instanceof Stmt || r instanceof ExceptHandler || r instanceof MatchCase)) return v;
            if (r instanceof Expr.Constant || r instanceof Imaginary) return v;
            return record(r, priv);
        }

        private Record record(Record r, String priv) {
            int id = AstRecords.id(r.getClass());
            if (id < 0) throw new IllegalStateException("not a tree node: " + r.getClass().getName());
            Object[] values = AstRecords.components(id, r);
            boolean changed = false;
            String bodyPriv = priv;
            if (r instanceof Stmt.ClassDef cd) bodyPriv = cd.name();
            for (int i = 0; i < values.length; i++) {
                Object o = values[i];
                String field = AstRecords.field(id, i);
                Object n;
                if (o instanceof String s) {
                    n = identifierField(r, field) ? mangle(priv, s) : s;
                } else if (r instanceof Stmt.Global || r instanceof Stmt.Nonlocal) {
                    n = o instanceof List<?> ? mangleAll((List<?>) o, priv) : o;
                } else if (r instanceof Stmt.Import && field.equals("names")) {
                    n = aliases((List<?>) o, priv, false);
                } else if (r instanceof Stmt.ImportFrom && field.equals("names")) {
                    n = aliases((List<?>) o, priv, true);
                } else if (r instanceof Stmt.ClassDef && field.equals("body")) {
                    n = walk(o, bodyPriv);
                } else {
                    n = walk(o, priv);
                }
                values[i] = n;
                if (n != o) changed = true;
            }
            if (!changed) return r;
            Record made = AstRecords.make(id, values);
            if (r instanceof Stmt.FunctionDef || r instanceof Stmt.AsyncFunctionDef || r instanceof Stmt.ClassDef) {
                String name = (String) (r instanceof Stmt.FunctionDef f ? f.name() : r instanceof Stmt.AsyncFunctionDef a ? a.name() : ((Stmt.ClassDef) r).name());
                written.put(made, written.getOrDefault(r, name));
            }
            return made;
        }

        private static boolean identifierField(Record r, String field) {
            if (r instanceof Expr.Name) return field.equals("id");
            if (r instanceof Expr.Attribute) return field.equals("attr");
            if (r instanceof Arg) return field.equals("arg");
            if (r instanceof Stmt.FunctionDef || r instanceof Stmt.AsyncFunctionDef || r instanceof Stmt.ClassDef) return field.equals("name");
            if (r instanceof ExceptHandler || r instanceof Pattern.MatchAs || r instanceof Pattern.MatchStar) return field.equals("name");
            if (r instanceof Pattern.MatchMapping) return field.equals("rest");
            return false;
        }

        private static Object mangleAll(List<?> names, String priv) {
            List<Object> out = new ArrayList<>(names.size());
            boolean changed = false;
            for (Object o : names) {
                Object n = o instanceof String s ? mangle(priv, s) : o;
                if (n != o) changed = true;
                out.add(n);
            }
            return changed ? Collections.unmodifiableList(out) : names;
        }

        /** import __m binds the mangled name; from m import __x fetches and binds the mangled name. */
        private static Object aliases(List<?> names, String priv, boolean from) {
            List<Object> out = new ArrayList<>(names.size());
            boolean changed = false;
            for (Object o : names) {
                Alias a = (Alias) o;
                Alias n = a;
                if (from) {
                    String name = mangle(priv, a.name());
                    String as = a.asname() == null ? null : mangle(priv, a.asname());
                    if (!name.equals(a.name()) || as != null && !as.equals(a.asname())) {
                        n = new Alias(name, as, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
                    }
                } else if (a.asname() != null) {
                    String as = mangle(priv, a.asname());
                    if (!as.equals(a.asname())) n = new Alias(a.name(), as, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
                } else if (a.name().indexOf('.') < 0) {
                    String as = mangle(priv, a.name());
                    if (!as.equals(a.name())) n = new Alias(a.name(), as, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
                }
                if (n != a) changed = true;
                out.add(n);
            }
            return changed ? Collections.unmodifiableList(out) : names;
        }
    }
}
