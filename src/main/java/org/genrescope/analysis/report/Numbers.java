package org.genrescope.analysis.report;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * Writes doubles in the shortest form that reads back to the same value, whatever the user's locale.
 * Java 17's {@code Double.toString} is not always shortest (2e23 prints as 1.9999999999999998E23;
 * fixed only in Java 19), so this uses Jackson's Schubfach implementation, as the JSON writer does.
 */
public final class Numbers {
    private Numbers() { }

    /** The shortest round-trip form, e.g. "0.1", "1.0E-4"; NaN and infinities as Java spells them. */
    public static String shortest(double value) {
        return DoubleToDecimal.toString(value);
    }
}
