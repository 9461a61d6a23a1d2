package org.herthon.interpreter.scope;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The result of {@link ScopeAnalyzer#analyze}: every scope of a module, found from the AST node
 * that opens it. A compiler walks the AST and, on entering a FunctionDef, Lambda, ClassDef or
 * comprehension, asks {@link #scopeOf(Object)} for the scope whose {@link Scope#kindOf(String)}
 * and slot methods decide how each Name compiles.
 */
public final class ScopeTable {

    private final Scope module;
    private final Map<Object, Scope> byNode;

    ScopeTable(Scope module, IdentityHashMap<Object, Scope> byNode) {
        this.module = module;
        this.byNode = byNode;
    }

    public Scope module() { return module; }

    /** The scope opened by this node (identity lookup), or null if the node opens none. */
    public Scope scopeOf(Object node) { return byNode.get(node); }
}
