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
        if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom || node instanceof Expr.Await) r = true;
        else if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.ClassDef
                || node instanceof Expr.Lambda) {
            r = false;
            // decorators/defaults/bases can contain yields but that is vanishingly rare
        } else if (node instanceof Expr.ListComp || node instanceof Expr.SetComp || node instanceof Expr.DictComp
                || node instanceof Expr.GeneratorExp) {
            r = false;
        } else {
            r = false;
            for (Record c : AstNodes.children(node)) {
                if (contains(c)) { r = true; break; }
            }
        }
        memo.put(node, r);
        return r;
    }
}
