package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.genrescope.model.clustering.TestData;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

class UmapTest {
    private static final int OUTLIERS = 20;

    /**
     * Four Gaussian blobs close enough for one connected neighbour graph, plus 20 points far away, a component
     * of their own that Smile drops; the outliers come last.
     */
    private static TestData.Points blobsWithFarOutliers() {
        TestData.Points blobs = TestData.blobs(21, 4, 150, 10, 4.0, 1.0);
        int n = blobs.n() + OUTLIERS;
        double[] x = Arrays.copyOf(blobs.x(), n * blobs.d());
        int[] truth = Arrays.copyOf(blobs.truth(), n);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = blobs.n(); i < n; i++) {
            for (int f = 0; f < blobs.d(); f++) {
                x[i * blobs.d() + f] = 100 + 0.1 * random.nextDouble();
            }
            truth[i] = 4;
        }
        return new TestData.Points(x, n, blobs.d(), truth);
    }

    @Test
    void keepsEveryPointFlagsTheDroppedComponentAndSeparatesTheBlobs() {
        TestData.Points data = blobsWithFarOutliers();
        Projection2D layout = Umap.fit(data.x(), data.n(), data.d(), UmapOptions.defaults(3), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(data.n(), layout.size());
        assertEquals("umap", layout.method());
        assertEquals(500, layout.iterations());
        for (double v : layout.xy()) {
            assertTrue(Double.isFinite(v));
        }
        int blobPoints = data.n() - OUTLIERS;
        for (int i = blobPoints; i < data.n(); i++) {
            assertTrue(layout.isApproximated(i), "outlier " + i);
        }
        // Smile also drops a few points inside a component: those that are no other point's neighbour (it kept
        // 590 of these 600 blob points). They are flagged too, and placed with their blob.
        int approximatedBlobPoints = layout.approximatedCount() - OUTLIERS;
        assertTrue(approximatedBlobPoints <= blobPoints / 20, approximatedBlobPoints + " blob points approximated");
        double[] blobXy = Arrays.copyOf(layout.xy(), 2 * blobPoints);
        double agreement = TsneTest.labelAgreement(blobXy, Arrays.copyOf(data.truth(), blobPoints), 10);
        assertTrue(agreement > 0.9, "kNN label agreement " + agreement);
    }

    @Test
    void droppedPointsSitNextToTheirNearestKeptNeighbour() {
        // Points 0..3 on a line; Smile "kept" 0 and 3 only. Point 1 is nearest 0, point 2 nearest 3.
        double[] x = {0, 0, 1, 0, 9, 0, 10, 0};
        double[][] coordinates = {{5, 5}, {-5, 20}};
        Projection2D layout = Umap.mapBack(x, 4, 2, new int[] {0, 3}, coordinates, 9, 200);
        assertArrayEquals(new boolean[] {false, true, true, false}, layout.approximated());
        double extent = 25;
        assertEquals(5, layout.x(1), 0.005 * extent);
        assertEquals(5, layout.y(1), 0.005 * extent);
        assertEquals(-5, layout.x(2), 0.005 * extent);
        assertEquals(20, layout.y(2), 0.005 * extent);
        assertEquals(layout, Umap.mapBack(x, 4, 2, new int[] {0, 3}, coordinates, 9, 200));
        assertNull(Umap.mapBack(x, 2, 2, new int[] {1, 0}, coordinates, 9, 200).approximated());
    }

    @Test
    void cancellationReturnsAtOnceWhileSmileRuns() {
        TestData.Points data = blobsWithFarOutliers();
        AtomicLong cancelledAt = new AtomicLong();
        // Cancel on the third poll, that is about 40 ms into Smile's run.
        int[] polls = {0};
        CancellationToken token = () -> {
            if (++polls[0] >= 3) {
                cancelledAt.compareAndSet(0, System.nanoTime());
                return true;
            }
            return false;
        };
        assertThrows(CancelledException.class, () -> Umap.fit(data.x(), data.n(), data.d(),
                UmapOptions.defaults(3).withEpochs(2000), ProgressListener.NONE, token));
        // 2,000 epochs take many seconds; returning at all means the run was abandoned, not awaited.
        // How fast it returns is measured by the bench command, not asserted here (timings flake on CI).
        assertTrue(cancelledAt.get() != 0, "the token was polled while Smile ran");
    }

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
        assertEquals(200, defaults.epochsFor(12_584));
        assertEquals(500, defaults.epochsFor(600));
        double[] x = new double[10 * 2];
        assertEquals("--umap-neighbours must be below the number of points (10), got 15",
                assertThrows(IllegalArgumentException.class, () -> Umap.fit(x, 10, 2, defaults,
                        ProgressListener.NONE, CancellationToken.NEVER)).getMessage());
        assertFalse(Umap.POLL_MILLIS > 100);
    }
}
