package org.herthon.interpreter.compiler;

import java.util.IdentityHashMap;
import java.util.Map;

import org.herthon.interpreter.ast.AstNodes;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.Stmt;

/** Whether a statement or expression contains a yield of its own scope (not of nested scopes). */
final class YieldFinder {
    private final Map<Object, Boolean> memo = new IdentityHashMap<>();

    boolean contains(Record node) {
        if (node == null) return false;
        Boolean b = memo.get(node);
        if (b != null) return b;
        boolean r;
        if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom || node instanceof Expr.Await
                || node instanceof Stmt.AsyncFor || node instanceof Stmt.AsyncWith) r = true;
        else if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.ClassDef
                || node instanceof Expr.Lambda) {
            r = false;
            // decorators/defaults/bases can contain yields but that is vanishingly rare
        } else if (node instanceof Expr.ListComp c) {
            r = isAsyncComp(c.generators(), c.elt(), null) || contains((Record) c.generators().get(0).iter());
        } else if (node instanceof Expr.SetComp c) {
            r = isAsyncComp(c.generators(), c.elt(), null) || contains((Record) c.generators().get(0).iter());
        } else if (node instanceof Expr.DictComp c) {
            r = isAsyncComp(c.generators(), c.key(), c.value()) || contains((Record) c.generators().get(0).iter());
        } else if (node instanceof Expr.GeneratorExp c) {
            r = contains((Record) c.generators().get(0).iter());
        } else {
            r = false;
            for (Record c : AstNodes.children(node)) {
                if (contains(c)) { r = true; break; }
            }
        }
        memo.put(node, r);
        return r;
    }

    /** Whether a comprehension is asynchronous: an 'async for' clause, or an await in its own scope. */
    boolean isAsyncComp(java.util.List<org.herthon.interpreter.ast.Comprehension> gens, Expr elt, Expr value) {
        for (int i = 0; i < gens.size(); i++) {
            org.herthon.interpreter.ast.Comprehension g = gens.get(i);
            if (g.is_async() != 0) return true;
            if (i > 0 && contains((Record) g.iter())) return true;
            for (Expr x : g.ifs()) if (contains((Record) x)) return true;
        }
        return contains((Record) elt) || value != null && contains((Record) value);
    }
}
