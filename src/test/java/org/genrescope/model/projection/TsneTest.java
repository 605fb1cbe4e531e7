package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.genrescope.model.clustering.TestData;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TsneTest {

    /*
     * scikit-learn 1.2.1 on the same 800 points (src/tools/tsne_reference.py): TSNE(perplexity=30, n_iter=1000,
     * method="barnes_hut", angle=0.5, init="pca", learning_rate="auto"), the same for random_state 0..4:
     * KL 0.9122, trustworthiness(k=10) 0.9744, kNN label agreement(k=10) 1.0000.
     */
    private static final double SKLEARN_KL = 0.9122;
    private static final double SKLEARN_TRUSTWORTHINESS = 0.9744;

    private static TestData.Points blobs;
    private static Projection2D layout;

    /** Five Gaussian blobs in 10-D, 160 points each, as src/tools/tsne_reference.py rebuilds them. */
    static TestData.Points referenceBlobs() {
        return TestData.blobs(7, 5, 160, 10, 6.0, 1.0);
    }

    @BeforeAll
    static void fitOnce() {
        blobs = referenceBlobs();
        layout = Tsne.fit(blobs.x(), blobs.n(), blobs.d(), TsneOptions.defaults(1, 2), ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void referenceDataMatchThePythonScript() {
        double sum = 0;
        for (double v : blobs.x()) {
            sum += v;
        }
        assertEquals(4657.785060797858, sum, 1e-9);
        assertEquals(6.988474332318735, blobs.x()[0], 1e-12);
    }

    @Test
    void klDivergenceIsCloseToScikitLearns() {
        assertEquals("tsne", layout.method());
        assertEquals(1000, layout.iterations());
        assertEquals(SKLEARN_KL, layout.klDivergence(), 0.1 * SKLEARN_KL, "KL " + layout.klDivergence());
    }

    @Test
    void layoutIsAsTrustworthyAsScikitLearns() {
        double trust = Trustworthiness.of(blobs.x(), blobs.n(), blobs.d(), layout.xy(), 10);
        assertTrue(trust >= SKLEARN_TRUSTWORTHINESS - 0.02, "trustworthiness " + trust);
    }

    @Test
    void blobsStayTogether() {
        double agreement = labelAgreement(layout.xy(), blobs.truth(), 10);
        assertTrue(agreement > 0.95, "kNN label agreement " + agreement);
        assertEquals(0, layout.approximatedCount());
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        TestData.Points small = TestData.blobs(11, 3, 100, 5, 4, 1);
        TsneOptions options = TsneOptions.defaults(5, 1).withIterations(300);
        Projection2D one = Tsne.fit(small.x(), small.n(), small.d(), options, ProgressListener.NONE,
                CancellationToken.NEVER);
        Projection2D three = Tsne.fit(small.x(), small.n(), small.d(), options.withThreads(3), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(one.xy(), three.xy());
        assertEquals(one.klDivergence(), three.klDivergence());
    }

    @Test
    void exactThetaAgreesWithBarnesHut() {
        TestData.Points small = TestData.blobs(13, 3, 60, 4, 5, 1);
        TsneOptions options = TsneOptions.defaults(2, 2).withPerplexity(10).withIterations(500);
        double exact = Tsne.fit(small.x(), small.n(), small.d(), options.withTheta(0), ProgressListener.NONE,
                CancellationToken.NEVER).klDivergence();
        double approximate = Tsne.fit(small.x(), small.n(), small.d(), options, ProgressListener.NONE,
                CancellationToken.NEVER).klDivergence();
        assertEquals(exact, approximate, 0.05 * exact);
    }

    @Test
    void reportsProgressEveryIterationAndStopsWhenCancelled() {
        TestData.Points small = TestData.blobs(3, 2, 50, 3, 4, 1);
        List<Long> done = new ArrayList<>();
        CancellationToken cancelAfterTen = () -> done.size() >= 10;
        ProgressListener listener = (stage, d, total, message) -> {
            if (stage.equals("tsne")) {
                assertEquals(1000, total);
                done.add(d);
            }
        };
        assertThrows(CancelledException.class, () -> Tsne.fit(small.x(), small.n(), small.d(),
                TsneOptions.defaults(1, 2).withPerplexity(10), listener, cancelAfterTen));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), done);
    }

    @Test
    void optionsNameTheirSetting() {
        TsneOptions defaults = TsneOptions.defaults(1, 2);
        assertEquals("--perplexity must be a positive number, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> defaults.withPerplexity(0)).getMessage());
        assertEquals("--iterations must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> defaults.withIterations(0)).getMessage());
        assertEquals("--theta must be between 0 and 1, got 1.5",
                assertThrows(IllegalArgumentException.class, () -> defaults.withTheta(1.5)).getMessage());
        assertEquals("--threads must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> defaults.withThreads(0)).getMessage());
        double[] x = new double[20 * 2];
        assertEquals("--perplexity must be below the number of points (20), got 30.0",
                assertThrows(IllegalArgumentException.class, () -> Tsne.fit(x, 20, 2, defaults,
                        ProgressListener.NONE, CancellationToken.NEVER)).getMessage());
        assertEquals(50, defaults.learningRateFor(800));
        assertEquals(12584 / 48.0, defaults.learningRateFor(12584));
        assertEquals(91, defaults.neighboursFor(12584));
    }

    /** Mean share of each point's k nearest layout neighbours that come from its own blob. */
    static double labelAgreement(double[] xy, int[] truth, int k) {
        int n = truth.length;
        long same = 0;
        double[] distance = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = xy[2 * i] - xy[2 * j];
                double dy = xy[2 * i + 1] - xy[2 * j + 1];
                distance[j] = j == i ? Double.POSITIVE_INFINITY : dx * dx + dy * dy;
                order[j] = j;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
            for (int m = 0; m < k; m++) {
                if (truth[order[m]] == truth[i]) {
                    same++;
                }
            }
        }
        return same / (double) (n * k);
    }
}
