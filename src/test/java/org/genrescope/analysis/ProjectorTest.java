package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.TestData;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** The sampled mode past the size limit, reached at small sizes through the limits' parameters. */
class ProjectorTest {
    private static final TestData.Points BLOBS = TestData.blobs(3, 3, 100, 4, 6, 1);
    private static final FeatureMatrix Z = new FeatureMatrix(ids(BLOBS.n()),
            IntStream.range(0, 4).mapToObj(f -> "z" + f).toList(), BLOBS.x());

    private static long[] ids(int n) {
        return java.util.stream.LongStream.range(0, n).toArray();
    }

    private static AnalysisConfig config(ProjectionMethod method, long seed) {
        return Recipe.PLAIN.config(Path.of("data")).with("projection", method).with("seed", seed)
                .with("perplexity", 10.0);
    }

    @Test
    void tsnePastItsLimitEmbedsASeededSampleAndSaysSo() {
        Projector.Result result = Projector.project(config(ProjectionMethod.TSNE, 4), Z, 2, ProgressListener.NONE,
                CancellationToken.NEVER, 200, 200);
        assertEquals(List.of("t-SNE of a seeded sample of 200 points; the other 100 points placed by their 10 "
                + "nearest neighbours"), result.warnings());
        assertEquals(300, result.projection().size());
        assertEquals(100, result.projection().approximatedCount());
        assertTrue(result.warnings().stream().allMatch(Projector::isNote));
        Projector.Result again = Projector.project(config(ProjectionMethod.TSNE, 4), Z, 1, ProgressListener.NONE,
                CancellationToken.NEVER, 200, 200);
        assertEquals(result.projection(), again.projection());
        Projection2D otherSeed = Projector.project(config(ProjectionMethod.TSNE, 5), Z, 2, ProgressListener.NONE,
                CancellationToken.NEVER, 200, 200).projection();
        assertTrue(!java.util.Arrays.equals(result.projection().approximated(), otherSeed.approximated()));
    }

    @Test
    void umapPastItsLimitEmbedsASeededSampleAndSaysSo() {
        Projector.Result result = Projector.project(config(ProjectionMethod.UMAP, 4), Z, 2, ProgressListener.NONE,
                CancellationToken.NEVER, 1000, 150);
        assertEquals("UMAP of a seeded sample of 150 points; the other 150 points placed by their 10 nearest "
                + "neighbours", result.warnings().get(0));
        assertTrue(result.projection().approximatedCount() >= 150);
        assertEquals("umap", result.projection().method());
    }

    @Test
    void atOrBelowTheLimitEveryPointIsEmbedded() {
        Projector.Result result = Projector.project(config(ProjectionMethod.TSNE, 4), Z, 2, ProgressListener.NONE,
                CancellationToken.NEVER, 300, 300);
        assertEquals(Collections.emptyList(), result.warnings());
        assertEquals(0, result.projection().approximatedCount());
        assertArrayEquals(result.projection().xy(), Projector.project(config(ProjectionMethod.TSNE, 4), Z, 2,
                ProgressListener.NONE, CancellationToken.NEVER).projection().xy());
    }
}
