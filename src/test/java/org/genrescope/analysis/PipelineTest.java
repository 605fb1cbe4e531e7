package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genrescope.features.Scaling;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static AnalysisConfig sample(Recipe recipe) {
        return recipe.config(SharedData.sample()).with("restarts", 3).with("representation", Representation.FEATURES);
    }

    /**
     * The study's metrics for one fixed run, checked against scikit-learn 1.2.1 on the same labels and scaled
     * features (the run's assignments.csv through src/tools/check_report_with_sklearn.py): the standard-scaled
     * 8 audio features of the bundled sample, K-Means with k 5, 3 restarts, seed 1986.
     */
    @Test
    void theMetricsOfAFixedRunAreScikitLearns() throws Exception {
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.PLAIN).with("k", 5).with("projection", ProjectionMethod.NONE),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(new int[] {582, 155, 595, 141, 527}, r.clustering().clusterSizes(), "the clusters themselves");
        assertEquals(15, r.genreNames().size());
        for (InternalScores scores : List.of(r.clusteringSpace(), r.featureSpace())) { // one space for FEATURES
            assertClose(1.7099422323467102, scores.daviesBouldin(), "Davies-Bouldin");
            assertClose(308.72838708101153, scores.calinskiHarabasz(), "Calinski-Harabasz");
            assertClose(0.15731749108449436, scores.silhouette(), "silhouette");
            assertEquals(2000, scores.pointsScored());
        }
        ExternalScores vs = r.vsGenre();
        assertClose(0.06304989690203731, vs.adjustedRand(), "ARI");
        assertClose(0.11988923146270787, vs.normalizedMutualInfo(), "NMI");
        assertClose(0.11217154665172034, vs.adjustedMutualInfo(), "AMI");
        assertClose(0.10502116332282369, vs.homogeneity(), "homogeneity");
        assertClose(0.1396613896898744, vs.completeness(), "completeness");
        assertClose(0.11988923146270786, vs.vMeasure(), "V-measure");
        assertClose(0.28027423977450056, vs.fowlkesMallows(), "Fowlkes-Mallows");
        assertClose(742.0 / 2000, vs.purity(), "purity"); // 0.371: each cluster's largest genre, summed
    }

    /** Relative 1e-9: scikit-learn sums in another order (its AMI differs from ours by 8e-14). */
    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.abs(expected), what);
    }

    @Test
    void pcaRepresentationHasTheLatentSizeAndScoresInBothSpaces() throws Exception {
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.PLAIN).with("representation", Representation.PCA).with("latent", 3).with("k", 5),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(3, r.representation().columns());
        assertEquals(8, r.scaled().columns());
        assertEquals(5, r.clustering().clusterCount());
        assertEquals(2 * r.rows(), r.projection().xy().length);
        assertEquals(r.rows(), r.featureSpace().pointsScored());
    }

    /**
     * A PCA that keeps every component only centres and rotates the data, which changes no distance: the
     * clustered space and the feature space must score the same labels alike. Scoring the wrong matrix in either
     * space breaks this.
     */
    @Test
    void aFullRankPcaKeepsEveryDistanceSoBothSpacesScoreAlike() throws Exception {
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.PLAIN).with("representation", Representation.PCA).with("latent", 8).with("k", 5)
                .with("projection", ProjectionMethod.NONE), ProgressListener.NONE, CancellationToken.NEVER);
        assertClose(r.featureSpace().daviesBouldin(), r.clusteringSpace().daviesBouldin(), "Davies-Bouldin");
        assertClose(r.featureSpace().calinskiHarabasz(), r.clusteringSpace().calinskiHarabasz(), "Calinski-Harabasz");
        assertClose(r.featureSpace().silhouette(), r.clusteringSpace().silhouette(), "silhouette");
    }

    /** ADR 0008: a cancelled run must not store the stages it finished, nor change which entry is evicted next. */
    @Test
    void aCancelledRunLeavesTheStageCacheExactlyAsItWas() throws Exception {
        Pipeline pipeline = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared());
        AnalysisConfig base = sample(Recipe.PLAIN).with("representation", Representation.PCA).with("latent", 4).with("k", 4)
                .with("projection", ProjectionMethod.NONE);
        pipeline.run(base, ProgressListener.NONE, CancellationToken.NEVER);
        pipeline.run(base.with("k", 6), ProgressListener.NONE, CancellationToken.NEVER);
        Map<String, List<Object>> before = pipeline.cachedKeys();
        assertEquals(2, before.get("cluster").size());

        // Another scaling, so that load and group are re-used, scale and represent are computed, and
        // clustering is cancelled.
        CancellationSource cancel = new CancellationSource();
        AnalysisConfig changed = base.with("k", 4).with("scaling", Scaling.MINMAX);
        assertThrows(CancelledException.class, () -> pipeline.run(changed, (stage, done, total, message) -> {
            if (stage.equals("kmeans")) {
                cancel.cancel();
            }
        }, cancel));
        assertEquals(before, pipeline.cachedKeys());

        AnalysisResult again = pipeline.run(base.with("k", 6).with("scaling", Scaling.STANDARD), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(List.of("load", "group", "scale", "represent", "cluster", "project"), again.reusedStages());
    }

    @Test
    void aResultCannotBeChangedThroughTheArraysItHandsOut() throws Exception {
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.PLAIN).with("k", 3).with("projection", ProjectionMethod.NONE),
                ProgressListener.NONE, CancellationToken.NEVER);
        int firstGenre = r.genreCode(0);
        double firstCentre = r.modelCentroids()[0];
        r.genreCodes()[0] = 99;
        r.modelCentroids()[0] = 1e9;
        r.scaled().values()[0] = 1e9;
        double scaled = r.scaled().get(0, 0);
        assertEquals(firstGenre, r.genreCodes()[0]);
        assertEquals(firstGenre, r.genreCode(0));
        assertEquals(firstCentre, r.modelCentroids()[0]);
        assertEquals(scaled, r.scaled().values()[0]);
        assertTrue(scaled < 1e9);
    }

    @Test
    void aLatentSizeAboveTheFeatureCountNamesTheSetting() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(
                sample(Recipe.SEED).with("representation", Representation.PCA).with("latent", 9), ProgressListener.NONE,
                CancellationToken.NEVER));
        assertEquals("--latent", e.setting());
    }

    @Test
    void moreClustersThanTracksNamesK() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(
                sample(Recipe.SEED).with("k", 100_000), ProgressListener.NONE, CancellationToken.NEVER));
        assertEquals("--k", e.setting());
    }

    @Test
    void dbscanNoiseIsLeftOutOfInternalMetricsButCountsAsAClusterAgainstGenres() throws Exception {
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.SEED).with("algorithm", ClusteringAlgorithm.DBSCAN).with("eps", 0.05)
                .with("min_points", 8), ProgressListener.NONE, CancellationToken.NEVER);
        int noise = r.clustering().noiseCount();
        assertTrue(noise > 0, "this eps leaves some noise");
        assertEquals(r.rows() - noise, r.clusteringSpace().pointsScored());
        int total = 0;
        for (int[] row : r.contingency().toArray()) {
            for (int c : row) {
                total += c;
            }
        }
        assertEquals(r.rows(), total, "noise points are in the contingency table");
        assertNull(r.clustering().centroidsOrNull());
    }

    @Test
    void reportsProgressForEveryStageInOrder() throws Exception {
        List<String> stages = new ArrayList<>();
        new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.SEED).with("representation", Representation.AUTOENCODER)
                .with("autoencoder.epochs", 3), (stage, done, total, message) -> {
            if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                stages.add(stage);
            }
        }, CancellationToken.NEVER);
        // "natives" only where this run is the first to unpack the native libraries into the cache (a new machine,
        // or this test alone on a clean build): passed in any other order, this test failed on a fresh target/
        int natives = stages.indexOf(org.genrescope.model.natives.NativeLibraries.STAGE);
        if (natives >= 0) {
            assertTrue(natives < stages.indexOf("autoencoder"), "the native libraries unpacked before they are used: "
                    + stages);
            stages.remove(natives);
        }
        assertEquals(List.of("load", "group", "scale", "autoencoder", "kmeans", "metrics", "project"), stages);
    }

    @Test
    void aCancelledRunStops() {
        CancellationSource cancel = new CancellationSource();
        assertThrows(CancelledException.class, () -> new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(Recipe.SEED),
                (stage, done, total, message) -> {
                    if (stage.equals("kmeans")) {
                        cancel.cancel();
                    }
                }, cancel));
    }
}
