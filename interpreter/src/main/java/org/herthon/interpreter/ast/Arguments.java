package org.herthon.interpreter.ast;

import java.util.List;

/**
 * CPython's {@code arguments}: a parameter list. {@code defaults} belong to the last
 * posonlyargs+args; {@code kw_defaults} has one entry per kwonlyarg, null where none.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, @AsdlOptional Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kw_defaults, @AsdlOptional Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
