package org.genrescope.analysis;

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

    private static AnalysisConfig.Builder sample(Recipe recipe) {
        return recipe.defaults().input(SharedData.sample()).restarts(3).representation(Representation.FEATURES);
    }

    @Test
    void pcaRepresentationHasTheLatentSizeAndScoresInBothSpaces() throws Exception {
        AnalysisResult r = new Pipeline(2).run(sample(Recipe.PLAIN).representation(Representation.PCA).latent(3).k(5).build(),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(3, r.representation().columns());
        assertEquals(8, r.scaled().columns());
        assertEquals(5, r.clustering().clusterCount());
        assertTrue(r.clusteringSpace().daviesBouldin() != r.featureSpace().daviesBouldin(),
                "scores in the PCA space and in the feature space differ");
        assertEquals(2 * r.rows(), r.projection().xy().length);
        assertEquals(r.rows(), r.featureSpace().pointsScored());
    }

    private static AutoencoderSettings withEpochs(AutoencoderSettings s, int epochs) {
        return new AutoencoderSettings(s.hidden(), s.activation(), s.outputActivation(), epochs, s.batch(),
                s.learningRate(), s.validationSplit(), s.patience());
    }

    @Test
    void aLatentSizeAboveTheFeatureCountNamesTheSetting() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new Pipeline(2).run(
                sample(Recipe.SEED).representation(Representation.PCA).latent(9).build(), ProgressListener.NONE,
                CancellationToken.NEVER));
        assertEquals("--latent", e.setting());
    }

    @Test
    void moreClustersThanTracksNamesK() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new Pipeline(2).run(
                sample(Recipe.SEED).k(100_000).build(), ProgressListener.NONE, CancellationToken.NEVER));
        assertEquals("--k", e.setting());
    }

    @Test
    void dbscanNoiseIsLeftOutOfInternalMetricsButCountsAsAClusterAgainstGenres() throws Exception {
        AnalysisResult r = new Pipeline(2).run(sample(Recipe.SEED).algorithm(ClusteringAlgorithm.DBSCAN).eps(0.05)
                .minPoints(8).build(), ProgressListener.NONE, CancellationToken.NEVER);
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
        new Pipeline(2).run(sample(Recipe.SEED).representation(Representation.AUTOENCODER)
                .autoencoder(withEpochs(AutoencoderSettings.seedRecipe(), 3)).build(), (stage, done, total, message) -> {
            if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                stages.add(stage);
            }
        }, CancellationToken.NEVER);
        assertEquals(List.of("load", "group", "scale", "autoencoder", "kmeans", "metrics", "project"), stages);
    }

    @Test
    void aCancelledRunStops() {
        CancellationSource cancel = new CancellationSource();
        assertThrows(CancelledException.class, () -> new Pipeline(2).run(sample(Recipe.SEED).build(),
                (stage, done, total, message) -> {
                    if (stage.equals("kmeans")) {
                        cancel.cancel();
                    }
                }, cancel));
    }
}
