package org.genrescope.plot;

import java.awt.Color;
import java.util.Objects;

/**
 * One line of a {@link LineFigure}: points joined in the order given.
 *
 * @param name  shown in the legend
 * @param color the line's colour
 * @param x     x values, finite
 * @param y     y values, finite, same length as {@code x}
 */
public record LineSeries(String name, Color color, double[] x, double[] y) {

    public LineSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values but "
                    + y.length + " y values");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series '" + name + "' point " + i + " is not finite");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** A series over 1, 2, 3, ... (such as a loss per epoch). */
    public static LineSeries indexed(String name, Color color, double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return new LineSeries(name, color, x, y);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    public double xAt(int i) {
        return x[i];
    }

    public double yAt(int i) {
        return y[i];
    }
}
