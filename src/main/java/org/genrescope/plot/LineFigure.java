package org.genrescope.plot;

import java.util.List;
import java.util.Objects;

/**
 * Lines over a shared pair of axes, such as training and validation loss per epoch.
 *
 * @param title   drawn at the top; empty for none
 * @param xLabel  the horizontal axis' label; empty for none
 * @param yLabel  the vertical axis' label; empty for none
 * @param series  at least one series with at least one point
 * @param logY    whether the y axis is logarithmic (then every y must be above 0)
 * @param caption small print at the bottom; empty for none
 */
public record LineFigure(String title, String xLabel, String yLabel, List<LineSeries> series, boolean logY,
                         String caption) implements Figure {

    public LineFigure {
        title = Objects.requireNonNullElse(title, "");
        xLabel = Objects.requireNonNullElse(xLabel, "");
        yLabel = Objects.requireNonNullElse(yLabel, "");
        caption = Objects.requireNonNullElse(caption, "");
        series = List.copyOf(series);
        if (series.isEmpty() || series.stream().allMatch(s -> s.size() == 0)) {
            throw new IllegalArgumentException("a line figure needs at least one series with a point");
        }
        if (logY) {
            for (LineSeries s : series) {
                for (int i = 0; i < s.size(); i++) {
                    if (!(s.yAt(i) > 0)) {
                        throw new IllegalArgumentException("a log y axis needs values above 0, series '" + s.name()
                                + "' has " + s.yAt(i) + " at point " + i);
                    }
                }
            }
        }
    }

    public LineFigure withCaption(String newCaption) {
        return new LineFigure(title, xLabel, yLabel, series, logY, newCaption);
    }

    /** The data range over all series: {xMin, xMax, yMin, yMax}. */
    double[] range() {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (LineSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                r[0] = Math.min(r[0], s.xAt(i));
                r[1] = Math.max(r[1], s.xAt(i));
                r[2] = Math.min(r[2], s.yAt(i));
                r[3] = Math.max(r[3], s.yAt(i));
            }
        }
        return r;
    }
}
