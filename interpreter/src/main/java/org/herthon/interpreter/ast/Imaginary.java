package org.herthon.interpreter.ast;

/**
 * Value of an imaginary literal such as {@code 2.5j}: a complex number whose real part is 0.
 * CPython's Constant holds a {@code complex}; this is the JVM stand-in.
 */
public record Imaginary(double imag) {
}
