package org.genrescope.plot;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Grouped bars: for each category on the x axis (a feature), one bar per series (a cluster), such as
 * cluster centroids per feature. Values may be negative (standardised features); bars grow from zero.
 *
 * @param title        drawn at the top; empty for none
 * @param categories   the groups along the x axis
 * @param seriesNames  one name per series (legend)
 * @param seriesColors one colour per series
 * @param values       values[series][category], finite
 * @param yLabel       the value axis' label; empty for none
 * @param caption      small print at the bottom; empty for none
 */
public record BarFigure(String title, List<String> categories, List<String> seriesNames, List<Color> seriesColors,
                        double[][] values, String yLabel, String caption) implements Figure {

    public BarFigure {
        title = Objects.requireNonNullElse(title, "");
        yLabel = Objects.requireNonNullElse(yLabel, "");
        caption = Objects.requireNonNullElse(caption, "");
        categories = List.copyOf(categories);
        seriesNames = List.copyOf(seriesNames);
        seriesColors = List.copyOf(seriesColors);
        if (categories.isEmpty() || seriesNames.isEmpty()) {
            throw new IllegalArgumentException("a bar figure needs at least one category and one series, got "
                    + categories.size() + " and " + seriesNames.size());
        }
        if (seriesColors.size() != seriesNames.size()) {
            throw new IllegalArgumentException(seriesNames.size() + " series but " + seriesColors.size() + " colours");
        }
        if (values.length != seriesNames.size()) {
            throw new IllegalArgumentException(values.length + " value rows for " + seriesNames.size() + " series");
        }
        double[][] copy = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            if (values[s].length != categories.size()) {
                throw new IllegalArgumentException("series '" + seriesNames.get(s) + "' has " + values[s].length
                        + " values for " + categories.size() + " categories");
            }
            for (double v : values[s]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("series '" + seriesNames.get(s) + "' has a value that is not finite: " + v);
                }
            }
            copy[s] = values[s].clone();
        }
        values = copy;
    }

    /** A figure with the {@link Palette}'s series colours (hatched beyond 12 series). */
    public static BarFigure of(String title, List<String> categories, List<String> seriesNames, double[][] values,
                               String yLabel) {
        return new BarFigure(title, categories, seriesNames, Palette.categoricalList(seriesNames.size()), values,
                yLabel, "");
    }

    public BarFigure withCaption(String newCaption) {
        return new BarFigure(title, categories, seriesNames, seriesColors, values, yLabel, newCaption);
    }

    public double value(int series, int category) {
        return values[series][category];
    }

    @Override
    public double[][] values() {
        double[][] out = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            out[s] = values[s].clone();
        }
        return out;
    }
}
