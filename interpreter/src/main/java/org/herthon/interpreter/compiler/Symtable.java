package org.herthon.interpreter.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.herthon.interpreter.ast.Alias;
import org.herthon.interpreter.ast.Arg;
import org.herthon.interpreter.ast.Arguments;
import org.herthon.interpreter.ast.Comprehension;
import org.herthon.interpreter.ast.ExceptHandler;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.Keyword;
import org.herthon.interpreter.ast.Located;
import org.herthon.interpreter.ast.Stmt;
import org.herthon.interpreter.ast.WithItem;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.parser.HerthonSyntaxError;

/** A symbol table pass mirroring CPython's symtable.c (name binding analysis). */
public final class Symtable {
    public final Map<Object, Scope> scopes = new IdentityHashMap<>();
    public Scope top;
    private Scope cur;
    private final String filename;
    private final SourceText source;

    private Symtable(String filename, SourceText source) { this.filename = filename; this.source = source; }

    public static Symtable build(List<Stmt> body, Object moduleKey, String filename, SourceText source, boolean isModule) {
        Symtable st = new Symtable(filename, source);
        st.top = new Scope(Scope.Kind.MODULE, "top", null);
        st.scopes.put(moduleKey, st.top);
        st.cur = st.top;
        for (Stmt s : body) st.stmt(s);
        st.analyze(st.top, new HashSet<>(), new HashSet<>());
        return st;
    }

    /** For eval(): a single expression at top level. */
    public static Symtable buildExpr(Expr e, Object key, String filename, SourceText source) {
        Symtable st = new Symtable(filename, source);
        st.top = new Scope(Scope.Kind.MODULE, "top", null);
        st.scopes.put(key, st.top);
        st.cur = st.top;
        st.expr(e);
        st.analyze(st.top, new HashSet<>(), new HashSet<>());
        return st;
    }

    private HerthonSyntaxError error(Located n, String msg) {
        String text = source == null ? null : source.line(n.lineno());
        return HerthonSyntaxError.syntax(msg, filename, n.lineno(), n.col_offset() + 1, n.end_lineno(), n.end_col_offset() + 1, text);
    }

    private Scope enter(Scope.Kind kind, String name, Object key, int line) {
        Scope s = new Scope(kind, name, cur);
        s.firstLine = line;
        scopes.put(key, s);
        cur = s;
        return s;
    }

    private void def(String name, int flag, Located where) {
        Integer old = cur.flags.get(name);
        if (old != null) {
            if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                throw error(where, "duplicate argument '" + name + "' in function definition");
            }
        }
        cur.add(name, flag);
    }

    // ---- statements ------------------------------------------------------------------------
    private void body(List<Stmt> b) { for (Stmt s : b) stmt(s); }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            def(f.name(), Scope.DEF_LOCAL, f);
            defaultsAndAnnotations(f.args(), f.returns());
            for (Expr d : f.decorator_list()) expr(d);
            int line = f.decorator_list().isEmpty() ? f.lineno() : f.decorator_list().get(0).lineno();
            Scope sc = enter(Scope.Kind.FUNCTION, f.name(), f, line);
            params(f.args());
            body(f.body());
            cur = sc.parent;
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            def(f.name(), Scope.DEF_LOCAL, f);
            defaultsAndAnnotations(f.args(), f.returns());
            for (Expr d : f.decorator_list()) expr(d);
            Scope sc = enter(Scope.Kind.FUNCTION, f.name(), f, f.lineno());
            params(f.args());
            body(f.body());
            cur = sc.parent;
        } else if (s instanceof Stmt.ClassDef c) {
            def(c.name(), Scope.DEF_LOCAL, c);
            for (Expr b : c.bases()) expr(b);
            for (Keyword k : c.keywords()) expr(k.value());
            for (Expr d : c.decorator_list()) expr(d);
            int line = c.decorator_list().isEmpty() ? c.lineno() : c.decorator_list().get(0).lineno();
            Scope sc = enter(Scope.Kind.CLASS, c.name(), c, line);
            body(c.body());
            cur = sc.parent;
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) expr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) expr(t);
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) expr(t);
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                Integer fl = cur.flags.get(n.id());
                if (fl != null && (fl & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple() == 1) {
                    throw error(a, "annotated name '" + n.id() + "' can't be " + ((fl & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"));
                }
                if (a.simple() == 1) def(n.id(), Scope.DEF_LOCAL, n);
                else if (a.value() != null) def(n.id(), Scope.DEF_LOCAL, n);
            } else {
                expr(a.target());
            }
            expr(a.annotation());
            if (a.value() != null) expr(a.value());
        } else if (s instanceof Stmt.For f) {
            expr(f.target());
            expr(f.iter());
            body(f.body());
            body(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            expr(f.target());
            expr(f.iter());
            body(f.body());
            body(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            body(w.body());
            body(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            body(i.body());
            body(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (WithItem it : w.items()) {
                expr(it.context_expr());
                if (it.optional_vars() != null) expr(it.optional_vars());
            }
            body(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            for (WithItem it : w.items()) {
                expr(it.context_expr());
                if (it.optional_vars() != null) expr(it.optional_vars());
            }
            body(w.body());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) expr(r.exc());
            if (r.cause() != null) expr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            body(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type());
                if (h.name() != null) def(h.name(), Scope.DEF_LOCAL, h);
                body(h.body());
            }
            body(t.orelse());
            body(t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            body(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type());
                if (h.name() != null) def(h.name(), Scope.DEF_LOCAL, h);
                body(h.body());
            }
            body(t.orelse());
            body(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) expr(a.msg());
        } else if (s instanceof Stmt.Import im) {
            for (Alias al : im.names()) {
                String n = al.asname() != null ? al.asname() : al.name().split("\\.")[0];
                def(n, Scope.DEF_LOCAL, al);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Alias al : im.names()) {
                if (al.name().equals("*")) {
                    if (cur.kind != Scope.Kind.MODULE) throw error(im, "import * only allowed at module level");
                    continue;
                }
                def(al.asname() != null ? al.asname() : al.name(), Scope.DEF_LOCAL, al);
            }
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) {
                Integer fl = cur.flags.get(n);
                if (fl != null) {
                    if ((fl & Scope.DEF_PARAM) != 0) throw error(g, "name '" + n + "' is parameter and global");
                    if ((fl & Scope.DEF_NONLOCAL) != 0) throw error(g, "name '" + n + "' is nonlocal and global");
                    if ((fl & Scope.USE) != 0) throw error(g, "name '" + n + "' is used prior to global declaration");
                    if ((fl & Scope.DEF_LOCAL) != 0) throw error(g, "name '" + n + "' is assigned to before global declaration");
                }
                cur.add(n, Scope.DEF_GLOBAL);
            }
        } else if (s instanceof Stmt.Nonlocal g) {
            for (String n : g.names()) {
                if (cur.kind == Scope.Kind.MODULE) throw error(g, "nonlocal declaration not allowed at module level");
                Integer fl = cur.flags.get(n);
                if (fl != null) {
                    if ((fl & Scope.DEF_PARAM) != 0) throw error(g, "name '" + n + "' is parameter and nonlocal");
                    if ((fl & Scope.DEF_GLOBAL) != 0) throw error(g, "name '" + n + "' is nonlocal and global");
                    if ((fl & Scope.USE) != 0) throw error(g, "name '" + n + "' is used prior to nonlocal declaration");
                    if ((fl & Scope.DEF_LOCAL) != 0) throw error(g, "name '" + n + "' is assigned to before nonlocal declaration");
                }
                cur.add(n, Scope.DEF_NONLOCAL);
                nonlocalSites.put(cur.name + "\0" + n + "\0" + System.identityHashCode(cur), g);
            }
        } else if (s instanceof Stmt.Expr e) {
            expr(e.value());
        }
        // Pass, Break, Continue: nothing
    }

    private final Map<String, Located> nonlocalSites = new java.util.HashMap<>();

    private void defaultsAndAnnotations(Arguments a, Expr returns) {
        for (Expr d : a.defaults()) expr(d);
        for (Expr d : a.kw_defaults()) if (d != null) expr(d);
        for (Arg x : a.posonlyargs()) if (x.annotation() != null) expr(x.annotation());
        for (Arg x : a.args()) if (x.annotation() != null) expr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        for (Arg x : a.kwonlyargs()) if (x.annotation() != null) expr(x.annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        if (returns != null) expr(returns);
    }

    private void params(Arguments a) {
        for (Arg x : a.posonlyargs()) param(x);
        for (Arg x : a.args()) param(x);
        for (Arg x : a.kwonlyargs()) param(x);
        if (a.vararg() != null) param(a.vararg());
        if (a.kwarg() != null) param(a.kwarg());
    }
    private void param(Arg x) {
        def(x.arg(), Scope.DEF_PARAM, x);
        cur.params.add(x.arg());
    }

    // ---- expressions -------------------------------------------------------------------------
    private void exprs(List<Expr> l) { for (Expr e : l) if (e != null) expr(e); }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            if (n.ctx() == org.herthon.interpreter.ast.ExprContext.Load) {
                cur.add(n.id(), Scope.USE);
                if (cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) cur.add("__class__", Scope.USE);
            } else {
                def(n.id(), Scope.DEF_LOCAL, n);
            }
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.NamedExpr ne) {
            expr(ne.value());
            Expr.Name t = (Expr.Name) ne.target();
            if (cur.comprehension) {
                // bind in the nearest enclosing non-comprehension scope
                Scope s = cur;
                while (s.comprehension) {
                    s = s.parent;
                }
                if (s.kind == Scope.Kind.CLASS) throw error(ne, "assignment expression within a comprehension cannot be used in a class body");
                Scope c = cur;
                while (c != s) {
                    c.add(t.id(), s.kind == Scope.Kind.MODULE ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
                    c = c.parent;
                }
                s.add(t.id(), Scope.DEF_LOCAL);
            } else {
                def(t.id(), Scope.DEF_LOCAL, t);
            }
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            for (Expr d : l.args().defaults()) expr(d);
            for (Expr d : l.args().kw_defaults()) if (d != null) expr(d);
            Scope sc = enter(Scope.Kind.FUNCTION, "<lambda>", l, l.lineno());
            sc.lambda = true;
            params(l.args());
            expr(l.body());
            cur = sc.parent;
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) expr(y.value());
            markGenerator(y);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
            markGenerator(y);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) expr(k.value());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.format_spec() != null) expr(f.format_spec());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.List l) {
            exprs(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) expr(s.lower());
            if (s.upper() != null) expr(s.upper());
            if (s.step() != null) expr(s.step());
        }
        // Constant: nothing
    }

    private void markGenerator(Expr y) {
        if (cur.comprehension) {
            throw error((Located) y, "'yield' inside " + (cur.name.equals("<genexpr>") ? "generator expression" : cur.name.equals("<listcomp>") ? "list comprehension" : cur.name.equals("<setcomp>") ? "set comprehension" : "dict comprehension"));
        }
        cur.generator = true;
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        // outermost iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope sc = enter(Scope.Kind.FUNCTION, name, node, node.lineno());
        sc.comprehension = true;
        if (name.equals("<genexpr>")) sc.generator = true;
        sc.add(".0", Scope.DEF_PARAM);
        sc.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            expr(g.target());
            if (i > 0) expr(g.iter());
            exprs(g.ifs());
        }
        if (value != null) {
            expr(elt);
            expr(value);
        } else {
            expr(elt);
        }
        cur = sc.parent;
    }

    // ---- analysis ------------------------------------------------------------------------------
    /** Returns the set of free names of this scope (to be resolved by the parent). */
    private Set<String> analyze(Scope s, Set<String> bound, Set<String> globals) {
        Set<String> local = new HashSet<>();
        Set<String> free = new HashSet<>();
        Set<String> newGlobals = new HashSet<>(globals);
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int fl = e.getValue();
            if ((fl & Scope.DEF_GLOBAL) != 0) {
                s.bindings.put(n, Scope.Binding.GLOBAL_EXPLICIT);
                newGlobals.add(n);
            } else if ((fl & Scope.DEF_NONLOCAL) != 0) {
                if (!bound.contains(n)) {
                    Located where = null;
                    for (Map.Entry<String, Located> site : nonlocalSites.entrySet()) {
                        if (site.getKey().equals(s.name + "\0" + n + "\0" + System.identityHashCode(s))) where = site.getValue();
                    }
                    if (where != null) throw error(where, "no binding for nonlocal '" + n + "' found");
                    throw HerthonSyntaxError.syntax("no binding for nonlocal '" + n + "' found", filename, s.firstLine, 1, s.firstLine, 1, null);
                }
                s.bindings.put(n, Scope.Binding.FREE);
                free.add(n);
            } else if ((fl & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) {
                s.bindings.put(n, Scope.Binding.LOCAL);
                local.add(n);
                newGlobals.remove(n);
            } else if (s.kind != Scope.Kind.MODULE && bound.contains(n) && !(s.kind == Scope.Kind.CLASS && false)) {
                if (globals.contains(n) && !bound.contains(n)) {
                    s.bindings.put(n, Scope.Binding.GLOBAL_IMPLICIT);
                } else {
                    s.bindings.put(n, Scope.Binding.FREE);
                    free.add(n);
                }
            } else {
                s.bindings.put(n, Scope.Binding.GLOBAL_IMPLICIT);
            }
        }
        Set<String> newBound = new HashSet<>();
        if (s.kind == Scope.Kind.FUNCTION) {
            newBound.addAll(bound);
            newBound.addAll(local);
            for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.GLOBAL_EXPLICIT) newBound.remove(e.getKey());
            }
        } else if (s.kind == Scope.Kind.CLASS) {
            newBound.addAll(bound);
            newBound.add("__class__");
            for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.GLOBAL_EXPLICIT) newBound.remove(e.getKey());
            }
        }
        Set<String> childFree = new HashSet<>();
        for (Scope c : s.children) childFree.addAll(analyze(c, newBound, newGlobals));
        if (s.kind == Scope.Kind.CLASS && childFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        for (String n : childFree) {
            Scope.Binding b = s.bindings.get(n);
            if (s.kind == Scope.Kind.FUNCTION && (b == Scope.Binding.LOCAL || b == Scope.Binding.CELL)) {
                s.bindings.put(n, Scope.Binding.CELL);
            } else if (s.kind == Scope.Kind.FUNCTION && b == Scope.Binding.FREE) {
                free.add(n);
            } else if (b == Scope.Binding.GLOBAL_EXPLICIT) {
                // child sees it as free but it is global here: cannot happen (bound excluded)
            } else if (s.kind == Scope.Kind.CLASS) {
                if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT) {
                    s.passthrough.add(n);
                } else if (b == Scope.Binding.LOCAL) {
                    s.passthrough.add(n);
                } else if (b == Scope.Binding.FREE) {
                    // already free
                }
                free.add(n);
            } else if (s.kind == Scope.Kind.FUNCTION) {
                if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT) s.bindings.put(n, Scope.Binding.FREE);
                free.add(n);
            }
        }
        return free;
    }
}
