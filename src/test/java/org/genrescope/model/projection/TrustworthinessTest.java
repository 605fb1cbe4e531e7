package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.genrescope.model.clustering.TestData;
import org.junit.jupiter.api.Test;

class TrustworthinessTest {

    /** src/tools/tsne_reference.py: sklearn.manifold.trustworthiness(x, x[:, :2], n_neighbors=10). */
    private static final double SKLEARN_FIRST_TWO_COORDINATES = 0.7406037284894837;

    @Test
    void matchesScikitLearnOnAFixedLayout() {
        TestData.Points blobs = TsneTest.referenceBlobs();
        double[] firstTwo = new double[2 * blobs.n()];
        for (int i = 0; i < blobs.n(); i++) {
            firstTwo[2 * i] = blobs.x()[i * blobs.d()];
            firstTwo[2 * i + 1] = blobs.x()[i * blobs.d() + 1];
        }
        assertEquals(SKLEARN_FIRST_TWO_COORDINATES, Trustworthiness.of(blobs.x(), blobs.n(), blobs.d(), firstTwo, 10),
                1e-9);
    }

    @Test
    void isOneForTheDataItself() {
        TestData.Points blobs = TestData.blobs(3, 3, 30, 2, 5, 1);
        assertEquals(1.0, Trustworthiness.of(blobs.x(), blobs.n(), 2, blobs.x(), 5), 1e-12);
    }

    @Test
    void rejectsTooManyNeighbours() {
        double[] x = new double[20];
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Trustworthiness.of(x, 10, 2, x, 5));
        assertEquals("k must be at least 1 and below n / 2 = 5.0, got 5", error.getMessage());
    }
}
