package org.herthon.interpreter.scope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope after analysis: the classification of every name used in it, and, for
 * function-like scopes, the slot layout a compiler needs (CPython's co_varnames,
 * co_cellvars, co_freevars).
 *
 * <p>Slots: {@link #varnames()} lists parameters first (positional-only, positional,
 * keyword-only, then *args, then **kwargs, exactly as CPython's co_varnames) followed by the
 * other non-cell locals in the order the compiler first meets them. {@link #cellvars()} are the
 * locals captured by inner scopes (parameters among them first, in parameter order, then the
 * others sorted by name, like CPython); {@link #freevars()} are the captured names of enclosing
 * scopes, sorted by name. A parameter that is also a cell appears in both varnames and cellvars
 * (CPython copies the argument into the cell when the call starts).
 */
public final class Scope {

    private final String name;
    private final ScopeKind kind;
    private final Object node;
    private final Scope parent;
    final List<Scope> children = new java.util.ArrayList<>();
    final Map<String, NameKind> names = new LinkedHashMap<>();
    List<String> varnames = List.of();
    List<String> cellvars = List.of();
    List<String> freevars = List.of();
    boolean needsClassCell;
    boolean isGenerator;
    boolean hasFreeVariables;

    Scope(String name, ScopeKind kind, Object node, Scope parent) {
        this.name = name;
        this.kind = kind;
        this.node = node;
        this.parent = parent;
    }

    /** The scope's name: "top" for the module, the def/class name, "lambda", "listcomp", "genexpr"... (as symtable). */
    public String name() { return name; }
    public ScopeKind kind() { return kind; }
    /** The AST node that opens the scope: Module, Stmt.FunctionDef/AsyncFunctionDef, Stmt.ClassDef, Expr.Lambda, or the comprehension Expr. */
    public Object node() { return node; }
    /** The enclosing scope, or null for the module. */
    public Scope parent() { return parent; }
    /** Nested scopes in source order. */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** Every name mentioned in this scope with its classification, in order of first mention. */
    public Map<String, NameKind> names() { return Collections.unmodifiableMap(names); }

    /**
     * How {@code name} resolves in this scope. Names never mentioned here resolve as
     * GLOBAL_IMPLICIT (this only happens for names a compiler invents).
     */
    public NameKind kindOf(String name) {
        return names.getOrDefault(name, NameKind.GLOBAL_IMPLICIT);
    }

    public List<String> varnames() { return varnames; }
    public List<String> cellvars() { return cellvars; }
    public List<String> freevars() { return freevars; }

    /** Index of a fast local in {@link #varnames()}, or -1. */
    public int localSlot(String name) { return varnames.indexOf(name); }

    /** Index of a cell in {@link #cellvars()}, or -1. */
    public int cellSlot(String name) { return cellvars.indexOf(name); }

    /** Index of a free variable in {@link #freevars()}, or -1. */
    public int freeSlot(String name) { return freevars.indexOf(name); }

    /** A class whose methods use {@code super()} or {@code __class__}: it must create the {@code __class__} cell. */
    public boolean needsClassCell() { return needsClassCell; }

    /** The function contains yield / yield from (or is a generator expression). */
    public boolean isGenerator() { return isGenerator; }

    @Override
    public String toString() {
        return kind + " " + name + " " + names;
    }
}
