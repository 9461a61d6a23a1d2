package org.herthon.interpreter.scope;

/**
 * How a name is resolved in one scope, as CPython's symtable classifies it.
 *
 * <ul>
 *   <li>LOCAL: bound in this scope. In a function-like scope it lives in a fast local slot
 *       ({@link Scope#localSlot}); in a module or class scope it is stored in the namespace dict.</li>
 *   <li>GLOBAL_EXPLICIT: declared {@code global} here (or inherited through a class body).</li>
 *   <li>GLOBAL_IMPLICIT: not bound in any enclosing function: module globals, then builtins.</li>
 *   <li>FREE: bound in an enclosing function scope; read through a cell ({@link Scope#freeSlot}).</li>
 *   <li>CELL: bound here and captured by a nested scope; lives in a cell ({@link Scope#cellSlot}).</li>
 * </ul>
 */
public enum NameKind { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }
