package org.genrescope.data.sample;

/**
 * Formats numbers with digits computed by integer arithmetic, so the text never depends on
 * {@code Double.toString} (whose output changed in Java 19) or on the default locale.
 */
final class NumberText {
    private static final long[] POWERS_OF_TEN_LONG = new long[19];
    /** Exactly representable powers of ten (10^0 .. 10^22). */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        long power = 1;
        for (int i = 0; i < POWERS_OF_TEN_LONG.length; i++) {
            POWERS_OF_TEN_LONG[i] = power;
            power *= 10;
        }
        double exact = 1.0;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = exact;
            exact *= 10.0;
        }
    }

    private NumberText() {
    }

    /**
     * Appends {@code value} rounded half-up to {@code decimals} places, dropping trailing zeros but keeping
     * at least one decimal ("165.922", "120.0", "0.4166752327"), the way FMA's files print floats.
     */
    static StringBuilder appendDecimal(StringBuilder out, double value, int decimals) {
        if (decimals < 1 || decimals > 15) {
            throw new IllegalArgumentException("decimals must be 1..15: " + decimals);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long scale = POWERS_OF_TEN_LONG[decimals];
        long scaled = Math.round(StrictMath.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale).append('.');
        long fraction = scaled % scale;
        int kept = decimals;
        while (kept > 1 && fraction % 10 == 0) {
            fraction /= 10;
            kept--;
        }
        appendZeroPadded(out, fraction, kept);
        return out;
    }

    /** Appends {@code value} like C's {@code %.6e}: one digit, six decimals, a signed two-digit exponent. */
    static StringBuilder appendScientific(StringBuilder out, double value) {
        return appendScientific(out, value, 6);
    }

    /** Appends {@code value} like C's {@code %.Ne} with N = {@code decimals} (1..15). */
    static StringBuilder appendScientific(StringBuilder out, double value, int decimals) {
        if (decimals < 1 || decimals > 15) {
            throw new IllegalArgumentException("decimals must be 1..15: " + decimals);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        final long unit = POWERS_OF_TEN_LONG[decimals];
        double magnitude = StrictMath.abs(value);
        long mantissa = 0;
        int exponent = 0;
        if (magnitude != 0.0) {
            exponent = (int) StrictMath.floor(StrictMath.log10(magnitude));
            mantissa = Math.round(scaleByPowerOfTen(magnitude, -exponent) * unit);
            if (mantissa >= 10 * unit) {
                exponent++;
                mantissa = Math.round(scaleByPowerOfTen(magnitude, -exponent) * unit);
            } else if (mantissa < unit) {
                exponent--;
                mantissa = Math.round(scaleByPowerOfTen(magnitude, -exponent) * unit);
            }
            if (mantissa >= 10 * unit) {
                // rounding carried into a new digit, e.g. 9.9999996 -> 10.000000
                mantissa /= 10;
                exponent++;
            }
        }
        if (value < 0 && mantissa != 0) {
            out.append('-');
        }
        out.append(mantissa / unit).append('.');
        appendZeroPadded(out, mantissa % unit, decimals);
        out.append(exponent < 0 ? "e-" : "e+");
        int absExponent = Math.abs(exponent);
        if (absExponent < 10) {
            out.append('0');
        }
        return out.append(absExponent);
    }

    private static double scaleByPowerOfTen(double value, int power) {
        if (power >= 0 && power < POWERS_OF_TEN.length) {
            return value * POWERS_OF_TEN[power];
        }
        if (power < 0 && -power < POWERS_OF_TEN.length) {
            return value / POWERS_OF_TEN[-power];
        }
        return value * StrictMath.pow(10.0, power);
    }

    private static void appendZeroPadded(StringBuilder out, long value, int width) {
        for (int digit = width - 1; digit >= 1; digit--) {
            if (value < POWERS_OF_TEN_LONG[digit]) {
                out.append('0');
            } else {
                break;
            }
        }
        out.append(value);
    }
}
