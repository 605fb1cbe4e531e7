package org.genrescope.plot;

/**
 * A uniform grid over the data's extent, about four points per cell, with the point ids sorted by cell
 * (compressed rows, two int arrays). A hit test visits only the cells its search box overlaps, so a mouse
 * move over 100,000 points touches a few dozen of them instead of all.
 *
 * <p>It also keeps the points' coordinates and categories in that cell order: a drawing that walks the cells
 * row by row reads memory in sequence and writes the pixel buffer row by row, which at a million points is
 * about twice as fast as id order (whose pixels are scattered over the whole buffer), and it skips cells outside
 * a zoomed view altogether. The cells of one grid row that a box overlaps are one contiguous run of positions.
 */
final class PointIndex {

    private static final int POINTS_PER_CELL = 4;

    private final double x0;
    private final double y0;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] pointIds;
    private final double[] cellOrderX;
    private final double[] cellOrderY;
    private final int[] cellOrderCategory;
    /** The smallest and largest y of each grid row's points (NaN for an empty row). */
    private final double[] rowMinY;
    private final double[] rowMaxY;

    private PointIndex(double x0, double y0, double cellWidth, double cellHeight, int columns, int rows,
                       int[] cellStart, int[] pointIds, double[] x, double[] y, int[] category) {
        this.x0 = x0;
        this.y0 = y0;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.columns = columns;
        this.rows = rows;
        this.cellStart = cellStart;
        this.pointIds = pointIds;
        this.cellOrderX = new double[pointIds.length];
        this.cellOrderY = new double[pointIds.length];
        this.cellOrderCategory = new int[pointIds.length];
        for (int k = 0; k < pointIds.length; k++) {
            cellOrderX[k] = x[pointIds[k]];
            cellOrderY[k] = y[pointIds[k]];
            cellOrderCategory[k] = category[pointIds[k]];
        }
        this.rowMinY = new double[rows];
        this.rowMaxY = new double[rows];
        for (int row = 0; row < rows; row++) {
            int from = cellStart[row * columns];
            int to = cellStart[(row + 1) * columns];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = from; k < to; k++) {
                min = Math.min(min, cellOrderY[k]);
                max = Math.max(max, cellOrderY[k]);
            }
            rowMinY[row] = from < to ? min : Double.NaN;
            rowMaxY[row] = from < to ? max : Double.NaN;
        }
    }

    /** The index of points (x[i], y[i]) of categories {@code category[i]} within {@code extent}. */
    static PointIndex build(double[] x, double[] y, int[] category, ViewWindow extent) {
        int n = x.length;
        int side = Math.max(1, (int) Math.ceil(Math.sqrt((double) n / POINTS_PER_CELL)));
        double cellWidth = extent.width() / side;
        double cellHeight = extent.height() / side;
        int[] cellOf = new int[n];
        int[] cellStart = new int[side * side + 1];
        for (int i = 0; i < n; i++) {
            int cx = clamp((int) ((x[i] - extent.xMin()) / cellWidth), side);
            int cy = clamp((int) ((y[i] - extent.yMin()) / cellHeight), side);
            cellOf[i] = cy * side + cx;
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < side * side; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = cellStart.clone();
        int[] pointIds = new int[n];
        for (int i = 0; i < n; i++) {
            pointIds[fill[cellOf[i]]++] = i; // ascending ids within a cell
        }
        return new PointIndex(extent.xMin(), extent.yMin(), cellWidth, cellHeight, side, side, cellStart, pointIds,
                x, y, category);
    }

    /**
     * Calls {@code visitor} with each run [from, to) of cell-order positions whose cells overlap the data box, one
     * run per grid row, rows bottom to top, with the smallest and largest y of the points in that whole grid row
     * (so bounds of the run's points too); position k holds point {@link #ids()}[k] at ({@link #xs()}[k],
     * {@link #ys()}[k]).
     */
    void visitRuns(double xMin, double xMax, double yMin, double yMax, RunVisitor visitor) {
        int cx0 = clamp((int) Math.floor((xMin - x0) / cellWidth), columns);
        int cx1 = clamp((int) Math.floor((xMax - x0) / cellWidth), columns);
        int cy0 = clamp((int) Math.floor((yMin - y0) / cellHeight), rows);
        int cy1 = clamp((int) Math.floor((yMax - y0) / cellHeight), rows);
        for (int cy = cy0; cy <= cy1; cy++) {
            int from = cellStart[cy * columns + cx0];
            int to = cellStart[cy * columns + cx1 + 1];
            if (from < to) {
                visitor.visit(from, to, rowMinY[cy], rowMaxY[cy]);
            }
        }
    }

    /** Flags in cell order: position k is true when point {@code ids()[k]} is among {@code ids} (a new array). */
    boolean[] maskInCellOrder(int[] ids) {
        boolean[] mask = new boolean[pointIds.length];
        int[] positionOf = positions();
        for (int i : ids) {
            mask[positionOf[i]] = true;
        }
        return mask;
    }

    private volatile int[] positions;

    /** Builds what {@link #maskInCellOrder} needs, ahead of its first call (about 4 bytes a point, kept). */
    void preparePositions() {
        positions();
    }

    /** For each point id, its position in cell order (built on first use). */
    private int[] positions() {
        int[] built = positions;
        if (built == null) {
            built = new int[pointIds.length];
            for (int k = 0; k < pointIds.length; k++) {
                built[pointIds[k]] = k;
            }
            positions = built;
        }
        return built;
    }

    /** The point ids in cell order (the index's own array: callers must not write to it). */
    int[] ids() {
        return pointIds;
    }

    /** The x coordinates in cell order (the index's own array). */
    double[] xs() {
        return cellOrderX;
    }

    /** The y coordinates in cell order (the index's own array). */
    double[] ys() {
        return cellOrderY;
    }

    /** The categories in cell order (the index's own array). */
    int[] categories() {
        return cellOrderCategory;
    }

    @FunctionalInterface
    interface RunVisitor {
        void visit(int from, int to, double minY, double maxY);
    }

    /** Calls {@code visitor} for every point in the cells overlapping the data box (a superset of the box). */
    void visit(double xMin, double xMax, double yMin, double yMax, PointVisitor visitor) {
        int cx0 = clamp((int) Math.floor((xMin - x0) / cellWidth), columns);
        int cx1 = clamp((int) Math.floor((xMax - x0) / cellWidth), columns);
        int cy0 = clamp((int) Math.floor((yMin - y0) / cellHeight), rows);
        int cy1 = clamp((int) Math.floor((yMax - y0) / cellHeight), rows);
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int cell = cy * columns + cx;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    visitor.visit(pointIds[k]);
                }
            }
        }
    }

    private static int clamp(int cell, int count) {
        return cell < 0 ? 0 : Math.min(cell, count - 1);
    }

    @FunctionalInterface
    interface PointVisitor {
        void visit(int point);
    }
}
