package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Objects;

/**
 * The linear assignment problem (Kuhn-Munkres, the Hungarian algorithm) in the shortest-augmenting-path form with
 * row and column potentials (Jonker-Volgenant): O(r^2 c) for an r x c matrix with r &lt;= c, the larger side
 * transposed first. Rectangular matrices are allowed: min(r, c) pairs are assigned, as
 * {@code scipy.optimize.linear_sum_assignment} does.
 */
public final class HungarianAssignment {
    private HungarianAssignment() { }

    /**
     * The one-to-one assignment of rows to columns with the least total cost.
     *
     * @param cost r x c, every row the same length, every entry finite (r or c may be 0)
     * @return for each row the column assigned to it, or -1 for the r - c rows left out when r &gt; c
     * @throws IllegalArgumentException when the rows differ in length or an entry is not finite
     */
    public static int[] minimumCost(double[][] cost) {
        Objects.requireNonNull(cost, "cost");
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (int i = 0; i < rows; i++) {
            if (cost[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + cost[i].length + " entries, row 0 has "
                        + columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(cost[i][j])) {
                    throw new IllegalArgumentException("cost[" + i + "][" + j + "] is " + cost[i][j]
                            + "; every cost must be finite");
                }
            }
        }
        int[] rowToColumn = new int[rows];
        Arrays.fill(rowToColumn, -1);
        if (rows == 0 || columns == 0) {
            return rowToColumn;
        }
        if (rows <= columns) {
            return solve(cost, rows, columns, false);
        }
        // more rows than columns: assign each column a row, then read the pairs the other way round
        int[] columnToRow = solve(cost, columns, rows, true);
        for (int j = 0; j < columns; j++) {
            rowToColumn[columnToRow[j]] = j;
        }
        return rowToColumn;
    }

    /**
     * The one-to-one assignment of rows to columns with the greatest total weight (an overlap table's best matching).
     *
     * @param weight r x c, as {@link #minimumCost}
     * @return as {@link #minimumCost}
     */
    public static int[] maximumWeight(double[][] weight) {
        Objects.requireNonNull(weight, "weight");
        double[][] negated = new double[weight.length][];
        for (int i = 0; i < weight.length; i++) {
            negated[i] = new double[weight[i].length];
            for (int j = 0; j < weight[i].length; j++) {
                negated[i][j] = -weight[i][j];
            }
        }
        return minimumCost(negated);
    }

    /**
     * Assigns each of n rows one of m &gt;= n columns (of {@code a}, or of its transpose): one augmenting path per
     * row, found Dijkstra-like over reduced costs, the potentials keeping every reduced cost non-negative.
     * Arrays are 1-based with index 0 a virtual column/row, as in the textbook form.
     */
    private static int[] solve(double[][] a, int n, int m, boolean transposed) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1]; // 0: free
        int[] way = new int[m + 1];
        double[] minReduced = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int j0 = 0;
            Arrays.fill(minReduced, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double c = transposed ? a[j - 1][i0 - 1] : a[i0 - 1][j - 1];
                        double reduced = c - u[i0] - v[j];
                        if (reduced < minReduced[j]) {
                            minReduced[j] = reduced;
                            way[j] = j0;
                        }
                        if (minReduced[j] < delta) {
                            delta = minReduced[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minReduced[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do { // flip the path's edges
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assigned = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                assigned[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return assigned;
    }
}
