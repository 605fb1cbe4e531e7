package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DbscanTest {

    @BeforeAll
    static void quietSmile() {
        SmileQuiet.silence();
    }

    private static ClusteringLabels fit(double[] x, int n, int d, double eps, int minPoints) {
        return Dbscan.fit(x, n, d, eps, minPoints, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /** Blobs plus uniform background noise, the background interleaved with the blob points. */
    private static TestData.Points blobsWithNoise(long seed, int d) {
        TestData.Points blobs = TestData.blobs(seed, 4, 150, d, 6, 0.6);
        SplittableRandom random = new SplittableRandom(seed + 1);
        int extra = 80;
        int n = blobs.n() + extra;
        double[] x = new double[n * d];
        System.arraycopy(blobs.x(), 0, x, 0, blobs.x().length);
        for (int j = blobs.x().length; j < x.length; j++) {
            x[j] = random.nextDouble(-4, 16);
        }
        return new TestData.Points(x, n, d, null);
    }

    @Test
    void matchesScikitLearnSemanticsExactly() {
        for (int d : new int[] {2, 3, 8}) {
            TestData.Points points = blobsWithNoise(d, d);
            for (double eps : new double[] {0.5, 1.0, 2.0}) {
                for (int minPoints : new int[] {1, 2, 5, 12}) {
                    int[] expected = BruteForceDbscan.labels(points.x(), points.n(), d, eps, minPoints);
                    ClusteringLabels actual = fit(points.x(), points.n(), d, eps, minPoints);
                    assertArrayEquals(expected, actual.labels(), "d=" + d + " eps=" + eps + " minPoints=" + minPoints);
                    assertEquals(java.util.Arrays.stream(expected).max().getAsInt() + 1, actual.clusterCount());
                }
            }
        }
    }

    @Test
    void borderPointGoesToTheFirstClusterThatReachesIt() {
        // 1-D, eps 3, minPoints 4: point 6 is within eps of 3 and of 9 (both core) but has only 3 neighbours itself.
        double[] x = {0, 1, 2, 3, 6, 9, 10, 11, 12};
        ClusteringLabels labels = fit(x, x.length, 1, 3, 4);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1}, labels.labels());
        // Listed in the other order, the point still joins the cluster grown first (now the right-hand run).
        double[] reversed = {12, 11, 10, 9, 6, 3, 2, 1, 0};
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1}, fit(reversed, x.length, 1, 3, 4).labels());
    }

    @Test
    void countsNoiseAndTheCorePointItself() {
        double[] x = {0, 0.5, 10};
        ClusteringLabels pair = fit(x, 3, 1, 0.5, 2); // 0 and 0.5 each have 2 points within eps, themselves included
        assertArrayEquals(new int[] {0, 0, -1}, pair.labels());
        assertEquals(1, pair.noiseCount());
        assertEquals(1, pair.clusterCount());
        ClusteringLabels alone = fit(x, 3, 1, 0.5, 1); // every point is a core point of its own
        assertArrayEquals(new int[] {0, 0, 1}, alone.labels());
        assertEquals(0, alone.noiseCount());
    }

    @Test
    void agreesWithSmileWhoseMinPtsExcludesThePointItself() {
        TestData.Points blobs = TestData.blobs(21, 5, 120, 3, 8, 0.7);
        double[][] rows = blobs.rows();
        for (int minPoints : new int[] {4, 10}) {
            double eps = 1.0;
            ClusteringLabels ours = fit(blobs.x(), blobs.n(), blobs.d(), eps, minPoints);
            smile.clustering.DBSCAN<double[]> theirs = smile.clustering.DBSCAN.fit(rows, minPoints - 1, eps);
            int[] smileLabels = theirs.y.clone();
            for (int i = 0; i < smileLabels.length; i++) {
                if (smileLabels[i] == smile.clustering.PartitionClustering.OUTLIER) {
                    smileLabels[i] = ClusteringLabels.NOISE;
                }
            }
            assertEquals(theirs.k, ours.clusterCount());
            assertTrue(TestData.samePartition(smileLabels, ours.labels()), "minPoints " + minPoints);
            assertTrue(TestData.samePartition(blobs.truth(), ours.labels()) || ours.noiseCount() > 0);
        }
    }

    @Test
    void reportsProgressAndCanBeCancelled() {
        TestData.Points points = blobsWithNoise(3, 2);
        List<Long> done = new ArrayList<>();
        fit(points.x(), points.n(), 2, 1.0, 5);
        Dbscan.fit(points.x(), points.n(), 2, 1.0, 5, (stage, doneSoFar, total, message) -> {
            assertEquals(Dbscan.STAGE, stage);
            assertEquals(2L * points.n(), total);
            done.add(doneSoFar);
        }, CancellationToken.NEVER);
        assertEquals(2L * points.n(), done.get(done.size() - 1));

        CancellationSource source = new CancellationSource();
        source.cancel();
        assertThrows(CancelledException.class,
                () -> Dbscan.fit(points.x(), points.n(), 2, 1.0, 5, ProgressListener.NONE, source));
    }

    @Test
    void settingsAreChecked() {
        double[] x = {0, 1};
        assertEquals("eps must be a finite number > 0, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> fit(x, 2, 1, 0, 2)).getMessage());
        assertEquals("minPoints must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> fit(x, 2, 1, 0.5, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> fit(x, 3, 1, 0.5, 1));
    }
}
