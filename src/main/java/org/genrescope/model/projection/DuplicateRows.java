package org.genrescope.model.projection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct rows of a row-major matrix and, for every row, which distinct row it repeats: what umap-learn's
 * {@code UMAP(unique=True)} does before embedding ({@code np.unique(X, return_index=True, return_inverse=True)}),
 * written here from that description. Rows are equal when their values are bit-identical ({@code -0.0} and
 * {@code 0.0} differ, as do NaNs with different bits; the projections receive finite values).
 *
 * @param unique    the distinct rows, row-major, in order of first appearance (u x d)
 * @param count     u, the number of distinct rows
 * @param firstRow  for each distinct row, the input row where it first appears
 * @param twinOf    for each input row, the index (0..u-1) of its distinct row
 */
record DuplicateRows(double[] unique, int count, int[] firstRow, int[] twinOf) {

    static DuplicateRows of(double[] x, int n, int d) {
        Map<Row, Integer> seen = new HashMap<>(Math.max(16, 2 * n));
        int[] twinOf = new int[n];
        int[] first = new int[n];
        int u = 0;
        for (int i = 0; i < n; i++) {
            Row row = new Row(Arrays.copyOfRange(x, i * d, (i + 1) * d));
            Integer known = seen.putIfAbsent(row, u);
            if (known == null) {
                first[u] = i;
                twinOf[i] = u++;
            } else {
                twinOf[i] = known;
            }
        }
        int[] firstRow = Arrays.copyOf(first, u);
        double[] unique = new double[u * d];
        for (int m = 0; m < u; m++) {
            System.arraycopy(x, firstRow[m] * d, unique, m * d, d);
        }
        return new DuplicateRows(unique, u, firstRow, twinOf);
    }

    /** Whether some row repeats another. */
    boolean any() {
        return count < twinOf.length;
    }

    /** Puts each input row at its distinct row's 2-D position: n x 2 from u x 2. */
    double[] expand(double[] uniqueXy) {
        double[] xy = new double[2 * twinOf.length];
        for (int i = 0; i < twinOf.length; i++) {
            xy[2 * i] = uniqueXy[2 * twinOf[i]];
            xy[2 * i + 1] = uniqueXy[2 * twinOf[i] + 1];
        }
        return xy;
    }

    /** Row values compared bit for bit ({@link Arrays#equals(double[], double[])} compares doubles so). */
    private record Row(double[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Row that && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
