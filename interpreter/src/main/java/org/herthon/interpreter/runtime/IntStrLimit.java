package org.herthon.interpreter.runtime;

import java.math.BigInteger;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.codec.CodecRegistry;

/**
 * CPython 3.11's limit on the digits of int/str conversions in bases that are not powers of two
 * (sys.set_int_max_str_digits). The setting belongs to the interpreter running on this thread.
 */
public final class IntStrLimit {
    private IntStrLimit() {}

    public static final int DEFAULT = 4300, THRESHOLD = 640;

    /** The current limit, 0 when there is none. */
    public static int get() {
        CodecRegistry r = CodecRegistry.current();
        return r == null ? DEFAULT : r.interpreter().intMaxStrDigits;
    }

    public static void set(Interpreter in, long maxdigits) {
        if (maxdigits != 0 && maxdigits < THRESHOLD) {
            throw Err.valueError("maxdigits must be 0 or larger than " + THRESHOLD);
        }
        in.intMaxStrDigits = maxdigits > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) maxdigits;
    }

    /** str to int: digits is the count of digits (no sign, prefix, underscores or spaces). */
    public static void checkParse(int digits, int base) {
        if ((base & (base - 1)) == 0) return;
        int limit = get();
        if (limit > 0 && digits > limit) {
            throw Err.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** int to decimal str: the digits of v, or ValueError when there are more than the limit. */
    public static String decimal(BigInteger v) {
        int limit = get();
        // fewer than limit * log2(10) bits cannot give more than limit digits
        if (limit > 0 && v.bitLength() > limit * 3L) {
            // CPython fails early on sizes that are surely over, before any conversion work
            long digits30 = (v.bitLength() + 29) / 30;
            if (digits30 >= 10L * limit / (3 * 30) + 2) throw formatError(limit);
            String s = v.toString();
            if (s.length() - (v.signum() < 0 ? 1 : 0) > limit) throw formatError(limit);
            return s;
        }
        return v.toString();
    }

    private static PyException formatError(int limit) {
        return Err.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }
}
