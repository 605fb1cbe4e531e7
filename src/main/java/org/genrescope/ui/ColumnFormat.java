package org.genrescope.ui;

import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * One number format for a column of a table (issue 10: not "0.04357" beside "2.017e-05"): fixed decimals giving
 * four significant digits to the column's largest magnitude, with thousands separators, so that a column's digits
 * line up; scientific notation for the whole column only when its magnitudes are beyond what fixed decimals show
 * (1e7 and up, or all below 1e-4). A value smaller than the last decimal reads 0.0000 (its exact value is in the
 * cell's tooltip where a table offers one).
 *
 * @param pattern the {@link String#format} pattern every value of the column is written with
 */
record ColumnFormat(String pattern) {
    /** Significant digits given to the column's largest magnitude. */
    static final int DIGITS = 4;
    /** The most decimals a fixed column gets (for magnitudes down to 1e-4). */
    static final int MAX_DECIMALS = DIGITS + 3;
    /** The format of metric values: fixed, four decimals, for scores on -1..1 and Calinski-Harabasz alike. */
    static final ColumnFormat METRIC = new ColumnFormat("%,.4f");

    /** The format for a column holding {@code values} (NaN and infinities ignored; none finite: four decimals). */
    static ColumnFormat of(DoubleStream values) {
        double largest = values.filter(Double::isFinite).map(Math::abs).max().orElse(0);
        if (largest == 0) {
            return new ColumnFormat("%,." + (DIGITS - 1) + "f");
        }
        int exponent = (int) Math.floor(Math.log10(largest));
        if (exponent >= 7 || exponent < -4) {
            return new ColumnFormat("%." + (DIGITS - 1) + "e");
        }
        int decimals = Math.max(0, Math.min(MAX_DECIMALS, DIGITS - 1 - exponent));
        return new ColumnFormat("%,." + decimals + "f");
    }

    /** The format for these values. */
    static ColumnFormat of(double... values) {
        return of(DoubleStream.of(values));
    }

    /**
     * {@code v} in this format; "-" for NaN (a value that is not there). The text is {@link String#format}'s; a fixed
     * pattern ("%,.4f") is written by {@link GroupedDecimals} where it is sure to give that text, a tenth of the
     * Formatter's cost (the Data tab writes every visible cell at each scroll and sort).
     */
    String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        int decimals = groupedDecimals();
        String s = decimals >= 0 ? GroupedDecimals.format(v, decimals) : null;
        if (s == null) {
            s = String.format(Locale.ROOT, pattern, v);
        }
        return isMinusZero(s) ? s.substring(1) : s; // no "-0.0000" for a tiny negative
    }

    /** N of a pattern "%,.Nf" (fixed decimals with thousands separators), else -1. */
    private int groupedDecimals() {
        if (pattern.length() == 5 && pattern.startsWith("%,.") && pattern.charAt(4) == 'f') {
            int n = pattern.charAt(3) - '0';
            return n >= 0 && n <= GroupedDecimals.MAX_DECIMALS ? n : -1;
        }
        return -1;
    }

    /** Whether {@code s} is a zero with a minus sign: "-0", "-0.0000", "-0.000e+00". */
    static boolean isMinusZero(String s) {
        if (!s.startsWith("-0")) {
            return false;
        }
        int end = s.endsWith("e+00") ? s.length() - 4 : s.length();
        for (int i = 2; i < end; i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** {@code v} in this format with its sign always written ("+0.0123", "-1.5000"), for changes. */
    String signed(double v) {
        String s = format(v);
        return s.startsWith("-") || s.equals("-") ? s : "+" + s;
    }
}
