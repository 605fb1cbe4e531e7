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
 * @param errorLow     error bars' lower ends, [series][category] like values, finite; null for no error bars
 * @param errorHigh    error bars' upper ends; null exactly when errorLow is
 */
public record BarFigure(String title, List<String> categories, List<String> seriesNames, List<Color> seriesColors,
                        double[][] values, String yLabel, String caption, double[][] errorLow, double[][] errorHigh)
        implements Figure {

    /** A figure without error bars. */
    public BarFigure(String title, List<String> categories, List<String> seriesNames, List<Color> seriesColors,
                     double[][] values, String yLabel, String caption) {
        this(title, categories, seriesNames, seriesColors, values, yLabel, caption, null, null);
    }

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
        if ((errorLow == null) != (errorHigh == null)) {
            throw new IllegalArgumentException("error bars need both ends or neither");
        }
        errorLow = errorLow == null ? null : checkedCopy(errorLow, values, "error bar low end");
        errorHigh = errorHigh == null ? null : checkedCopy(errorHigh, values, "error bar high end");
    }

    private static double[][] checkedCopy(double[][] ends, double[][] values, String what) {
        if (ends.length != values.length) {
            throw new IllegalArgumentException(ends.length + " " + what + " rows for " + values.length + " series");
        }
        double[][] copy = new double[ends.length][];
        for (int s = 0; s < ends.length; s++) {
            if (ends[s].length != values[s].length) {
                throw new IllegalArgumentException(what + "s of series " + s + ": " + ends[s].length + " for "
                        + values[s].length + " categories");
            }
            for (double v : ends[s]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("an " + what + " is not finite: " + v);
                }
            }
            copy[s] = ends[s].clone();
        }
        return copy;
    }

    /**
     * This figure with an error bar on each bar from {@code low} to {@code high} ([series][category], finite), such
     * as the range of a mean's runs; the caption should say what the bars span.
     */
    public BarFigure withErrorBars(double[][] low, double[][] high) {
        return new BarFigure(title, categories, seriesNames, seriesColors, values, yLabel, caption,
                java.util.Objects.requireNonNull(low, "low"), java.util.Objects.requireNonNull(high, "high"));
    }

    public boolean hasErrorBars() {
        return errorLow != null;
    }

    /** A copy of the error bars' lower ends, or null without error bars. */
    @Override
    public double[][] errorLow() {
        return errorLow == null ? null : java.util.Arrays.stream(errorLow).map(double[]::clone).toArray(double[][]::new);
    }

    /** A copy of the error bars' upper ends, or null without error bars. */
    @Override
    public double[][] errorHigh() {
        return errorHigh == null ? null : java.util.Arrays.stream(errorHigh).map(double[]::clone).toArray(double[][]::new);
    }

    /** A figure with the {@link Palette}'s series colours (hatched beyond 12 series). */
    public static BarFigure of(String title, List<String> categories, List<String> seriesNames, double[][] values,
                               String yLabel) {
        return new BarFigure(title, categories, seriesNames, Palette.categoricalList(seriesNames.size()), values,
                yLabel, "");
    }

    public BarFigure withCaption(String newCaption) {
        return new BarFigure(title, categories, seriesNames, seriesColors, values, yLabel, newCaption, errorLow,
                errorHigh);
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
