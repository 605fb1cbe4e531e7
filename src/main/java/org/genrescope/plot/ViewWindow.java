package org.genrescope.plot;

/**
 * The rectangle of data space a scatter plot shows: what zoom and pan change.
 *
 * @param xMin left edge in data units
 * @param xMax right edge, greater than {@code xMin}
 * @param yMin bottom edge in data units
 * @param yMax top edge, greater than {@code yMin}
 */
public record ViewWindow(double xMin, double xMax, double yMin, double yMax) {

    public ViewWindow {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("view window must be finite, got " + describe(xMin, xMax, yMin, yMax));
        }
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("view window must have min < max on both axes, got "
                    + describe(xMin, xMax, yMin, yMax));
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    /** Whether a data point lies inside the window, edges included. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** The window grown on every side by {@code fraction} of its width or height. */
    public ViewWindow grow(double fraction) {
        double dx = width() * fraction;
        double dy = height() * fraction;
        return new ViewWindow(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    /**
     * The smallest window holding the given range, widened where a range is empty (all values equal) so
     * that a single point or a vertical line of points still gets a usable window around it.
     */
    public static ViewWindow around(double xMin, double xMax, double yMin, double yMax) {
        double[] x = widenIfEmpty(xMin, xMax);
        double[] y = widenIfEmpty(yMin, yMax);
        return new ViewWindow(x[0], x[1], y[0], y[1]);
    }

    private static double[] widenIfEmpty(double min, double max) {
        if (min < max) {
            return new double[] {min, max};
        }
        double half = min == 0 ? 0.5 : Math.abs(min) * 0.1;
        return new double[] {min - half, max + half};
    }

    private static String describe(double xMin, double xMax, double yMin, double yMax) {
        return "x " + xMin + ".." + xMax + ", y " + yMin + ".." + yMax;
    }
}
