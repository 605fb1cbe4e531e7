package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * {@link InternalMetrics#silhouettes}: several labelings scored together give each labeling's own silhouette, the
 * one {@link InternalMetrics#silhouette} gives alone, and scikit-learn's.
 */
class SharedSilhouetteTest {

    @Test
    void eachLabelingScoresAsItWouldAlone() {
        Random random = new Random(12);
        for (int d : new int[] {1, 3, 4, 8, 9}) {
            // more points than one row block and one column block, and a size that fills neither
            int n = 333 + 17 * d;
            double[] x = new double[n * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian() + (i / d % 5) * 0.7;
            }
            for (int i = d; i < 4 * d; i++) {
                x[i] = x[i - d]; // coincident points: distance 0 between them
            }
            List<int[]> labelings = new ArrayList<>();
            for (int k : new int[] {2, 3, 7, 20}) {
                int[] labels = new int[n];
                for (int i = 0; i < n; i++) {
                    labels[i] = random.nextInt(k) * 10 - 5; // any ints, not 0..k-1
                }
                labelings.add(labels);
            }
            int[] withSingletons = new int[n];
            for (int i = 0; i < n; i++) {
                withSingletons[i] = i < 3 ? 100 + i : i % 2; // three clusters of one point
            }
            labelings.add(withSingletons);

            double[] together = InternalMetrics.silhouettes(x, n, d, labelings, 2, ProgressListener.NONE,
                    CancellationToken.NEVER);
            assertEquals(labelings.size(), together.length);
            for (int l = 0; l < labelings.size(); l++) {
                double alone = InternalMetrics.silhouette(x, n, d, labelings.get(l), 1);
                assertEquals(alone, together[l], 1e-12 * Math.max(1e-3, Math.abs(alone)),
                        "labeling " + l + " in " + d + " dimensions");
            }
        }
    }

    /**
     * Small blocks, so that a labeling's clusters hold 0 to a few columns of a block (the kernel adds a cluster's
     * columns four at a time, then one at a time) and the last row and column blocks are partial: every point's
     * silhouette is still its own, as {@link InternalMetrics#silhouetteSamples} gives it one labeling at a time.
     */
    @Test
    void everyPointScoresAsAloneWhateverTheBlockSizes() {
        Random random = new Random(77);
        int n = 203;
        int d = 6;
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * (1 + i % 3);
        }
        List<LabelEncoding> encodings = new ArrayList<>();
        List<int[]> labelings = new ArrayList<>();
        for (int k : new int[] {2, 5, 13, 40}) {
            int[] labels = random.ints(n, 0, k).toArray();
            labelings.add(labels);
            encodings.add(LabelEncoding.of(labels));
        }
        for (int[] blocks : new int[][] {{8, 12}, {5, 3}, {64, 256}, {300, 7}}) {
            double[][] together = new SharedSilhouetteKernel(x, n, d, encodings, blocks[0], blocks[1]).samples(2,
                    ProgressListener.NONE, CancellationToken.NEVER);
            for (int l = 0; l < labelings.size(); l++) {
                double[] alone = InternalMetrics.silhouetteSamples(x, n, d, labelings.get(l), 1);
                for (int i = 0; i < n; i++) {
                    // a silhouette lies in [-1, 1] and is a difference over a maximum, so near 0 only an absolute
                    // bound means anything; sums of up to 203 terms in two orders differ by at most about
                    // 203 x 2^-52 = 4.5e-14 relative, and differ here by about 1e-15
                    assertEquals(alone[i], together[l][i], 1e-14,
                            "blocks " + blocks[0] + " x " + blocks[1] + ", labeling " + l + ", point " + i);
                }
            }
        }
    }

    @Test
    void sameBitsForAnyNumberOfThreads() {
        Random random = new Random(5);
        int n = 500;
        int d = 5;
        double[] x = random.doubles(n * d).toArray();
        List<int[]> labelings = List.of(random.ints(n, 0, 4).toArray(), random.ints(n, 0, 9).toArray());
        double[] one = InternalMetrics.silhouettes(x, n, d, labelings, 1, ProgressListener.NONE,
                CancellationToken.NEVER);
        double[] three = InternalMetrics.silhouettes(x, n, d, labelings, 3, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(one, three, 0.0);
    }

    /**
     * scikit-learn 1.2.1's silhouette_score of each reference case's points under its clustering, its classes and
     * the labels i % 3, computed with /usr/bin/python3 when this test was written:
     * {@code silhouette_score(X, df.label_pred)}, {@code (X, df.label_true)}, {@code (X, np.arange(n) % 3)}.
     */
    @Test
    void matchesScikitLearnForSeveralLabelingsOfTheSamePoints() throws IOException {
        check("blobs", 0.43725761735642343, 0.6420484453015317, -0.017640338409937017);
        check("overlap", 0.1310531920480336, 0.14432597908687939, -0.007451328953817743);
    }

    private static void check(String caseName, double pred, double truth, double modulo) throws IOException {
        ReferenceData.Case c = ReferenceData.readCase(caseName);
        int[] byIndex = new int[c.n()];
        for (int i = 0; i < byIndex.length; i++) {
            byIndex[i] = i % 3;
        }
        double[] got = InternalMetrics.silhouettes(c.x(), c.n(), c.d(), List.of(c.pred(), c.truth(), byIndex), 2,
                ProgressListener.NONE, CancellationToken.NEVER);
        double[] want = {pred, truth, modulo};
        for (int l = 0; l < want.length; l++) {
            assertEquals(want[l], got[l], 1e-9 * Math.abs(want[l]), caseName + " labeling " + l);
        }
    }

    @Test
    void aBadLabelingIsNamed() {
        double[] x = {0, 1, 2, 3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InternalMetrics.silhouettes(
                x, 4, 1, List.of(new int[] {0, 0, 1, 1}, new int[] {7, 7, 7, 7}), 1, ProgressListener.NONE,
                CancellationToken.NEVER));
        assertTrue(e.getMessage().startsWith("labeling 1: Number of labels is 1"), e.getMessage());
    }

    @Test
    void reportsProgressToTheEndAndStopsWhenCancelled() {
        Random random = new Random(9);
        int n = 1000;
        double[] x = random.doubles(n * 2).toArray();
        List<int[]> labelings = List.of(random.ints(n, 0, 3).toArray());
        List<Long> done = new ArrayList<>();
        InternalMetrics.silhouettes(x, n, 2, labelings, 1, (stage, d, total, message) -> done.add(d * 1000 / total),
                CancellationToken.NEVER);
        assertEquals(1000L, done.get(done.size() - 1));

        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class, () -> InternalMetrics.silhouettes(x, n, 2, labelings, 2,
                ProgressListener.NONE, () -> polls.incrementAndGet() > 3));
    }
}
