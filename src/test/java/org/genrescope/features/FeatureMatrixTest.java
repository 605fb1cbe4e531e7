package org.genrescope.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A feature matrix cannot be changed through the arrays it was built from or the ones it hands out, except an array
 * handed over as fresh columns.
 */
class FeatureMatrixTest {
    private final long[] ids = {7, 9};
    private final double[] values = {1, 2, 3, 4, 5, 6};
    private final FeatureMatrix m = new FeatureMatrix(ids, List.of("a", "b", "c"), values);

    @Test
    void changingTheGivenArraysLeavesTheMatrixAsItWas() {
        ids[0] = -1;
        values[0] = 100;
        assertEquals(7, m.trackId(0));
        assertEquals(1, m.get(0, 0));
    }

    @Test
    void changingTheReturnedArraysLeavesTheMatrixAsItWas() {
        m.trackIds()[1] = -1;
        m.values()[5] = 100;
        m.column(2)[0] = 100;
        assertArrayEquals(new long[] {7, 9}, m.trackIds());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.values());
        assertArrayEquals(new double[] {3, 6}, m.column(2));
    }

    @Test
    void readsSingleEntriesAndChecksTheShape() {
        assertEquals(2, m.rows());
        assertEquals(3, m.columns());
        assertEquals(9, m.trackId(1));
        assertEquals(6, m.get(1, 2));
        double[] fresh = {0, 0, 0, 0, 0, 0};
        FeatureMatrix zeros = m.withValues(fresh);
        fresh[0] = 1;
        assertEquals(0, zeros.get(0, 0));
        assertThrows(IllegalArgumentException.class, () -> m.withValues(new double[5]));
    }

    @Test
    void freshColumnsKeepTheRowsAndAreTakenOverNotCopied() {
        double[] codes = {0.5, -0.5};
        FeatureMatrix encoded = m.withFreshColumns(List.of("z0"), codes);
        assertEquals(List.of("z0"), encoded.featureNames());
        assertArrayEquals(new long[] {7, 9}, encoded.trackIds());
        assertSame(codes, encoded.sharedValues()); // handed over: the representation is not copied again
        assertThrows(IllegalArgumentException.class, () -> m.withFreshColumns(List.of("z0", "z1"), codes));
    }
}
