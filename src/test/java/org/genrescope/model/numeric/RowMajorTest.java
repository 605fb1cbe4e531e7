package org.genrescope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-computed values for the shared loops. */
class RowMajorTest {
    // 3 x 2: columns (1, 2, 6) and (10, 20, 30)
    private static final double[] X = {1, 10, 2, 20, 6, 30};

    @Test
    void columnMeansAverageEachColumn() {
        assertArrayEquals(new double[] {3, 20}, RowMajor.columnMeans(X, 3, 2), 0);
    }

    @Test
    void meanColumnVarianceIsNumpysVarAxis0Mean() {
        // column 0: deviations -2, -1, 3 -> var 14/3; column 1: -10, 0, 10 -> var 200/3; mean 107/3
        assertEquals(107.0 / 3, RowMajor.meanColumnVariance(X, 3, 2), 1e-12);
        assertEquals(0, RowMajor.meanColumnVariance(new double[] {5, 5, 5}, 3, 1), 0);
    }

    @Test
    void squaredDistanceComparesRowsOfTwoMatrices() {
        double[] centres = {0, 0, 3, 24};
        assertEquals(1 + 100, RowMajor.squaredDistance(X, 0, centres, 0, 2), 0);
        assertEquals(9 + 36, RowMajor.squaredDistance(X, 2, centres, 1, 2), 0);
        assertEquals(25 + 400, RowMajor.squaredDistance(X, 0, X, 2, 2), 0);
    }
}
