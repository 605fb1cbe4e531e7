package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.genrescope.model.clustering.TestData;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** Our own UMAP against umap-learn 0.5.3's numbers (src/tools/umap_reference.py). */
class UmapEmbeddingTest {
    /* umap-learn 0.5.3's trustworthiness(k=10) over random_state 0..4 (ProjectionQualityTest's comment). */
    private static final double UMAP_LEARN_CONNECTED_MEAN = 0.9432;
    private static final double UMAP_LEARN_SEPARATED_MEAN = 0.9563;
    /* umap-learn 0.5.3's find_ab_params(1.0, 0.1) (src/tools/umap_reference.py). */
    private static final double UMAP_LEARN_A = 1.5769434601962196;
    private static final double UMAP_LEARN_B = 0.8950608779914887;
    /* Eight points in the plane, no tied distances (umap_reference.py's TINY). */
    private static final double[] TINY = {
        0.0, 0.0, 1.0, 0.1, 0.3, 1.2, 2.5, 0.4, 3.1, 1.7, 0.9, 2.9, 4.2, 0.2, 2.2, 2.6};
    /* umap-learn 0.5.3's fuzzy_simplicial_set(TINY, n_neighbors=4, Euclidean) as a dense matrix (float32 values). */
    private static final double[][] UMAP_LEARN_TINY_SET = {
        {0.0, 1.0, 0.9999999403953552, 0.21067924797534943, 0.0, 0.0, 0.0, 0.0},
        {1.0, 0.0, 0.9264272451400757, 0.8061360120773315, 0.0, 0.0, 0.0, 0.0},
        {0.9999999403953552, 0.9264272451400757, 0.0, 0.0, 0.0, 0.7171509861946106, 0.0, 0.0},
        {0.21067924797534943, 0.8061360120773315, 0.0, 0.0, 1.0, 0.0, 0.9999999403953552, 0.12569893896579742},
        {0.0, 0.0, 0.0, 1.0, 0.0, 0.34591910243034363, 0.8788290023803711, 1.0},
        {0.0, 0.0, 0.7171509861946106, 0.0, 0.34591910243034363, 0.0, 0.0, 1.0},
        {0.0, 0.0, 0.0, 0.9999999403953552, 0.8788290023803711, 0.0, 0.0, 0.16990284621715546},
        {0.0, 0.0, 0.0, 0.12569893896579742, 1.0, 1.0, 0.16990284621715546, 0.0},
    };

    @Test
    void curveMatchesUmapLearnsFindAbParams() {
        UmapCurve curve = UmapCurve.fit(1, 0.1);
        // SciPy's Levenberg-Marquardt stops on its own tolerances; both minimise the same sum of squares.
        assertEquals(UMAP_LEARN_A, curve.a(), 1e-4);
        assertEquals(UMAP_LEARN_B, curve.b(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> UmapCurve.fit(1, 2));
    }

    @Test
    void fuzzySetMatchesUmapLearnsOnATinyInput() {
        FuzzySimplicialSet set;
        try (ParallelLoop loop = new ParallelLoop(1)) {
            set = FuzzySimplicialSet.compute(TINY, 8, 2, 4, loop, CancellationToken.NEVER);
        }
        int nonZero = 0;
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                // umap-learn's bisection stops within 1e-5 of log2(k) and stores float32.
                assertEquals(UMAP_LEARN_TINY_SET[i][j], set.weight(i, j), 2e-5, "edge " + i + "-" + j);
                nonZero += UMAP_LEARN_TINY_SET[i][j] > 0 ? 1 : 0;
            }
        }
        assertEquals(nonZero, set.edges());
    }

    @Test
    void smoothKnnDistancesByHand() {
        // Distances 1, 2, 3 with k = 4: rho = 1, sigma solves 1 + exp(-1/s) + exp(-2/s) = log2(4) = 2, so
        // exp(-1/s) = (sqrt(5) - 1) / 2 (the golden ratio's inverse).
        double[] out = new double[3];
        FuzzySimplicialSet.memberships(new double[] {1, 2, 3}, 0, 3, 2, 2, out);
        double g = (Math.sqrt(5) - 1) / 2;
        assertEquals(1, out[0]);
        assertEquals(g, out[1], 1e-5);
        assertEquals(g * g, out[2], 1e-5);
    }

    @Test
    void sameLayoutForASeedWhateverTheThreadCount() {
        TestData.Points blobs = TestData.blobs(21, 4, 150, 10, 4.0, 1.0);
        UmapOptions options = UmapOptions.defaults(7).withEpochs(60);
        Projection2D one = UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(), options, 1, ProgressListener.NONE,
                CancellationToken.NEVER);
        Projection2D two = UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(), options, 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        Projection2D three = UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(), options, 3, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(one.xy(), two.xy());
        assertArrayEquals(one.xy(), three.xy());
        Projection2D otherSeed = UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(), options.withSeed(8), 2,
                ProgressListener.NONE, CancellationToken.NEVER);
        assertFalse(java.util.Arrays.equals(one.xy(), otherSeed.xy()));
        assertEquals(60, one.iterations());
        assertEquals(0, one.approximatedCount());
    }

    @Test
    void cancelAnswersWithinAnEpochAndBeforeTheNeighbourSearch() {
        TestData.Points blobs = TestData.blobs(21, 4, 150, 10, 4.0, 1.0);
        assertThrows(CancelledException.class, () -> UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(),
                UmapOptions.defaults(1), 2, ProgressListener.NONE, () -> true));
        AtomicInteger epochs = new AtomicInteger();
        List<String> stages = new ArrayList<>();
        ProgressListener progress = (stage, done, total, message) -> {
            stages.add(stage);
            if (stage.equals("umap")) {
                epochs.set((int) done);
            }
        };
        assertThrows(CancelledException.class, () -> UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(),
                UmapOptions.defaults(1), 2, progress, () -> epochs.get() >= 5));
        assertEquals(5, epochs.get());
        assertEquals("umap-neighbours", stages.get(0));
    }

    @Test
    void duplicatesAreDrawnOnTheirTwin() {
        TestData.Points blobs = TestData.blobs(21, 4, 150, 10, 4.0, 1.0);
        int n = blobs.n() + 50;
        double[] x = java.util.Arrays.copyOf(blobs.x(), n * blobs.d());
        System.arraycopy(blobs.x(), 0, x, blobs.n() * blobs.d(), 50 * blobs.d());
        Projection2D layout = UmapEmbedding.fit(x, n, blobs.d(), UmapOptions.defaults(1).withEpochs(30), 2,
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(blobs.n(), UmapEmbedding.distinctPoints(x, n, blobs.d()));
        for (int i = 0; i < 50; i++) {
            assertEquals(layout.x(i), layout.x(blobs.n() + i));
            assertEquals(layout.y(i), layout.y(blobs.n() + i));
        }
    }

    @Test
    void asTrustworthyAsUmapLearnOnConnectedBlobs() {
        TestData.Points blobs = TestData.blobs(21, 4, 150, 10, 4.0, 1.0);
        Projection2D ours = UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(), UmapOptions.defaults(1), 2,
                ProgressListener.NONE, CancellationToken.NEVER);
        double trust = Trustworthiness.of(blobs.x(), blobs.n(), blobs.d(), ours.xy(), 10);
        System.out.printf("connected blobs: ours %.4f, umap-learn mean %.4f%n", trust, UMAP_LEARN_CONNECTED_MEAN);
        assertTrue(Math.abs(trust - UMAP_LEARN_CONNECTED_MEAN) <= 0.02, "trustworthiness " + trust);
    }

    @Test
    void keepsSeparatedBlobsThatSmileLoses() {
        TestData.Points blobs = TsneTest.referenceBlobs();
        Projection2D ours = UmapEmbedding.fit(blobs.x(), blobs.n(), blobs.d(), UmapOptions.defaults(1), 2,
                ProgressListener.NONE, CancellationToken.NEVER);
        double trust = Trustworthiness.of(blobs.x(), blobs.n(), blobs.d(), ours.xy(), 10);
        System.out.printf("separated blobs: ours %.4f, umap-learn mean %.4f%n", trust, UMAP_LEARN_SEPARATED_MEAN);
        assertTrue(Math.abs(trust - UMAP_LEARN_SEPARATED_MEAN) <= 0.02, "trustworthiness " + trust);
        assertTrue(TsneTest.labelAgreement(ours.xy(), blobs.truth(), 10) > 0.95);
    }
}
