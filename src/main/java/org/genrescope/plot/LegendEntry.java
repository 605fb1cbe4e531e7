package org.genrescope.plot;

import java.awt.Color;
import java.util.Objects;

/**
 * One line of a legend.
 *
 * @param name  the category's name
 * @param color its colour
 * @param count how many points it holds, or -1 where counting makes no sense (a line series)
 */
public record LegendEntry(String name, Color color, int count) {

    public LegendEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (count < -1) {
            throw new IllegalArgumentException("count must be -1 (none) or at least 0, got " + count);
        }
    }

    /** The text shown: the name and, when counted, the count in brackets. */
    public String label() {
        return count < 0 ? name : name + " (" + count + ")";
    }
}
