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
import org.junit.jupiter.api.Test;

/** t-SNE with the interpolated gradient against Barnes-Hut, the exact KL divergence and scikit-learn's figures. */
class TsneInterpolationTest {

    @Test
    void reachesBarnesHutsKlDivergenceOnTheReferenceBlobs() {
        TestData.Points blobs = TsneTest.referenceBlobs();
        TsneOptions barnesHut = TsneOptions.defaults(1, 2);
        Projection2D bh = Tsne.fit(blobs.x(), blobs.n(), blobs.d(), barnesHut, ProgressListener.NONE,
                CancellationToken.NEVER);
        Projection2D interpolated = Tsne.fit(blobs.x(), blobs.n(), blobs.d(),
                barnesHut.withGradient(TsneOptions.Gradient.INTERPOLATION), ProgressListener.NONE,
                CancellationToken.NEVER);
        // Both layouts scored alike: exact Z over all pairs. Within 5 % of each other; scikit-learn's 0.9122
        // (TsneTest) within 10 %.
        double klBh = ExactKl.of(blobs.x(), blobs.n(), blobs.d(), barnesHut, bh.xy());
        double klInterpolated = ExactKl.of(blobs.x(), blobs.n(), blobs.d(), barnesHut, interpolated.xy());
        assertEquals(klBh, klInterpolated, 0.05 * klBh, "exact KL, Barnes-Hut " + klBh);
        assertEquals(0.9122, klInterpolated, 0.1 * 0.9122);
        // The KL the fit reports (with the interpolated Z) is the exact one up to the interpolation's error.
        assertEquals(klInterpolated, interpolated.klDivergence(), 0.01 * klInterpolated);
        double trust = Trustworthiness.of(blobs.x(), blobs.n(), blobs.d(), interpolated.xy(), 10);
        assertTrue(trust >= 0.9744 - 0.02, "trustworthiness " + trust);
        assertTrue(TsneTest.labelAgreement(interpolated.xy(), blobs.truth(), 10) > 0.95);
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        TestData.Points small = TestData.blobs(11, 3, 100, 5, 4, 1);
        TsneOptions options = TsneOptions.defaults(5, 1).withIterations(300)
                .withGradient(TsneOptions.Gradient.INTERPOLATION);
        Projection2D one = Tsne.fit(small.x(), small.n(), small.d(), options, ProgressListener.NONE,
                CancellationToken.NEVER);
        Projection2D two = Tsne.fit(small.x(), small.n(), small.d(), options.withThreads(2), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(one.xy(), two.xy());
        assertEquals(one.klDivergence(), two.klDivergence());
    }

    @Test
    void reportsEveryIterationAndStopsWithinOneWhenCancelled() {
        TestData.Points small = TestData.blobs(3, 2, 50, 3, 4, 1);
        List<Long> done = new ArrayList<>();
        CancellationToken cancelAfterTen = () -> done.size() >= 10;
        ProgressListener listener = (stage, d, total, message) -> {
            if (stage.equals("tsne")) {
                done.add(d);
            }
        };
        assertThrows(CancelledException.class, () -> Tsne.fit(small.x(), small.n(), small.d(),
                TsneOptions.defaults(1, 2).withPerplexity(10).withGradient(TsneOptions.Gradient.INTERPOLATION),
                listener, cancelAfterTen));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), done);
    }

    @Test
    void cancelDuringTheNeighbourSearchStopsBeforeAnyIteration() {
        TestData.Points points = TestData.blobs(4, 3, 400, 4, 4, 1);
        List<String> stages = new ArrayList<>();
        assertThrows(CancelledException.class, () -> Tsne.fit(points.x(), points.n(), points.d(),
                TsneOptions.defaults(1, 2), (stage, d, total, message) -> stages.add(stage), () -> true));
        assertEquals(List.of(), stages);
    }

    @Test
    void largeDataGetOpenTsnesDefaults() {
        TsneOptions small = TsneOptions.forSize(TsneOptions.INTERPOLATION_FROM - 1, 1, 2);
        TsneOptions large = TsneOptions.forSize(TsneOptions.INTERPOLATION_FROM, 1, 2);
        assertEquals(TsneOptions.defaults(1, 2), small);
        assertEquals(TsneOptions.Gradient.INTERPOLATION, large.gradient());
        assertEquals(750, large.iterations());
        assertEquals(250, large.exaggerationIterations());
        assertEquals(12, large.earlyExaggeration());
        assertEquals(30, large.perplexity());
        assertEquals(TsneOptions.Initialisation.PCA, large.initialisation());
        // openTSNE's n / 12 without the gradient's factor 4.
        assertEquals(100_000 / 48.0, large.learningRateFor(100_000));
    }
}
