package org.genrescope.plot;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a legend.
 *
 * @param name   the category's name
 * @param color  its colour
 * @param count  how many points it holds, or -1 where counting makes no sense (a line series)
 * @param marker the scatter marker its swatch shows (figures other than scatters ignore it)
 */
public record LegendEntry(String name, Color color, int count, Marker marker) {

    public LegendEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(marker, "marker");
        if (count < -1) {
            throw new IllegalArgumentException("count must be -1 (none) or at least 0, got " + count);
        }
    }

    /** An entry with a disc marker. */
    public LegendEntry(String name, Color color, int count) {
        this(name, color, count, Marker.DISC);
    }

    /**
     * The text shown: the name and, when counted, the count in brackets with thousands separators, as every
     * table of the workbench writes counts ("Rock (4,877)").
     */
    public String label() {
        return count < 0 ? name : name + String.format(Locale.ROOT, " (%,d)", count);
    }
}
