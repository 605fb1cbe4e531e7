package org.genrescope.plot;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A scatter figure at a given size in logical pixels, as the screen shows it: maps data to pixels and back,
 * zooms and pans (each returning a new view whose {@link #figure()} carries the new window), and finds the
 * points under the mouse. It uses the renderer's own layout, so a hit is where the point was drawn.
 *
 * <p>Pixel y grows downwards; data y grows upwards. Sizes and pixels are logical (mouse-event) pixels: on a
 * HiDPI screen with output scale s, render with {@code FigureRenderer.render(view.figure(), w * s, h * s, s)}
 * and hit-test with the unscaled mouse position.
 */
public final class ScatterView {

    /** How small a window may get relative to the data's extent before zooming in stops. */
    private static final double MIN_SPAN_FRACTION = 1e-9;
    /** How large a window may get relative to the data's extent before zooming out stops. */
    private static final double MAX_SPAN_FACTOR = 1e6;

    private final ScatterFigure figure;
    private final double width;
    private final double height;
    private final Rectangle2D plot;
    private final ViewWindow window;
    private final double pixelsPerX;
    private final double pixelsPerY;
    private final ScatterLayout layout;

    private ScatterView(ScatterFigure figure, double width, double height) {
        this.figure = figure;
        this.width = width;
        this.height = height;
        this.layout = ScatterLayout.of(figure, width, height);
        this.plot = layout.plot();
        this.window = figure.view();
        this.pixelsPerX = plot.getWidth() / window.width();
        this.pixelsPerY = plot.getHeight() / window.height();
    }

    /** The view of {@code figure} drawn at {@code width} x {@code height} logical pixels. */
    public static ScatterView of(ScatterFigure figure, double width, double height) {
        Objects.requireNonNull(figure, "figure");
        if (!(width >= 1 && height >= 1) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("view size must be at least 1 x 1 pixels, got " + width + " x " + height);
        }
        return new ScatterView(figure, width, height);
    }

    /** The figure with this view's window, ready to render. */
    public ScatterFigure figure() {
        return figure;
    }

    public ViewWindow window() {
        return window;
    }

    /** The rectangle points are drawn in, in logical pixels. */
    public Rectangle2D plotArea() {
        return (Rectangle2D) plot.clone();
    }

    public double toPixelX(double x) {
        return plot.getMinX() + (x - window.xMin()) * pixelsPerX;
    }

    public double toPixelY(double y) {
        return plot.getMaxY() - (y - window.yMin()) * pixelsPerY;
    }

    /**
     * The constants of {@link #toPixelX} and {@link #toPixelY}, for a drawing loop that applies them itself with the
     * same operations (so to the same bits): {plot left, window xMin, pixels per x unit, plot bottom, window yMin,
     * pixels per y unit}; {@code px = m[0] + (x - m[1]) * m[2]}, {@code py = m[3] - (y - m[4]) * m[5]}.
     */
    double[] pixelMapping() {
        return new double[] {plot.getMinX(), window.xMin(), pixelsPerX, plot.getMaxY(), window.yMin(), pixelsPerY};
    }

    public double toDataX(double px) {
        return window.xMin() + (px - plot.getMinX()) / pixelsPerX;
    }

    public double toDataY(double py) {
        return window.yMin() + (plot.getMaxY() - py) / pixelsPerY;
    }

    /** The same figure drawn at another size (the window is kept). */
    public ScatterView resize(double newWidth, double newHeight) {
        return of(figure, newWidth, newHeight);
    }

    /** The same size showing another figure (new highlights, colours, or data), keeping its own window. */
    public ScatterView withFigure(ScatterFigure newFigure) {
        return of(newFigure, width, height);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the data point under pixel (px, py) where it is.
     * Zooming stops when the window would shrink below a billionth of the data's extent or grow beyond a
     * million times it.
     */
    public ScatterView zoom(double px, double py, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive and finite, got " + factor);
        }
        ViewWindow extent = figure.data().extent();
        double most = Math.min(window.width() / (extent.width() * MIN_SPAN_FRACTION),
                window.height() / (extent.height() * MIN_SPAN_FRACTION));
        double least = Math.max(window.width() / (extent.width() * MAX_SPAN_FACTOR),
                window.height() / (extent.height() * MAX_SPAN_FACTOR));
        double f = Math.max(least, Math.min(factor, most));
        double ax = toDataX(px);
        double ay = toDataY(py);
        ViewWindow zoomed = new ViewWindow(ax - (ax - window.xMin()) / f, ax + (window.xMax() - ax) / f,
                ay - (ay - window.yMin()) / f, ay + (window.yMax() - ay) / f);
        return of(figure.withView(zoomed), width, height);
    }

    /** Moves the content by (dx, dy) pixels, as dragging it with the mouse does. */
    public ScatterView pan(double dxPixels, double dyPixels) {
        double dx = dxPixels / pixelsPerX;
        double dy = dyPixels / pixelsPerY;
        ViewWindow moved = new ViewWindow(window.xMin() - dx, window.xMax() - dx, window.yMin() + dy, window.yMax() + dy);
        return of(figure.withView(moved), width, height);
    }

    /** Back to the data's extent with a small margin. */
    public ScatterView reset() {
        return of(figure.withView(figure.data().defaultView()), width, height);
    }

    /**
     * The visible point nearest to pixel (px, py) within {@code maxDistancePx} pixels, or -1. Ties go to
     * the lower id. Visits only the grid cells around the pixel.
     */
    public int nearestPoint(double px, double py, double maxDistancePx) {
        if (!(maxDistancePx >= 0)) {
            throw new IllegalArgumentException("maximum distance must be at least 0 pixels, got " + maxDistancePx);
        }
        ScatterData data = figure.data();
        double[] xs = data.xs();
        double[] ys = data.ys();
        double cx = toDataX(px);
        double cy = toDataY(py);
        double rx = maxDistancePx / pixelsPerX;
        double ry = maxDistancePx / pixelsPerY;
        double limit = maxDistancePx * maxDistancePx;
        int[] best = {-1};
        double[] bestDistance = {Double.POSITIVE_INFINITY};
        data.index().visit(cx - rx, cx + rx, cy - ry, cy + ry, i -> {
            if (!window.contains(xs[i], ys[i])) {
                return;
            }
            double dx = (xs[i] - cx) * pixelsPerX;
            double dy = (ys[i] - cy) * pixelsPerY;
            double d = dx * dx + dy * dy;
            if (d <= limit && (d < bestDistance[0] || (d == bestDistance[0] && i < best[0]))) {
                bestDistance[0] = d;
                best[0] = i;
            }
        });
        return best[0];
    }

    /**
     * The index into {@link ScatterFigure#legendEntries()} of the legend row at pixel (px, py), or -1
     * (for toggling or highlighting a category by clicking its legend entry).
     */
    public int legendEntryAt(double px, double py) {
        Rectangle2D legend = layout.legend();
        if (legend.getWidth() <= 0 || px < legend.getMinX() || px > legend.getMaxX() || py < legend.getMinY()) {
            return -1;
        }
        int row = (int) Math.floor((py - legend.getMinY()) / Theme.LEGEND_ROW);
        int fitting = (int) Math.max(1, Math.floor(legend.getHeight() / Theme.LEGEND_ROW));
        int shown = layout.entries().size() <= fitting ? layout.entries().size() : fitting - 1;
        return row < shown ? row : -1;
    }

    /** Ids (ascending) of the visible points inside the pixel rectangle spanned by the two corners. */
    public int[] pointsInRectangle(double px0, double py0, double px1, double py1) {
        double xMin = Math.max(window.xMin(), toDataX(Math.min(px0, px1)));
        double xMax = Math.min(window.xMax(), toDataX(Math.max(px0, px1)));
        double yMin = Math.max(window.yMin(), toDataY(Math.max(py0, py1)));
        double yMax = Math.min(window.yMax(), toDataY(Math.min(py0, py1)));
        if (xMin > xMax || yMin > yMax) {
            return new int[0];
        }
        return pointsInBox(xMin, xMax, yMin, yMax, null);
    }

    /**
     * Ids (ascending) of the visible points inside the polygon through the pixel vertices {@code (px[k], py[k])}
     * (a lasso, closed from the last vertex to the first; even-odd rule, so a lasso crossing itself leaves out
     * the loops it wraps twice). Visits only the index cells under the lasso's bounding box.
     *
     * @throws IllegalArgumentException for fewer than 3 vertices or arrays of different lengths
     */
    public int[] pointsInPolygon(double[] px, double[] py) {
        Lasso lasso = new Lasso(px, py);
        double xMin = Math.max(window.xMin(), toDataX(lasso.minX()));
        double xMax = Math.min(window.xMax(), toDataX(lasso.maxX()));
        double yMin = Math.max(window.yMin(), toDataY(lasso.maxY()));
        double yMax = Math.min(window.yMax(), toDataY(lasso.minY()));
        if (xMin > xMax || yMin > yMax) {
            return new int[0];
        }
        return pointsInBox(xMin, xMax, yMin, yMax, lasso);
    }

    /**
     * Ids (ascending) of the points in the data box, and inside {@code lasso} (pixels) unless it is null. Walks the
     * index's grid rows under the box in cell order, where the coordinates lie in sequence (reading them by id
     * jumped about the whole array), skips grid rows whose points all lie above or below the box, and collects the
     * ids as bits, read back in order (no sort of 100,000 ids): a 100,000-point lasso costs a few milliseconds of
     * CPU on the FX thread (docs/benchmarks.md, "Redraw and lasso in the window (session 8)").
     */
    private int[] pointsInBox(double xMin, double xMax, double yMin, double yMax, Lasso lasso) {
        PointIndex index = figure.data().index();
        double[] xs = index.xs();
        double[] ys = index.ys();
        int[] ids = index.ids();
        long[] bits = new long[(ids.length + 63) >>> 6];
        int[] count = {0};
        double left = plot.getMinX();
        double bottom = plot.getMaxY();
        double wx = window.xMin();
        double wy = window.yMin();
        index.visitRuns(xMin, xMax, yMin, yMax, (from, to, rowMinY, rowMaxY) -> {
            if (rowMaxY < yMin || rowMinY > yMax) {
                return;
            }
            int found = 0;
            for (int k = from; k < to; k++) {
                double x = xs[k];
                double y = ys[k];
                // the pixel as toPixelX and toPixelY compute it, operation for operation (so the same bits)
                if (x >= xMin && x <= xMax && y >= yMin && y <= yMax && (lasso == null
                        || lasso.contains(left + (x - wx) * pixelsPerX, bottom - (y - wy) * pixelsPerY))) {
                    int id = ids[k];
                    bits[id >>> 6] |= 1L << id;
                    found++;
                }
            }
            count[0] += found;
        });
        int[] inside = new int[count[0]];
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long b = bits[w]; b != 0; b &= b - 1) {
                inside[n++] = (w << 6) + Long.numberOfTrailingZeros(b);
            }
        }
        return inside;
    }
}
