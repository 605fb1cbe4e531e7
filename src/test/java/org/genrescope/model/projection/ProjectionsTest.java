package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.genrescope.model.clustering.TestData;
import org.junit.jupiter.api.Test;

class ProjectionsTest {

    @Test
    void pcaGivesTheFirstTwoComponentScoresInTheCommonShape() {
        TestData.Points blobs = TestData.blobs(4, 3, 20, 5, 4, 1);
        Projection2D layout = Projections.pca(blobs.x(), blobs.n(), blobs.d());
        assertEquals("pca", layout.method());
        assertEquals(blobs.n(), layout.size());
        assertEquals(0, layout.approximatedCount());
        assertEquals(Double.NaN, layout.klDivergence());
        assertArrayEquals(Pca.fit(blobs.x(), blobs.n(), blobs.d()).transform(blobs.x(), blobs.n(), blobs.d(), 2),
                layout.xy());
    }

    @Test
    void projectionRejectsMismatchedFlags() {
        assertThrows(IllegalArgumentException.class,
                () -> new Projection2D(new double[4], new boolean[3], "umap", Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> Projections.pca(new double[5], 5, 1));
    }
}
