package org.herthon.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** repr(float)'s shortest digits: the fast path (Double.toString up to 15 digits) against the BigDecimal search. */
class FloatReprTest {
    /** The search from 17 correctly rounded digits down, with no shortcut. */
    private static Object[] searched(double v) {
        BigDecimal r = new BigDecimal(v).round(new MathContext(17, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int e = u.length();
        while (e > 1 && u.charAt(e - 1) == '0') e--;
        return FloatFormat.searchShorter(v, u.substring(0, e), u.length() - r.scale());
    }

    @Test
    void theFastPathGivesWhatTheSearchGives() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 60_000; i++) {
            double v = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isFinite(v) && v != 0) {
                assertArrayEquals(searched(v), FloatFormat.shortest(v), () -> Double.toString(v));
            }
        }
        for (int i = 1; i < 15_000; i++) {
            double[] decimalish = {i * 1.25 + 0.1, i / 10.0, i / 1000.0, i * 0.1, 1.0 / i, i * 1e-7, i * 3.3e21};
            for (double v : decimalish) {
                assertArrayEquals(searched(v), FloatFormat.shortest(v), () -> Double.toString(v));
            }
        }
    }

    @Test
    void cpythonsReprs() {
        assertEquals("0.1", FloatFormat.repr(0.1));
        assertEquals("1.35", FloatFormat.repr(1.35));
        assertEquals("8.41e+21", FloatFormat.repr(8.41e21));
        assertEquals("2e-323", FloatFormat.repr(2e-323));
        assertEquals("5.960464477539063e-08", FloatFormat.repr(Math.pow(2, -24)));
        assertEquals("1.7976931348623157e+308", FloatFormat.repr(Double.MAX_VALUE));
        assertEquals("0.30000000000000004", FloatFormat.repr(0.1 + 0.2));
    }
}
