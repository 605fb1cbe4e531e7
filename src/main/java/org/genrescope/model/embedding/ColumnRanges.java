package org.genrescope.model.embedding;

/**
 * The smallest and largest value of each column of a row-major matrix, gathered a block of rows at a time, and
 * which columns are constant by {@link DeadUnits#TOLERANCE}. Holds two doubles per column, whatever the rows.
 */
final class ColumnRanges {
    private final int columns;
    private final double[] min;
    private final double[] max;
    private long rows;

    ColumnRanges(int columns) {
        this.columns = columns;
        this.min = new double[columns];
        this.max = new double[columns];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** Takes {@code n} rows of {@code a} (row-major, {@code columns} wide) starting at element {@code offset}. */
    void add(double[] a, int offset, int n) {
        for (int i = 0; i < n; i++) {
            int row = offset + i * columns;
            for (int c = 0; c < columns; c++) {
                min[c] = Math.min(min[c], a[row + c]);
                max[c] = Math.max(max[c], a[row + c]);
            }
        }
        rows += n;
    }

    /**
     * Per column: true when its spread (max - min) is at most {@link DeadUnits#TOLERANCE} of max(1, its largest
     * magnitude), or when no rows were added.
     */
    boolean[] constant() {
        boolean[] out = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = rows == 0 || max[c] - min[c] <= DeadUnits.TOLERANCE
                    * Math.max(1, Math.max(Math.abs(min[c]), Math.abs(max[c])));
        }
        return out;
    }
}
