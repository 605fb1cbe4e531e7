package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void pcaRepresentationHasTheLatentSizeAndScoresInBothSpaces() throws Exception {
        AnalysisResult r = new Pipeline(2).run(sample(Recipe.PLAIN).with("representation", Representation.PCA).with("latent", 3).with("k", 5),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(3, r.representation().columns());
        assertEquals(8, r.scaled().columns());
        assertEquals(5, r.clustering().clusterCount());
        assertTrue(r.clusteringSpace().daviesBouldin() != r.featureSpace().daviesBouldin(),
                "scores in the PCA space and in the feature space differ");
        assertEquals(2 * r.rows(), r.projection().xy().length);
        assertEquals(r.rows(), r.featureSpace().pointsScored());
    }

    @Test
    void aLatentSizeAboveTheFeatureCountNamesTheSetting() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new Pipeline(2).run(
                sample(Recipe.SEED).with("representation", Representation.PCA).with("latent", 9), ProgressListener.NONE,
                CancellationToken.NEVER));
        assertEquals("--latent", e.setting());
    }

    @Test
    void moreClustersThanTracksNamesK() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new Pipeline(2).run(
                sample(Recipe.SEED).with("k", 100_000), ProgressListener.NONE, CancellationToken.NEVER));
        assertEquals("--k", e.setting());
    }

    @Test
    void dbscanNoiseIsLeftOutOfInternalMetricsButCountsAsAClusterAgainstGenres() throws Exception {
        AnalysisResult r = new Pipeline(2).run(sample(Recipe.SEED).with("algorithm", ClusteringAlgorithm.DBSCAN).with("eps", 0.05)
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
        new Pipeline(2).run(sample(Recipe.SEED).with("representation", Representation.AUTOENCODER)
                .with("autoencoder.epochs", 3), (stage, done, total, message) -> {
            if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                stages.add(stage);
            }
        }, CancellationToken.NEVER);
        assertEquals(List.of("load", "group", "scale", "autoencoder", "kmeans", "metrics", "project"), stages);
    }

    @Test
    void aCancelledRunStops() {
        CancellationSource cancel = new CancellationSource();
        assertThrows(CancelledException.class, () -> new Pipeline(2).run(sample(Recipe.SEED),
                (stage, done, total, message) -> {
                    if (stage.equals("kmeans")) {
                        cancel.cancel();
                    }
                }, cancel));
    }
}
