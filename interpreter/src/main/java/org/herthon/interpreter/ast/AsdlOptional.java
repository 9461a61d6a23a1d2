package org.herthon.interpreter.ast;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a node field that is optional in CPython's ASDL grammar ({@code expr? value}): it may be
 * null, and {@link AstDump} leaves it out when it is, exactly as {@code ast.dump} does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AsdlOptional {
}
