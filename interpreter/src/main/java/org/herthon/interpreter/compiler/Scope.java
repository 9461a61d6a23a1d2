package org.herthon.interpreter.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One symbol-table block: module, function (also lambda and comprehension) or class body. */
public final class Scope {
    public enum Kind { MODULE, FUNCTION, CLASS }
    public enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final int DEF_LOCAL = 1, DEF_GLOBAL = 2, DEF_NONLOCAL = 4, DEF_PARAM = 8, USE = 16;

    public final Kind kind;
    public final String name;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    final Map<String, Integer> flags = new LinkedHashMap<>();
    public final List<String> params = new ArrayList<>();
    public boolean generator, comprehension, lambda;
    public boolean needsClassClosure;
    public final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Class scopes: free variables of nested functions that pass through the class body. */
    public final Set<String> passthrough = new LinkedHashSet<>();
    /** Set when the name 'super' is used in a function (needs the __class__ cell). */
    int firstLine;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    void add(String name, int flag) {
        flags.merge(name, flag, (a, b) -> a | b);
    }

    public Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b != null) return b;
        return kind == Kind.FUNCTION ? Binding.GLOBAL_IMPLICIT : Binding.GLOBAL_IMPLICIT;
    }

    /** Fast locals (params first), then cells, then frees, in a deterministic order. */
    public List<String> varnames() {
        List<String> out = new ArrayList<>(params);
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == Binding.LOCAL && !out.contains(e.getKey())) out.add(e.getKey());
        }
        return out;
    }
    public List<String> cellvars() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) if (e.getValue() == Binding.CELL) out.add(e.getKey());
        if (needsClassClosure && !out.contains("__class__")) out.add("__class__");
        out.sort(null);
        return out;
    }
    public List<String> freevars() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) if (e.getValue() == Binding.FREE) out.add(e.getKey());
        for (String p : passthrough) if (!out.contains(p)) out.add(p);
        out.sort(null);
        return out;
    }
}
