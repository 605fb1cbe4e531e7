package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

class InternalMetricsTest {

    private static final double TIGHT = 1e-12;

    /** Two pairs on a line: {0, 1} and {10, 11}. */
    private static final double[] LINE = {0, 1, 10, 11};
    private static final int[] LINE_LABELS = {0, 0, 1, 1};

    @Test
    void silhouetteOfTwoPairsOnALine() {
        // Outer points: a = 1, b = 10.5; inner points: a = 1, b = 9.5.
        double expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
        assertEquals(expected, InternalMetrics.silhouette(LINE, 4, 1, LINE_LABELS, 1), TIGHT);
        assertArrayEquals(new double[] {9.5 / 10.5, 8.5 / 9.5, 8.5 / 9.5, 9.5 / 10.5},
                InternalMetrics.silhouetteSamples(LINE, 4, 1, LINE_LABELS, 2), TIGHT);
    }

    @Test
    void aPointAloneInItsClusterScoresZero() {
        double[] x = {0, 1, 5};
        // Point 0: a = 1, b = 5 -> 0.8; point 1: a = 1, b = 4 -> 0.75; point 2 is alone -> 0.
        assertArrayEquals(new double[] {0.8, 0.75, 0.0}, InternalMetrics.silhouetteSamples(x, 3, 1,
                new int[] {4, 4, -1}, 1), TIGHT);
        assertEquals(1.55 / 3, InternalMetrics.silhouette(x, 3, 1, new int[] {4, 4, -1}, 1), TIGHT);
    }

    @Test
    void coincidentPointsInDistinctClustersScoreZeroNotNaN() {
        double[] x = {1, 1, 1, 1, 1, 1};
        double[] samples = InternalMetrics.silhouetteSamples(x, 3, 2, new int[] {0, 0, 1}, 1);
        assertArrayEquals(new double[] {0, 0, 0}, samples);
    }

    @Test
    void daviesBouldinOfTwoPairsOnALine() {
        // Spreads 0.5 and 0.5, centroids 0.5 and 10.5: (0.5 + 0.5) / 10 for both clusters.
        assertEquals(0.1, InternalMetrics.daviesBouldin(LINE, 4, 1, LINE_LABELS), TIGHT);
    }

    @Test
    void calinskiHarabaszOfTwoPairsOnALine() {
        // Between 2 * 25 + 2 * 25 = 100, within 4 * 0.25 = 1, times (n - k) / (k - 1) = 2.
        assertEquals(200.0, InternalMetrics.calinskiHarabasz(LINE, 4, 1, LINE_LABELS), TIGHT);
    }

    @Test
    void clustersThatAreSinglePointsFollowScikitLearn() {
        double[] x = {0, 0, 0, 0, 3, 4, 3, 4};
        int[] labels = {1, 1, 2, 2};
        assertEquals(0.0, InternalMetrics.daviesBouldin(x, 4, 2, labels));
        assertEquals(1.0, InternalMetrics.calinskiHarabasz(x, 4, 2, labels));
        assertEquals(1.0, InternalMetrics.silhouette(x, 4, 2, labels, 1));
    }

    @Test
    void exactSilhouetteMatchesAStraightforwardImplementation() {
        Random random = new Random(17);
        for (int trial = 0; trial < 6; trial++) {
            int n = 200 + random.nextInt(700);
            int d = 1 + random.nextInt(9);
            int k = 2 + random.nextInt(6);
            double[] x = randomPoints(random, n, d, trial % 2 == 0); // even trials: many duplicate points
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(k) - 1;
            }
            labels[n - 1] = 99; // a singleton cluster
            double[] expected = naiveSilhouetteSamples(x, n, d, labels);
            assertArrayEquals(expected, InternalMetrics.silhouetteSamples(x, n, d, labels, 2), 1e-12,
                    "trial " + trial + ": n=" + n + ", d=" + d);
        }
    }

    @Test
    void silhouetteIsBitIdenticalForAnyThreadCount() {
        Random random = new Random(23);
        int n = 3000;
        int d = 5;
        double[] x = randomPoints(random, n, d, false);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(6);
        }
        double[] one = InternalMetrics.silhouetteSamples(x, n, d, labels, 1);
        double[] two = InternalMetrics.silhouetteSamples(x, n, d, labels, 2);
        double[] five = InternalMetrics.silhouetteSamples(x, n, d, labels, 5);
        assertTrue(Arrays.equals(one, two), "1 vs 2 threads");
        assertTrue(Arrays.equals(one, five), "1 vs 5 threads");
        assertEquals(Double.doubleToRawLongBits(InternalMetrics.silhouette(x, n, d, labels, 1)),
                Double.doubleToRawLongBits(InternalMetrics.silhouette(x, n, d, labels, 2)));
    }

    @Test
    void relabelingTheValuesDoesNotChangeAnyScore() {
        Random random = new Random(29);
        int n = 600;
        int d = 3;
        double[] x = randomPoints(random, n, d, false);
        int[] labels = new int[n];
        int[] relabeled = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(5);
            relabeled[i] = 40 - 9 * labels[i]; // reverses the order of the clusters
        }
        assertEquals(InternalMetrics.daviesBouldin(x, n, d, labels),
                InternalMetrics.daviesBouldin(x, n, d, relabeled), TIGHT);
        assertEquals(InternalMetrics.calinskiHarabasz(x, n, d, labels),
                InternalMetrics.calinskiHarabasz(x, n, d, relabeled), TIGHT * 1e3);
        assertEquals(InternalMetrics.silhouette(x, n, d, labels, 2),
                InternalMetrics.silhouette(x, n, d, relabeled, 2), TIGHT);
    }

    @Test
    void sampledSilhouetteIsExactUpToMaxPointsAndDeterministicAboveIt() {
        Random random = new Random(31);
        int n = 1500;
        int d = 4;
        double[] x = randomPoints(random, n, d, false);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(4);
        }
        Silhouette exact = InternalMetrics.sampledSilhouette(x, n, d, labels, 2, 7L);
        assertEquals(new Silhouette(InternalMetrics.silhouette(x, n, d, labels, 1), n, false), exact);

        Silhouette first = sampled(x, n, d, labels, 400, 7L);
        Silhouette again = sampled(x, n, d, labels, 400, 7L);
        Silhouette otherSeed = sampled(x, n, d, labels, 400, 8L);
        assertEquals(first, again);
        assertTrue(first.sampled());
        assertEquals(400, first.pointsScored());
        assertNotEquals(first.value(), otherSeed.value());
        // A sample of a quarter of the points lands near the exact value.
        assertEquals(exact.value(), first.value(), 0.05);
    }

    @Test
    void sampleIndicesAreDistinctAndSorted() {
        int[] chosen = InternalMetrics.samplePointIndices(1000, 300, 42);
        assertEquals(300, chosen.length);
        for (int i = 1; i < chosen.length; i++) {
            assertTrue(chosen[i - 1] < chosen[i], "strictly ascending, hence distinct");
        }
        assertTrue(chosen[0] >= 0 && chosen[299] < 1000);
        assertArrayEquals(chosen, InternalMetrics.samplePointIndices(1000, 300, 42));
    }

    @Test
    void degenerateLabelCountsAreRejectedLikeScikitLearn() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> InternalMetrics.silhouette(LINE, 4, 1, new int[] {3, 3, 3, 3}, 1));
        assertTrue(one.getMessage().startsWith("Number of labels is 1. Valid values are 2 to n_samples - 1"),
                one.getMessage());
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> InternalMetrics.daviesBouldin(LINE, 4, 1, new int[] {0, 1, 2, 3}));
        assertTrue(all.getMessage().startsWith("Number of labels is 4."), all.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> InternalMetrics.calinskiHarabasz(LINE, 4, 1, new int[] {0, 0, 0, 0}));
    }

    @Test
    void badShapesAndValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> InternalMetrics.silhouette(LINE, 2, 1, LINE_LABELS, 1));
        assertThrows(IllegalArgumentException.class, () -> InternalMetrics.daviesBouldin(LINE, 4, 1, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> InternalMetrics.silhouette(LINE, 4, 1, LINE_LABELS, 0));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> InternalMetrics.calinskiHarabasz(new double[] {0, Double.NaN, 2, 3}, 4, 1, LINE_LABELS));
        assertTrue(nan.getMessage().contains("point 1"), nan.getMessage());
    }

    @Test
    void silhouetteReportsProgressAndStopsWhenCancelled() {
        Random random = new Random(37);
        double[] x = randomPoints(random, 800, 2, false);
        int[] labels = new int[800];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        AtomicLong lastDone = new AtomicLong();
        AtomicLong lastTotal = new AtomicLong(-2);
        ProgressListener progress = (stage, done, total, message) -> {
            lastDone.accumulateAndGet(done, Math::max);
            lastTotal.set(total);
        };
        InternalMetrics.silhouette(x, 800, 2, labels, 2, progress, new CancellationSource());
        assertEquals(lastTotal.get(), lastDone.get(), "the last report says all work is done");

        CancellationSource cancelled = new CancellationSource();
        cancelled.cancel();
        assertThrows(CancelledException.class,
                () -> InternalMetrics.silhouette(x, 800, 2, labels, 2, ProgressListener.NONE, cancelled));
    }

    @Test
    void sampledSilhouetteUsesTheDefaultCapOfTwentyThousand() {
        assertEquals(20_000, InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS);
        assertFalse(InternalMetrics.sampledSilhouette(LINE, 4, 1, LINE_LABELS, 1, 1L).sampled());
    }

    private static Silhouette sampled(double[] x, int n, int d, int[] labels, int maxPoints, long seed) {
        return InternalMetrics.sampledSilhouette(x, n, d, labels, 2, maxPoints, seed, ProgressListener.NONE,
                new CancellationSource());
    }

    private static double[] randomPoints(Random random, int n, int d, boolean rounded) {
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            double v = random.nextGaussian() * 3 + (i % 7);
            x[i] = rounded ? Math.rint(v) : v;
        }
        return x;
    }

    /** sklearn's definition, written the obvious way. */
    private static double[] naiveSilhouetteSamples(double[] x, int n, int d, int[] labels) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Map<Integer, double[]> sumAndCount = new java.util.TreeMap<>();
            for (int j = 0; j < n; j++) {
                double squared = 0;
                for (int m = 0; m < d; m++) {
                    double diff = x[i * d + m] - x[j * d + m];
                    squared += diff * diff;
                }
                double[] acc = sumAndCount.computeIfAbsent(labels[j], key -> new double[2]);
                acc[0] += Math.sqrt(squared);
                acc[1]++;
            }
            double[] own = sumAndCount.get(labels[i]);
            if (own[1] == 1) {
                out[i] = 0;
                continue;
            }
            double a = own[0] / (own[1] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (java.util.Map.Entry<Integer, double[]> e : sumAndCount.entrySet()) {
                if (e.getKey() != labels[i]) {
                    b = Math.min(b, e.getValue()[0] / e.getValue()[1]);
                }
            }
            double s = (b - a) / Math.max(a, b);
            out[i] = Double.isNaN(s) ? 0 : s;
        }
        return out;
    }
}
