package org.genrescope.plot;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Small multiples: one histogram panel per feature, laid out in a grid, each optionally split by group.
 *
 * @param title       drawn at the top; empty for none
 * @param panels      at least one panel; all with the same number of groups
 * @param groupNames  one name per group (an empty list when not split; then panels have one group)
 * @param groupColors one colour per group, or for an unsplit figure a single colour
 * @param display     how groups share a panel
 * @param caption     small print at the bottom; empty for none
 * @param heights     what a bar's height is
 * @param yLabel      the value axes' title ("tracks"); empty for none
 */
public record HistogramFigure(String title, List<HistogramPanel> panels, List<String> groupNames,
                              List<Color> groupColors, GroupDisplay display, String caption, Heights heights,
                              String yLabel) implements Figure {

    /** What a bar's height is. */
    public enum Heights {
        /** How many values fall in the bin. */
        COUNT,
        /**
         * The bin's percentage of its group's values (density times bin width): groups of very different sizes
         * keep comparable shapes, and a faceted figure shares one scale across its strips.
         */
        SHARE
    }

    /** Counts, without a value-axis title. */
    public HistogramFigure(String title, List<HistogramPanel> panels, List<String> groupNames,
                           List<Color> groupColors, GroupDisplay display, String caption) {
        this(title, panels, groupNames, groupColors, display, caption, Heights.COUNT, "");
    }

    /** How several groups share a histogram panel. */
    public enum GroupDisplay {
        /** Translucent histograms over one another on one pair of axes. */
        OVERLAID,
        /** One strip per group, stacked, sharing the x axis. */
        FACETED
    }

    public HistogramFigure {
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        panels = List.copyOf(panels);
        groupNames = List.copyOf(groupNames);
        groupColors = List.copyOf(groupColors);
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(heights, "heights");
        yLabel = Objects.requireNonNullElse(yLabel, "");
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a histogram figure needs at least one panel");
        }
        int groups = Math.max(1, groupNames.size());
        if (groupColors.size() != groups) {
            throw new IllegalArgumentException(groups + " groups need " + groups + " colours, got " + groupColors.size());
        }
        for (HistogramPanel panel : panels) {
            if (panel.groups() != groups) {
                throw new IllegalArgumentException("panel '" + panel.title() + "' has " + panel.groups()
                        + " groups, the figure " + groups);
            }
        }
    }

    /** An unsplit figure in the first categorical colour. */
    public static HistogramFigure of(String title, List<HistogramPanel> panels) {
        return new HistogramFigure(title, panels, List.of(), List.of(Palette.categorical(0)), GroupDisplay.OVERLAID, "");
    }

    /** The same figure with other bar heights and value-axis title. */
    public HistogramFigure withHeights(Heights newHeights, String newYLabel) {
        return new HistogramFigure(title, panels, groupNames, groupColors, display, caption, newHeights, newYLabel);
    }

    public int groups() {
        return groupColors.size();
    }

    public HistogramFigure withCaption(String newCaption) {
        return new HistogramFigure(title, panels, groupNames, groupColors, display, newCaption, heights, yLabel);
    }
}
