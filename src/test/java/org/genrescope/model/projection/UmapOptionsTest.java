package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** UMAP's options name their setting when refused, and the epochs follow umap-learn's rule for the size. */
class UmapOptionsTest {

    @Test
    void optionsNameTheirSetting() {
        UmapOptions defaults = UmapOptions.defaults(1);
        assertEquals("--umap-neighbours must be at least 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> defaults.withNeighbours(1)).getMessage());
        assertEquals("--umap-epochs must be at least 10 (or 0 for auto), got 5",
                assertThrows(IllegalArgumentException.class, () -> defaults.withEpochs(5)).getMessage());
        assertEquals("--umap-min-dist must be positive and at most --umap-spread (1.0), got 2.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new UmapOptions(15, 2, 1, 0, 1, 5, 1, 1)).getMessage());
        // umap-learn: 500 epochs up to 10,000 points, 200 past
        assertEquals(200, defaults.epochsFor(12_584));
        assertEquals(500, defaults.epochsFor(600));
        double[] x = new double[10 * 2];
        assertEquals("--umap-neighbours must be below the number of points (10), got 15",
                assertThrows(IllegalArgumentException.class, () -> UmapEmbedding.fit(x, 10, 2, defaults, 1,
                        ProgressListener.NONE, CancellationToken.NEVER)).getMessage());
    }
}
