package org.genrescope.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * The points of a scatter plot: coordinates and a category per point, copied once and never changed, so
 * figures that differ only in view or style share one copy and one spatial index.
 *
 * <p>Category -1 means "no category" (DBSCAN's noise); other categories run from 0.
 */
public final class ScatterData {

    private final double[] x;
    private final double[] y;
    private final int[] category;
    private final int[] countPerCategory;
    private final int noiseCount;
    private final ViewWindow extent;
    private volatile PointIndex index;
    private volatile int[] anchors;
    private volatile int[] sample;
    private volatile Points samplePoints;
    /** A frame shown for a moment ({@link #passing}): drawn in id order, nothing prepared ahead. */
    private final boolean passing;

    private ScatterData(double[] x, double[] y, int[] category, boolean passing) {
        this.passing = passing;
        this.x = x;
        this.y = y;
        this.category = category;
        int maxCategory = -1;
        int noise = 0;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite (x " + x[i] + ", y " + y[i]
                        + "); drop or impute missing values before plotting");
            }
            if (category[i] < -1) {
                throw new IllegalArgumentException("category of point " + i + " must be -1 (noise) or at least 0, got "
                        + category[i]);
            }
            maxCategory = Math.max(maxCategory, category[i]);
            noise += category[i] == -1 ? 1 : 0;
            xMin = Math.min(xMin, x[i]);
            xMax = Math.max(xMax, x[i]);
            yMin = Math.min(yMin, y[i]);
            yMax = Math.max(yMax, y[i]);
        }
        this.countPerCategory = new int[maxCategory + 1];
        for (int c : category) {
            if (c >= 0) {
                countPerCategory[c]++;
            }
        }
        this.noiseCount = noise;
        this.extent = x.length == 0 ? new ViewWindow(0, 1, 0, 1) : ViewWindow.around(xMin, xMax, yMin, yMax);
    }

    /** Copies the arrays; all three must have the same length, coordinates must be finite. */
    public static ScatterData of(double[] x, double[] y, int[] category) {
        return of(x, y, category, false);
    }

    /**
     * As {@link #of}, for a frame shown for a moment and then replaced (a layout as it forms, every 400 ms): it is
     * drawn in id order, {@link #prepare()} builds nothing, and the index is built only if a hit test asks for it.
     * Preparing the index, drag sample and label anchors took about half of such a frame's UI-thread time at
     * 100,000 points (docs/benchmarks.md, "Matrix copies removed (session 8)").
     */
    public static ScatterData passing(double[] x, double[] y, int[] category) {
        return of(x, y, category, true);
    }

    private static ScatterData of(double[] x, double[] y, int[] category, boolean passing) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(category, "category");
        if (x.length != y.length || x.length != category.length) {
            throw new IllegalArgumentException("x, y and category must have the same length, got "
                    + x.length + ", " + y.length + " and " + category.length);
        }
        return new ScatterData(x.clone(), y.clone(), category.clone(), passing);
    }

    /** Points all in category 0. */
    public static ScatterData uncategorised(double[] x, double[] y) {
        return of(x, y, new int[x.length]);
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public int category(int i) {
        return category[i];
    }

    /** One more than the highest category used (0 when every point is noise). */
    public int categoryCount() {
        return countPerCategory.length;
    }

    /** How many points carry category {@code c}; for -1, how many are noise. */
    public int count(int c) {
        if (c == -1) {
            return noiseCount;
        }
        return c < countPerCategory.length ? countPerCategory[c] : 0;
    }

    /** The bounding box of the points (widened where it is empty). */
    public ViewWindow extent() {
        return extent;
    }

    /** The window "reset zoom" returns to: the extent with 5% to spare on each side. */
    public ViewWindow defaultView() {
        return extent.grow(0.05);
    }

    /** The grid index for hit tests and drawing, built on first use and kept (the data never change). */
    PointIndex index() {
        PointIndex built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    index = PointIndex.build(x, y, category, extent);
                }
                built = index;
            }
        }
        return built;
    }

    /**
     * The ids drawn while the user drags ({@link DrawSample}: seeded, density-weighted, ascending), built on
     * first use and kept.
     */
    int[] sample() {
        int[] built = sample;
        if (built == null) {
            synchronized (this) {
                if (sample == null) {
                    sample = DrawSample.of(x, y, extent, DrawSample.BUDGET, DrawSample.SEED);
                }
                built = sample;
            }
        }
        return built;
    }

    /** The sample's coordinates, categories and ids side by side, position k for point {@code sample()[k]}. */
    Points samplePoints() {
        Points built = samplePoints;
        if (built == null) {
            int[] ids = sample();
            double[] sx = new double[ids.length];
            double[] sy = new double[ids.length];
            int[] sc = new int[ids.length];
            for (int k = 0; k < ids.length; k++) {
                sx[k] = x[ids[k]];
                sy[k] = y[ids[k]];
                sc[k] = category[ids[k]];
            }
            built = new Points(sx, sy, sc, ids);
            samplePoints = built;
        }
        return built;
    }

    /** Whether this is a {@link #passing} frame's data, drawn in id order without the index. */
    boolean passing() {
        return passing;
    }

    /** Whether the index has been built (for tests: a passing frame's drawing must not build it). */
    boolean indexBuilt() {
        return index != null;
    }

    /** Every point in id order (the arrays themselves, not copies; ids null: position k is point k). */
    Points inIdOrder() {
        return new Points(x, y, category, null);
    }

    /** Points in some drawing order: position k is point {@code id[k]} at (x[k], y[k]) of category[k]. */
    record Points(double[] x, double[] y, int[] category, int[] id) {
    }

    /**
     * Builds what interaction needs (the hit-test index, the drag sample, the direct labels' anchors) now, on
     * the calling thread: about a quarter of a second for a million points, which a window does off its UI
     * thread so that the first hover or drag does not wait for it.
     */
    public void prepare() {
        if (passing) {
            return;
        }
        index();
        samplePoints();
        anchors();
    }

    /** Whether {@link #prepare()} has run (or everything it builds was built on first use). */
    public boolean prepared() {
        return passing || index != null && samplePoints != null && anchors != null;
    }

    /** How many points a frame drawn while dragging shows (all of them up to {@link DrawSample#BUDGET}). */
    public int sampleSize() {
        return sample().length;
    }

    /**
     * For each category 0..categoryCount()-1, the id of its point nearest (Euclidean, data units) to the
     * category's coordinate-wise median, where a direct label goes; -1 for a category without points. Computed
     * once (a sort per category) and kept.
     */
    int[] anchors() {
        int[] built = anchors;
        if (built == null) {
            built = computeAnchors();
            anchors = built;
        }
        return built;
    }

    private int[] computeAnchors() {
        int categories = categoryCount();
        double[][] xs = new double[categories][];
        double[][] ys = new double[categories][];
        int[] filled = new int[categories];
        for (int c = 0; c < categories; c++) {
            xs[c] = new double[countPerCategory[c]];
            ys[c] = new double[countPerCategory[c]];
        }
        for (int i = 0; i < x.length; i++) {
            int c = category[i];
            if (c >= 0) {
                xs[c][filled[c]] = x[i];
                ys[c][filled[c]++] = y[i];
            }
        }
        double[] medianX = new double[categories];
        double[] medianY = new double[categories];
        for (int c = 0; c < categories; c++) {
            Arrays.sort(xs[c]);
            Arrays.sort(ys[c]);
            medianX[c] = xs[c].length == 0 ? 0 : xs[c][xs[c].length / 2];
            medianY[c] = ys[c].length == 0 ? 0 : ys[c][ys[c].length / 2];
        }
        int[] nearest = new int[categories];
        double[] best = new double[categories];
        Arrays.fill(nearest, -1);
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            int c = category[i];
            if (c >= 0) {
                double d = (x[i] - medianX[c]) * (x[i] - medianX[c]) + (y[i] - medianY[c]) * (y[i] - medianY[c]);
                if (d < best[c]) {
                    best[c] = d;
                    nearest[c] = i;
                }
            }
        }
        return nearest;
    }

    // Raw arrays for the renderer's and the index's hot loops; callers inside the package never write to them.
    double[] xs() {
        return x;
    }

    double[] ys() {
        return y;
    }

    int[] categories() {
        return category;
    }

    @Override
    public String toString() {
        return "ScatterData[" + size() + " points, categories " + Arrays.toString(countPerCategory)
                + ", noise " + noiseCount + "]";
    }
}
