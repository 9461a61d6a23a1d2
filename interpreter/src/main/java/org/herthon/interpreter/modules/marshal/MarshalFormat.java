package org.herthon.interpreter.modules.marshal;

/**
 * The type codes of CPython 3.11's marshal format (Python/marshal.c), shared by the writer and
 * the reader. A code with {@link #FLAG_REF} set also enters the object into the reference table,
 * so that a later {@link #REF} can name it by its index.
 */
final class MarshalFormat {
    private MarshalFormat() {}

    /** The format {@code dumps} writes by default, and {@code marshal.version}. */
    static final int VERSION = 4;
    /** Deeper nesting is "object too deeply nested to marshal" or "recursion limit exceeded". */
    static final int MAX_DEPTH = 2000;

    static final int NULL = '0', NONE = 'N', FALSE = 'F', TRUE = 'T', STOPITER = 'S', ELLIPSIS = '.';
    static final int INT = 'i', INT64 = 'I', LONG = 'l';
    static final int FLOAT = 'f', BINARY_FLOAT = 'g', COMPLEX = 'x', BINARY_COMPLEX = 'y';
    static final int STRING = 's', INTERNED = 't', UNICODE = 'u';
    static final int ASCII = 'a', ASCII_INTERNED = 'A', SHORT_ASCII = 'z', SHORT_ASCII_INTERNED = 'Z';
    static final int TUPLE = '(', SMALL_TUPLE = ')', LIST = '[', DICT = '{', SET = '<', FROZENSET = '>';
    static final int CODE = 'c', REF = 'r', UNKNOWN = '?';
    static final int FLAG_REF = 0x80;

    /** Ints are written as base 2**15 digits, two bytes each. */
    static final int LONG_SHIFT = 15;
}
