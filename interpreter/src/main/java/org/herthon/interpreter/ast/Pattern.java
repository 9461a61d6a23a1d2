package org.herthon.interpreter.ast;

import java.util.List;

/**
 * Pattern nodes of match statements (PEP 634), one record per class of CPython 3.11's
 * {@code ast} module, with the same field names and order, then the positions.
 */
public sealed interface Pattern extends Located {
    record MatchValue(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    /** value is Boolean.TRUE, Boolean.FALSE or null (None). */
    record MatchSingleton(Object value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    record MatchSequence(List<Pattern> patterns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, @AsdlOptional String rest, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwd_attrs, List<Pattern> kwd_patterns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    record MatchStar(@AsdlOptional String name, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    record MatchAs(@AsdlOptional Pattern pattern, @AsdlOptional String name, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
    record MatchOr(List<Pattern> patterns, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern { }
}
