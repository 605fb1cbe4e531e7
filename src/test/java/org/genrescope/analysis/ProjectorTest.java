package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    /** The first {@code n} rows of the blobs. */
    private static FeatureMatrix first(int n) {
        return new FeatureMatrix(ids(n), IntStream.range(0, 4).mapToObj(f -> "z" + f).toList(),
                java.util.Arrays.copyOf(BLOBS.x(), n * 4));
    }

    @Test
    void aPerplexityNotBelowTheNumberOfPointsIsLoweredToOpenTsnesValueWithANote() {
        assertEquals(29 / 3.0, Projector.perplexityFor(30, 30), 0);
        assertEquals(30, Projector.perplexityFor(30, 31), 0, "below the points: as set");
        assertEquals(1, Projector.perplexityFor(30, 3), 0, "at least 1");
        FeatureMatrix small = first(30);
        AnalysisConfig asked = config(ProjectionMethod.TSNE, 4).with("perplexity", 30.0);
        Projector.Result result = Projector.project(asked, small, 2, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(List.of("t-SNE's perplexity 30 is not below the 30 points it embeds: it was lowered to 9.67, "
                + "the value openTSNE uses"), result.warnings());
        assertTrue(Projector.isNote(result.warnings().get(0)), "a note about the projection");
        Projector.Result lowered = Projector.project(asked.with("perplexity", 29 / 3.0), small, 2,
                ProgressListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(lowered.projection().xy(), result.projection().xy(), "the layout of the lowered value");
        assertEquals(List.of(), lowered.warnings());
    }

    @Test
    void umapNeighboursNotFewerThanThePointsAreLoweredAsUmapLearnDoes() {
        assertEquals(9, Projector.neighboursFor(15, 10));
        assertEquals(15, Projector.neighboursFor(15, 16));
        FeatureMatrix small = first(10);
        AnalysisConfig asked = config(ProjectionMethod.UMAP, 4).with("umap_neighbours", 15);
        Projector.Result result = Projector.project(asked, small, 2, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals("UMAP's neighbours (15) are not fewer than the 10 points it embeds: they were lowered to 9, as "
                + "umap-learn does", result.warnings().get(0));
        assertArrayEquals(Projector.project(asked.with("umap_neighbours", 9), small, 2, ProgressListener.NONE,
                CancellationToken.NEVER).projection().xy(), result.projection().xy());
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

    /** A forming layout of the embedded sample carries the sampled points' clusters, in the sample's order. */
    @Test
    void formingLayoutsOfASampleCarryTheSampledPointsClusters() {
        int n = BLOBS.n();
        org.genrescope.model.clustering.Clustering clusters = new org.genrescope.model.clustering.Clustering(
                BLOBS.truth(), 3, null, Double.NaN, 0);
        List<FormingLayout> heard = new java.util.ArrayList<>();
        double[] xy = new double[2 * 200];
        Projector.forming("t-SNE", clusters, n, 200, 4, heard::add).formed(xy, 7, 750);
        int[] sample = org.genrescope.model.projection.SampledProjection.seededSample(n, 200, 4);
        FormingLayout layout = heard.get(0);
        assertEquals(200, layout.size());
        assertEquals(n, layout.points());
        assertEquals(7, layout.iteration());
        for (int s = 0; s < 200; s++) {
            assertEquals(BLOBS.truth()[sample[s]], layout.cluster(s), "sampled point " + s);
        }
        Projector.forming("UMAP", clusters, n, n, 4, heard::add).formed(new double[2 * n], 1, 200);
        for (int i = 0; i < n; i++) {
            assertEquals(BLOBS.truth()[i], heard.get(1).cluster(i));
        }
        assertSame(org.genrescope.model.projection.LayoutListener.NONE, Projector.forming("UMAP", clusters, n, n, 4,
                FormingLayout.Listener.NONE), "no listener: the optimiser copies nothing");
    }

    /** The pipeline's result is the same with a forming-layout listener as without (the listener only copies). */
    @Test
    void theProjectionIsTheSameWithAFormingListener() {
        org.genrescope.model.clustering.Clustering clusters = new org.genrescope.model.clustering.Clustering(
                BLOBS.truth(), 3, null, Double.NaN, 0);
        for (ProjectionMethod method : List.of(ProjectionMethod.TSNE, ProjectionMethod.UMAP)) {
            Projection2D alone = Projector.project(config(method, 4), Z, 2, ProgressListener.NONE,
                    CancellationToken.NEVER).projection();
            Projection2D watched = Projector.project(config(method, 4), Z, clusters, 2, ProgressListener.NONE,
                    layout -> { }, CancellationToken.NEVER).projection();
            assertEquals(alone, watched, method.id());
        }
    }
}
