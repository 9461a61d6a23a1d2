package org.herthon.interpreter.scope;

/**
 * The kinds of scopes. LAMBDA and COMPREHENSION are function scopes in CPython (their code
 * objects are functions named &lt;lambda&gt;, &lt;listcomp&gt;, &lt;genexpr&gt; ...).
 */
public enum ScopeKind {
    MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION;

    /** True for scopes whose locals live in slots (CPython's optimized "fast" locals). */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == LAMBDA || this == COMPREHENSION;
    }
}
