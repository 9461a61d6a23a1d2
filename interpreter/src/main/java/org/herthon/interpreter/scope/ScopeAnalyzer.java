package org.herthon.interpreter.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.herthon.interpreter.ast.Alias;
import org.herthon.interpreter.ast.Arg;
import org.herthon.interpreter.ast.Arguments;
import org.herthon.interpreter.ast.Comprehension;
import org.herthon.interpreter.ast.ExceptHandler;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.ExprContext;
import org.herthon.interpreter.ast.Keyword;
import org.herthon.interpreter.ast.Located;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.ast.Stmt;
import org.herthon.interpreter.ast.WithItem;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.parser.HerthonSyntaxError;

/**
 * CPython's symbol-table pass (Python/symtable.c) over a parsed module, in two steps:
 *
 * <ol>
 *   <li>Build: walk the tree once, open a scope for every module, class, function, lambda and
 *       comprehension (comprehensions are their own function scopes in 3.11), and record per
 *       name how it is used: bound, used, parameter, declared global/nonlocal. The walk follows
 *       the compiler's evaluation order so that the first-mention order gives co_varnames.</li>
 *   <li>Analyze: top-down with the set of names bound by enclosing functions, bottom-up with
 *       the names children need from outside, classify every name (CPython's analyze_block and
 *       analyze_name), turn captured locals into cells, and pass free names up through class
 *       bodies, which are never visible to their methods.</li>
 * </ol>
 *
 * It raises CPython's symtable SyntaxErrors (global/nonlocal misuse, duplicate parameters,
 * nonlocal at module level, yield inside a comprehension).
 */
public final class ScopeAnalyzer implements Stmt.Visitor<Void>, Expr.Visitor<Void> {

    // Symbol flags, as in CPython's symtable.h.
    private static final int DEF_GLOBAL = 1;
    private static final int DEF_LOCAL = 2;
    private static final int DEF_PARAM = 4;
    private static final int DEF_NONLOCAL = 8;
    private static final int USE = 16;
    private static final int DEF_IMPORT = 128;
    private static final int DEF_ANNOT = 256;
    private static final int DEF_COMP_ITER = 512;
    private static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Per-scope data collected by the build step. */
    private static final class Block {
        final Scope scope;
        final Map<String, Integer> flags = new LinkedHashMap<>();
        /** Names in the order the compiler first meets them. */
        final Set<String> mentionOrder = new LinkedHashSet<>();
        final List<String> params = new ArrayList<>();
        final List<Block> children = new ArrayList<>();
        /** Where each global/nonlocal declaration is, for error messages. */
        final Map<String, Located> directives = new HashMap<>();
        boolean nested;
        boolean free;
        boolean childFree;

        Block(Scope scope) { this.scope = scope; }

        ScopeKind kind() { return scope.kind(); }
    }

    private final SourceText source;
    private final IdentityHashMap<Object, Scope> byNode = new IdentityHashMap<>();
    private Block current;

    private ScopeAnalyzer(SourceText source) {
        this.source = source;
    }

    /** Analyzes all scopes of a module. Throws {@link HerthonSyntaxError} for CPython's symtable errors. */
    public static ScopeTable analyze(Module module, SourceText source) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(source);
        Block top = analyzer.open("top", ScopeKind.MODULE, module);
        for (Stmt s : module.body()) s.accept(analyzer);
        analyzer.current = null;
        analyzer.analyzeBlock(top, null, new HashSet<>(), null);
        return new ScopeTable(top.scope, analyzer.byNode);
    }

    // ================================================================ build step

    private Block open(String name, ScopeKind kind, Object node) {
        Scope scope = new Scope(name, kind, node, current == null ? null : current.scope);
        Block block = new Block(scope);
        if (current != null) {
            current.children.add(block);
            current.scope.children.add(scope);
            block.nested = current.nested || current.kind().isFunctionLike();
        }
        byNode.put(node, scope);
        blocks.put(scope, block);
        current = block;
        return block;
    }

    private void addDef(String name, int flag, Located where) {
        addDef(current, name, flag, where);
    }

    private void addDef(Block block, String name, int flag, Located where) {
        int old = block.flags.getOrDefault(name, 0);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
            throw error(where, "duplicate argument '" + name + "' in function definition");
        }
        block.flags.put(name, old | flag);
        if ((flag & DEF_GLOBAL) != 0) {
            // As CPython's st_global: a global declaration anywhere also marks the module's symbol.
            Block module = blocks.get(rootScopeOf(block.scope));
            module.flags.merge(name, DEF_GLOBAL, (a, b) -> a | b);
        }
        if ((flag & DEF_PARAM) != 0) block.params.add(name);
        if ((flag & (DEF_LOCAL | USE | DEF_IMPORT)) != 0) block.mentionOrder.add(name);
    }

    private void visitAll(List<? extends Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) e.accept(this);
        }
    }

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) s.accept(this);
    }

    // ---------------------------------------------------------------- statements

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        return function(node, node.name(), node.args(), node.body(), node.decorator_list(), node.returns());
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        return function(node, node.name(), node.args(), node.body(), node.decorator_list(), node.returns());
    }

    private Void function(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns) {
        // Evaluated in the enclosing scope, in the compiler's order.
        visitAll(decorators);
        visitDefaults(args);
        visitAnnotations(args, returns);
        Block outer = current;
        open(name, ScopeKind.FUNCTION, node);
        declareParameters(args);
        visitBody(body);
        current = outer;
        addDef(name, DEF_LOCAL, node);
        return null;
    }

    private void visitDefaults(Arguments args) {
        visitAll(args.defaults());
        visitAll(args.kw_defaults());
    }

    private void visitAnnotations(Arguments args, Expr returns) {
        for (Arg a : allParameters(args)) {
            if (a.annotation() != null) a.annotation().accept(this);
        }
        if (returns != null) returns.accept(this);
    }

    /** Parameters in CPython's co_varnames order: posonly, args, kwonly, *args, **kwargs. */
    private static List<Arg> allParameters(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) all.add(args.vararg());
        if (args.kwarg() != null) all.add(args.kwarg());
        return all;
    }

    private void declareParameters(Arguments args) {
        for (Arg a : allParameters(args)) addDef(a.arg(), DEF_PARAM, a);
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        // Bases and keywords are evaluated before the body runs; visiting them first also gives
        // nested scopes the same order as CPython's symtable.
        visitAll(node.bases());
        for (Keyword k : node.keywords()) k.value().accept(this);
        visitAll(node.decorator_list());
        Block outer = current;
        open(node.name(), ScopeKind.CLASS, node);
        visitBody(node.body());
        current = outer;
        addDef(node.name(), DEF_LOCAL, node);
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return node) {
        if (node.value() != null) node.value().accept(this);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete node) {
        visitAll(node.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign node) {
        node.value().accept(this);
        visitAll(node.targets());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign node) {
        node.target().accept(this);
        node.value().accept(this);
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        if (node.target() instanceof Expr.Name n) {
            int old = current.flags.getOrDefault(n.id(), 0);
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && node.simple() == 1 && current.kind() != ScopeKind.MODULE) {
                String kind = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error(node, "annotated name '" + n.id() + "' can't be " + kind);
            }
        }
        if (node.value() != null) node.value().accept(this);
        if (node.target() instanceof Expr.Name n) {
            // a parenthesized name "(x): int" (simple=0) binds x only when a value is assigned
            if (node.simple() == 1) addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            else if (node.value() != null) addDef(n.id(), DEF_LOCAL, n);
        } else {
            node.target().accept(this);
        }
        node.annotation().accept(this);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For node) {
        node.iter().accept(this);
        node.target().accept(this);
        visitBody(node.body());
        visitBody(node.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor node) {
        node.iter().accept(this);
        node.target().accept(this);
        visitBody(node.body());
        visitBody(node.orelse());
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match node) {
        node.subject().accept(this);
        for (org.herthon.interpreter.ast.MatchCase c : node.cases()) {
            pattern(c.pattern());
            if (c.guard() != null) c.guard().accept(this);
            visitBody(c.body());
        }
        return null;
    }

    private void pattern(org.herthon.interpreter.ast.Pattern p) {
        if (p instanceof org.herthon.interpreter.ast.Pattern.MatchValue v) v.value().accept(this);
        else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchSequence s) { for (var x : s.patterns()) pattern(x); }
        else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchMapping m) {
            visitAll(m.keys());
            for (var x : m.patterns()) pattern(x);
            if (m.rest() != null) addDef(m.rest(), DEF_LOCAL, m);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchClass c) {
            c.cls().accept(this);
            for (var x : c.patterns()) pattern(x);
            for (var x : c.kwd_patterns()) pattern(x);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchStar s) {
            if (s.name() != null) addDef(s.name(), DEF_LOCAL, s);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchAs a) {
            if (a.pattern() != null) pattern(a.pattern());
            if (a.name() != null) addDef(a.name(), DEF_LOCAL, a);
        } else if (p instanceof org.herthon.interpreter.ast.Pattern.MatchOr o) {
            for (var x : o.patterns()) pattern(x);
        }
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        node.test().accept(this);
        visitBody(node.body());
        visitBody(node.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If node) {
        node.test().accept(this);
        visitBody(node.body());
        visitBody(node.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With node) {
        withItems(node.items());
        visitBody(node.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith node) {
        withItems(node.items());
        visitBody(node.body());
        return null;
    }

    private void withItems(List<WithItem> items) {
        for (WithItem item : items) {
            item.context_expr().accept(this);
            if (item.optional_vars() != null) item.optional_vars().accept(this);
        }
    }

    @Override
    public Void visitRaise(Stmt.Raise node) {
        if (node.exc() != null) node.exc().accept(this);
        if (node.cause() != null) node.cause().accept(this);
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try node) {
        return tryStatement(node.body(), node.handlers(), node.orelse(), node.finalbody());
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        return tryStatement(node.body(), node.handlers(), node.orelse(), node.finalbody());
    }

    private Void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitBody(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) h.type().accept(this);
            if (h.name() != null) addDef(h.name(), DEF_LOCAL, h);
            visitBody(h.body());
        }
        visitBody(orelse);
        visitBody(finalbody);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert node) {
        node.test().accept(this);
        if (node.msg() != null) node.msg().accept(this);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        for (Alias a : node.names()) importName(a, node);
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom node) {
        for (Alias a : node.names()) {
            if (a.name().equals("*")) {
                if (current.kind() != ScopeKind.MODULE) throw error(node, "import * only allowed at module level");
                continue;
            }
            importName(a, node);
        }
        return null;
    }

    /** {@code import a.b.c} binds {@code a}; {@code import a.b as c} binds {@code c}. */
    private void importName(Alias a, Stmt statement) {
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
        addDef(bound, DEF_IMPORT, a);
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        for (String name : node.names()) {
            int cur = current.flags.getOrDefault(name, 0);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw error(node, directiveMessage(name, cur, "global"));
            }
            addDef(name, DEF_GLOBAL, node);
            current.directives.putIfAbsent(name, node);
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal node) {
        for (String name : node.names()) {
            int cur = current.flags.getOrDefault(name, 0);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw error(node, directiveMessage(name, cur, "nonlocal"));
            }
            if (current.kind() == ScopeKind.MODULE) {
                throw error(node, "nonlocal declaration not allowed at module level");
            }
            addDef(name, DEF_NONLOCAL, node);
            current.directives.putIfAbsent(name, node);
        }
        return null;
    }

    private static String directiveMessage(String name, int cur, String kind) {
        if ((cur & DEF_PARAM) != 0) return "name '" + name + "' is parameter and " + kind;
        if ((cur & USE) != 0) return "name '" + name + "' is used prior to " + kind + " declaration";
        if ((cur & DEF_ANNOT) != 0) return "annotated name '" + name + "' can't be " + kind;
        return "name '" + name + "' is assigned to before " + kind + " declaration";
    }

    @Override
    public Void visitExpr(Stmt.Expr node) {
        node.value().accept(this);
        return null;
    }

    @Override public Void visitPass(Stmt.Pass node) { return null; }
    @Override public Void visitBreak(Stmt.Break node) { return null; }
    @Override public Void visitContinue(Stmt.Continue node) { return null; }

    // ---------------------------------------------------------------- expressions

    @Override
    public Void visitBoolOp(Expr.BoolOp node) {
        visitAll(node.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        node.value().accept(this);
        Expr.Name target = (Expr.Name) node.target();
        if (current.kind() == ScopeKind.COMPREHENSION) {
            bindWalrusTargetOutsideComprehension(target, node);
        } else {
            target.accept(this);
        }
        return null;
    }

    /**
     * PEP 572: in a comprehension, {@code (x := ...)} binds x in the nearest enclosing
     * non-comprehension scope (CPython's symtable_extend_namedexpr_scope).
     */
    private void bindWalrusTargetOutsideComprehension(Expr.Name target, Expr.NamedExpr node) {
        String name = target.id();
        if ((current.flags.getOrDefault(name, 0) & DEF_COMP_ITER) != 0) {
            throw error(node, "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
        }
        Block block = current;
        List<Block> chain = chainToRoot();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Block b = chain.get(i);
            if (b.kind() == ScopeKind.COMPREHENSION) {
                if ((b.flags.getOrDefault(name, 0) & DEF_COMP_ITER) != 0) {
                    throw error(node, "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
                continue;
            }
            if (b.kind() == ScopeKind.CLASS) {
                throw error(node, "assignment expression within a comprehension cannot be used in a class body");
            }
            if (b.kind() == ScopeKind.MODULE) {
                addDef(block, name, DEF_GLOBAL, node);
                addDef(b, name, DEF_GLOBAL, node);
                b.mentionOrder.add(name);
            } else {
                int inTarget = b.flags.getOrDefault(name, 0);
                addDef(block, name, (inTarget & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, node);
                addDef(b, name, DEF_LOCAL, node);
            }
            block.directives.putIfAbsent(name, node);
            block.mentionOrder.add(name);
            return;
        }
    }

    /** The blocks from the module down to the current one. */
    private List<Block> chainToRoot() {
        List<Block> chain = new ArrayList<>();
        collectChain(blockOf(rootScope()), current, chain);
        return chain;
    }

    private Scope rootScope() {
        return rootScopeOf(current.scope);
    }

    private static Scope rootScopeOf(Scope s) {
        while (s.parent() != null) s = s.parent();
        return s;
    }

    private final IdentityHashMap<Scope, Block> blocks = new IdentityHashMap<>();

    private Block blockOf(Scope s) {
        return blocks.get(s);
    }

    private boolean collectChain(Block from, Block target, List<Block> chain) {
        chain.add(from);
        if (from == target) return true;
        for (Block child : from.children) {
            if (collectChain(child, target, chain)) return true;
        }
        chain.remove(chain.size() - 1);
        return false;
    }

    @Override
    public Void visitBinOp(Expr.BinOp node) {
        node.left().accept(this);
        node.right().accept(this);
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp node) {
        node.operand().accept(this);
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        visitDefaults(node.args());
        Block outer = current;
        open("lambda", ScopeKind.LAMBDA, node);
        declareParameters(node.args());
        node.body().accept(this);
        current = outer;
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp node) {
        node.test().accept(this);
        node.body().accept(this);
        node.orelse().accept(this);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict node) {
        for (int i = 0; i < node.values().size(); i++) {
            Expr key = node.keys().get(i);
            if (key != null) key.accept(this);
            node.values().get(i).accept(this);
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set node) {
        visitAll(node.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp node) {
        return comprehension(node, "listcomp", node.generators(), node.elt(), null);
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        return comprehension(node, "setcomp", node.generators(), node.elt(), null);
    }

    @Override
    public Void visitDictComp(Expr.DictComp node) {
        return comprehension(node, "dictcomp", node.generators(), node.key(), node.value());
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        return comprehension(node, "genexpr", node.generators(), node.elt(), null);
    }

    /**
     * A comprehension is a function with one parameter ".0", the iterator of its first
     * for-clause, which is evaluated in the enclosing scope.
     */
    private Void comprehension(Expr node, String name, List<Comprehension> generators, Expr elt, Expr value) {
        Comprehension first = generators.get(0);
        // The outermost iterable is evaluated where the comprehension is written.
        first.iter().accept(this);
        Block outer = current;
        Block block = open(name, ScopeKind.COMPREHENSION, node);
        if (name.equals("genexpr")) block.scope.isGenerator = true;
        addDef(".0", DEF_PARAM, (Located) node);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) g.iter().accept(this);
            comprehensionTarget(g.target());
            visitAll(g.ifs());
        }
        elt.accept(this);
        if (value != null) value.accept(this);
        current = outer;
        return null;
    }

    private void comprehensionTarget(Expr target) {
        target.accept(this);
        markIterationVariables(target);
    }

    private void markIterationVariables(Expr target) {
        if (target instanceof Expr.Name n) {
            current.flags.merge(n.id(), DEF_COMP_ITER, (a, b) -> a | b);
        } else if (target instanceof Expr.Tuple t) {
            for (Expr e : t.elts()) markIterationVariables(e);
        } else if (target instanceof Expr.List l) {
            for (Expr e : l.elts()) markIterationVariables(e);
        } else if (target instanceof Expr.Starred s) {
            markIterationVariables(s.value());
        }
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        node.value().accept(this);
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        checkYieldOutsideComprehension(node);
        if (node.value() != null) node.value().accept(this);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        checkYieldOutsideComprehension(node);
        node.value().accept(this);
        return null;
    }

    private void checkYieldOutsideComprehension(Expr node) {
        current.scope.isGenerator = true;
        if (current.kind() == ScopeKind.COMPREHENSION) {
            String what = switch (current.scope.name()) {
                case "listcomp" -> "list comprehension";
                case "setcomp" -> "set comprehension";
                case "dictcomp" -> "dict comprehension";
                default -> "generator expression";
            };
            throw error((Located) node, "'yield' inside " + what);
        }
    }

    @Override
    public Void visitCompare(Expr.Compare node) {
        node.left().accept(this);
        visitAll(node.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call node) {
        node.func().accept(this);
        visitAll(node.args());
        for (Keyword k : node.keywords()) k.value().accept(this);
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue node) {
        node.value().accept(this);
        if (node.format_spec() != null) node.format_spec().accept(this);
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr node) {
        visitAll(node.values());
        return null;
    }

    @Override public Void visitConstant(Expr.Constant node) { return null; }

    @Override
    public Void visitAttribute(Expr.Attribute node) {
        node.value().accept(this);
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript node) {
        node.value().accept(this);
        node.slice().accept(this);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred node) {
        node.value().accept(this);
        return null;
    }

    @Override
    public Void visitName(Expr.Name node) {
        addDef(node.id(), node.ctx() == ExprContext.Load ? USE : DEF_LOCAL, node);
        // super() needs the __class__ cell of the enclosing class.
        if (node.ctx() == ExprContext.Load && current.kind().isFunctionLike() && node.id().equals("super")) {
            addDef("__class__", USE, node);
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List node) {
        visitAll(node.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple node) {
        visitAll(node.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice node) {
        if (node.lower() != null) node.lower().accept(this);
        if (node.upper() != null) node.upper().accept(this);
        if (node.step() != null) node.step().accept(this);
        return null;
    }

    // ================================================================ analysis step

    /**
     * CPython's analyze_block. {@code bound}: names bound in enclosing function scopes (null at
     * module level); {@code free}: receives the free names this block needs from outside;
     * {@code global}: names known to be global.
     */
    private void analyzeBlock(Block block, Set<String> bound, Set<String> free, Set<String> global) {
        Map<String, NameKind> scopes = new LinkedHashMap<>();
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (global == null) global = new HashSet<>();

        if (block.kind() == ScopeKind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : block.flags.entrySet()) {
            analyzeName(block, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (block.kind() != ScopeKind.CLASS) {
            if (block.kind().isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new HashSet<>();
        for (Block child : block.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) block.childFree = true;
        }
        newFree.addAll(allFree);

        if (block.kind().isFunctionLike()) {
            for (Map.Entry<String, NameKind> e : scopes.entrySet()) {
                if (e.getValue() == NameKind.LOCAL && newFree.remove(e.getKey())) e.setValue(NameKind.CELL);
            }
        } else if (block.kind() == ScopeKind.CLASS) {
            if (newFree.remove("__class__")) block.scope.needsClassCell = true;
        }

        Set<String> freeClassNames = new HashSet<>();
        for (String name : newFree) {
            Integer flags = block.flags.get(name);
            if (flags != null) {
                // A method's free variable with the same name as a class-level binding:
                // the class passes it through as well (CPython's DEF_FREE_CLASS).
                if (block.kind() == ScopeKind.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) freeClassNames.add(name);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue; // a global
            scopes.put(name, NameKind.FREE); // passes through this scope
        }
        free.addAll(newFree);
        finish(block, scopes, freeClassNames);
    }

    private void analyzeName(Block block, Map<String, NameKind> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw error(block.directives.get(name), "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, NameKind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null || !bound.contains(name)) {
                throw error(block.directives.get(name), "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, NameKind.FREE);
            block.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, NameKind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, NameKind.FREE);
            block.free = true;
            free.add(name);
            return;
        }
        if (block.nested) block.free = true;
        scopes.put(name, NameKind.GLOBAL_IMPLICIT);
    }

    /** Stores the classification and computes the slot layout (co_varnames, co_cellvars, co_freevars). */
    private void finish(Block block, Map<String, NameKind> scopes, Set<String> freeClassNames) {
        Scope scope = block.scope;
        scope.names.putAll(scopes);
        scope.hasFreeVariables = block.free;
        if (scope.kind().isFunctionLike()) {
            List<String> varnames = new ArrayList<>(block.params);
            for (String name : block.mentionOrder) {
                if (scopes.get(name) == NameKind.LOCAL && !varnames.contains(name)) varnames.add(name);
            }
            scope.varnames = List.copyOf(varnames);
            List<String> cells = new ArrayList<>();
            for (String p : block.params) {
                if (scopes.get(p) == NameKind.CELL) cells.add(p);
            }
            TreeSet<String> otherCells = new TreeSet<>();
            for (Map.Entry<String, NameKind> e : scopes.entrySet()) {
                if (e.getValue() == NameKind.CELL && !block.params.contains(e.getKey())) otherCells.add(e.getKey());
            }
            cells.addAll(otherCells);
            scope.cellvars = List.copyOf(cells);
        } else if (scope.needsClassCell) {
            scope.cellvars = List.of("__class__");
        }
        TreeSet<String> frees = new TreeSet<>(freeClassNames);
        for (Map.Entry<String, NameKind> e : scopes.entrySet()) {
            if (e.getValue() == NameKind.FREE) frees.add(e.getKey());
        }
        scope.freevars = List.copyOf(frees);
    }

    private HerthonSyntaxError error(Located where, String msg) {
        return new HerthonSyntaxError("SyntaxError", msg, source.filename(), where.lineno(), where.col_offset() + 1,
                where.end_lineno(), where.end_col_offset() + 1, source.line(where.lineno()));
    }
}
