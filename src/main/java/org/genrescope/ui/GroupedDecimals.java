package org.genrescope.ui;

/**
 * A number in fixed decimals with thousands separators, the text of {@code String.format(Locale.ROOT, "%,.Nf", v)}
 * without the {@link java.util.Formatter}: the Data tab writes every visible cell with it at each scroll, sort and
 * show, and the Formatter (its pattern parsed, its digits as a string, its locale's symbols looked up each time) was
 * the costliest part of a cell's update in the FX thread's stalls at a million tracks (docs/benchmarks.md, "The Data
 * tab's cells (session 11)").
 *
 * <p>The Formatter rounds half-up on the shortest decimal digits that read back as {@code v} (so 1.005, stored as
 * 1.00499999..., reads "1.01" with two decimals); this class rounds {@code v} times 10^N to the nearest integer, which
 * gives the same digits whenever {@code v} is not within a few units in the last place of a tie. Near a tie, and for
 * magnitudes whose digits past the decimals a double cannot hold (|v| x 10^N of 10^15 and more), it gives no answer
 * ({@code null}) and the caller asks the Formatter itself, so that the text is always the Formatter's.
 */
final class GroupedDecimals {
    /** The most decimals written: ColumnFormat's fixed columns have 0 to 7. */
    static final int MAX_DECIMALS = 9;
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L};
    /** Past this |v| x 10^N a double's spacing is a large part of the last decimal: left to the Formatter. */
    private static final double LARGEST = 1e15;

    private GroupedDecimals() { }

    /**
     * {@code v} with {@code decimals} decimals (0 to {@link #MAX_DECIMALS}; none: no decimal point), "," between
     * thousands, a leading "-" when negative (also for a value that rounds to zero: "-0.00", as the Formatter writes
     * it); {@code null} when this class cannot be sure to write the Formatter's text (NaN, infinities, near a tie, too
     * large): then call {@code String.format(Locale.ROOT, "%,." + decimals + "f", v)}.
     *
     * @throws IllegalArgumentException if {@code decimals} is outside 0..{@link #MAX_DECIMALS}
     */
    static String format(double v, int decimals) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0.." + MAX_DECIMALS + ": " + decimals);
        }
        if (!Double.isFinite(v)) {
            return null;
        }
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        double scaled = Math.abs(v) * POW10[decimals]; // 10^N is exact; the product is within half an ulp
        if (scaled >= LARGEST) {
            return null;
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole; // exact
        // the product's rounding and the Formatter's shortest digits each move v by under an ulp of scaled
        double doubt = 4 * Math.ulp(scaled) + 1e-9;
        if (Math.abs(fraction - 0.5) <= doubt) {
            return null;
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        return write(units, decimals, negative);
    }

    /** "-1,234.5600" from 12345600, 4 decimals, negative. */
    private static String write(long units, int decimals, boolean negative) {
        long integer = units / POW10[decimals];
        long fraction = units % POW10[decimals];
        char[] out = new char[28 + decimals];
        int at = out.length;
        for (int d = 0; d < decimals; d++) {
            out[--at] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        if (decimals > 0) {
            out[--at] = '.';
        }
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                out[--at] = ',';
            }
            out[--at] = (char) ('0' + integer % 10);
            integer /= 10;
            digits++;
        } while (integer > 0);
        if (negative) {
            out[--at] = '-';
        }
        return new String(out, at, out.length - at);
    }
}
