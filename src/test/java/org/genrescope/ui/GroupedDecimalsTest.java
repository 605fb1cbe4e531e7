package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GroupedDecimals writes String.format's "%,.Nf" text, or leaves it to the Formatter. */
class GroupedDecimalsTest {

    private static String formatter(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Values of every kind the Data tab meets: magnitudes from 1e-12 to 1e14, signs, integers, halves, ties. */
    private static List<Double> values(long seed) {
        Random random = new Random(seed);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            double magnitude = Math.pow(10, random.nextDouble() * 26 - 12);
            values.add((random.nextBoolean() ? -1 : 1) * magnitude * random.nextDouble());
        }
        for (int i = 0; i < 500; i++) {
            values.add(random.nextDouble()); // FMA's features: 0..1
            values.add(60 + 180 * random.nextDouble()); // tempo
            values.add(-60 * random.nextDouble()); // loudness
            values.add((double) (random.nextInt(2_000_001) - 1_000_000)); // integers
            values.add((random.nextInt(20_001) - 10_000) / 2.0); // halves: ties at 0 decimals
            values.add((random.nextInt(200_001) - 100_000) / 1000.0 + 0.0005); // near ties at 3 decimals
            values.add(Math.round(random.nextDouble() * 1e6) / 1e6); // six decimals, ties at five
        }
        values.addAll(List.of(0.0, -0.0, 1.005, 2.675, 0.125, 9.9995, 1.0005, 5e-5, -5e-5, 0.5, 1.5, 2.5, -2.5,
                999.9995, 999_999.5, 1e-320, -1e-320, Double.MIN_VALUE, 123_456_789_012.345, 999_999_999_999.99,
                1e14, 1e15, 1e18, -1e18, Double.MAX_VALUE, -Double.MAX_VALUE));
        return values;
    }

    @Test
    void writesTheFormattersTextForEveryValueItAnswers() {
        for (double v : values(11)) {
            for (int decimals = 0; decimals <= GroupedDecimals.MAX_DECIMALS; decimals++) {
                String fast = GroupedDecimals.format(v, decimals);
                if (fast != null) {
                    int n = decimals;
                    assertEquals(formatter(v, decimals), fast, () -> v + " with " + n + " decimals");
                }
            }
        }
    }

    /** The Formatter is the exception: in a column's own format (ColumnFormat.of) almost every value is answered. */
    @Test
    void answersNearlyEveryValueInItsColumnsFormat() {
        Random random = new Random(12);
        int answered = 0;
        int asked = 0;
        for (int column = 0; column < 300; column++) {
            double scale = Math.pow(10, random.nextInt(10) - 3); // fixed columns: largest magnitude 1e-3..1e6
            double[] values = random.doubles(1_000, -scale, scale).toArray();
            ColumnFormat f = ColumnFormat.of(values);
            int decimals = Integer.parseInt(f.pattern().substring(3, 4));
            for (double v : values) {
                asked++;
                answered += GroupedDecimals.format(v, decimals) == null ? 0 : 1;
            }
        }
        assertTrue(answered > 0.999 * asked, answered + " of " + asked + " answered");
    }

    @Test
    void leavesTiesAndWhatADoubleCannotHoldToTheFormatter() {
        assertNull(GroupedDecimals.format(0.5, 0), "a tie: the Formatter rounds it up");
        assertNull(GroupedDecimals.format(2.5, 0));
        assertNull(GroupedDecimals.format(1.005, 2), "1.00499999... is a tie in its shortest digits, 1.005");
        assertNull(GroupedDecimals.format(2.675, 2));
        assertNull(GroupedDecimals.format(1e15, 1));
        assertNull(GroupedDecimals.format(Double.NaN, 2));
        assertNull(GroupedDecimals.format(Double.POSITIVE_INFINITY, 2));
        assertNull(GroupedDecimals.format(Double.NEGATIVE_INFINITY, 0));
    }

    @Test
    void writesSignsSeparatorsAndZerosAsTheFormatterDoes() {
        assertEquals("1,234,567.8910", GroupedDecimals.format(1234567.891, 4));
        assertEquals("-1,234,568", GroupedDecimals.format(-1234567.891, 0));
        assertEquals("999", GroupedDecimals.format(999.2, 0));
        assertEquals("1,000", GroupedDecimals.format(999.7, 0));
        assertEquals("0.0000", GroupedDecimals.format(0.0, 4));
        assertEquals("-0.0000", GroupedDecimals.format(-0.0, 4), "the Formatter's minus zero; ColumnFormat drops it");
        assertEquals("-0.0000", GroupedDecimals.format(-1e-9, 4));
        assertEquals("0.0000001", GroupedDecimals.format(1e-7, 7));
        assertThrows(IllegalArgumentException.class, () -> GroupedDecimals.format(1, 10));
        assertThrows(IllegalArgumentException.class, () -> GroupedDecimals.format(1, -1));
    }

    /** ColumnFormat's text is String.format's with the minus of a zero dropped, in every pattern it makes. */
    @Test
    void columnFormatWritesWhatStringFormatWrites() {
        List<String> patterns = new ArrayList<>(List.of("%.3e", ColumnFormat.METRIC.pattern()));
        for (int decimals = 0; decimals <= ColumnFormat.MAX_DECIMALS; decimals++) {
            patterns.add("%,." + decimals + "f");
        }
        for (String pattern : patterns) {
            ColumnFormat f = new ColumnFormat(pattern);
            for (double v : values(pattern.hashCode())) {
                String expected = String.format(Locale.ROOT, pattern, v);
                expected = expected.matches("-0[.,0]*(e\\+00)?") ? expected.substring(1) : expected;
                assertEquals(expected, f.format(v), () -> v + " in " + pattern);
            }
            assertEquals("-", f.format(Double.NaN));
        }
    }

    @Test
    void aMinusZeroIsOnlyAZeroWithAMinus() {
        assertTrue(ColumnFormat.isMinusZero("-0"));
        assertTrue(ColumnFormat.isMinusZero("-0.0000"));
        assertTrue(ColumnFormat.isMinusZero("-0.000e+00"));
        assertEquals(false, ColumnFormat.isMinusZero("-0.0001"));
        assertEquals(false, ColumnFormat.isMinusZero("-0.000e-05"));
        assertEquals(false, ColumnFormat.isMinusZero("0.0000"));
        assertEquals(false, ColumnFormat.isMinusZero("-"));
        assertEquals(false, ColumnFormat.isMinusZero("-10"));
    }
}
