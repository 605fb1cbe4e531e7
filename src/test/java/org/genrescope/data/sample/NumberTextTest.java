package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    private static String decimal(double value, int decimals) {
        return NumberText.appendDecimal(new StringBuilder(), value, decimals).toString();
    }

    private static String scientific(double value) {
        return NumberText.appendScientific(new StringBuilder(), value).toString();
    }

    @Test
    void decimalsDropTrailingZerosButKeepOne() {
        assertEquals("165.922", decimal(165.922, 3));
        assertEquals("120.0", decimal(120.0, 3));
        assertEquals("0.4166752327", decimal(0.4166752327, 10));
        assertEquals("0.00001", decimal(1e-5, 10));
        assertEquals("0.0", decimal(0.0, 10));
        assertEquals("1.0", decimal(0.99999999999, 10));
        assertEquals("-2.5", decimal(-2.5, 3));
        assertEquals("0.0", decimal(-1e-12, 10));
    }

    @Test
    void scientificLooksLikePrintfE() {
        assertEquals("7.180653e+00", scientific(7.180653));
        assertEquals("-1.900000e+02", scientific(-190));
        assertEquals("2.371300e-01", scientific(0.23713));
        assertEquals("0.000000e+00", scientific(0.0));
        assertEquals("1.000000e+01", scientific(9.9999999));
        assertEquals("1.102500e+04", scientific(11025));
        assertEquals("5.000000e-12", scientific(5e-12));
    }

    @Test
    void agreesWithBigDecimalOnManyValues() {
        SplitMix64 random = new SplitMix64(7);
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.3) * StrictMath.pow(10, random.nextInt(12) - 6);
            String expected = new BigDecimal(value).round(new MathContext(7, RoundingMode.HALF_UP)).toString();
            BigDecimal ours = new BigDecimal(scientific(value));
            // one unit in the last place of slack: ours scales in binary before rounding
            BigDecimal ulp = new BigDecimal(expected).ulp();
            assertEquals(0, ours.subtract(new BigDecimal(expected)).abs().compareTo(ulp) <= 0 ? 0 : 1,
                    () -> value + " -> " + scientific(value) + ", expected about " + expected);
            // fixed decimals are used for values below 1,000 (features in [0, 1], tempo in BPM)
            double small = value % 1000;
            BigDecimal fixed = new BigDecimal(decimal(small, 10));
            assertEquals(0, fixed.subtract(new BigDecimal(small)).abs().compareTo(new BigDecimal("0.000000000051"))
                    <= 0 ? 0 : 1, () -> small + " -> " + decimal(small, 10));
        }
    }
}
