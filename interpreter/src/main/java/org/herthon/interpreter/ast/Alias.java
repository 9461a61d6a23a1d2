package org.herthon.interpreter.ast;

/** CPython's {@code alias(identifier name, identifier? asname)} in import statements. */
public record Alias(String name, @AsdlOptional String asname,
                    int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {
}
