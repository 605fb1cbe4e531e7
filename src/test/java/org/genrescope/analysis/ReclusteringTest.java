package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

class ReclusteringTest {

    private static AnalysisConfig sample() {
        return Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA).with("latent", 4).with("restarts", 4);
    }

    @Test
    void aFullReclusteringEqualsAPipelineRunWithThatK() throws Exception {
        Pipeline pipeline = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared());
        AnalysisResult base = pipeline.run(sample().with("k", 4), ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisResult direct = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample().with("k", 6), ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisResult moved = Reclustering.withK(base, 6, Reclustering.Quality.FULL, 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(direct.clustering(), moved.clustering());
        assertEquals(direct.clusteringSpace(), moved.clusteringSpace());
        assertEquals(direct.vsGenre(), moved.vsGenre());
        assertSame(base.representation(), moved.representation());
        assertSame(base.projection(), moved.projection());
        assertEquals(6, moved.config().k());
    }

    @Test
    void anotherProjectionKeepsTheModelsCentresNotTheMembersMeans() throws Exception {
        Pipeline pipeline = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared());
        AnalysisResult full = pipeline.run(sample().with("k", 4), ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisResult other = pipeline.run(sample().with("k", 4).with("projection", ProjectionMethod.NONE),
                ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisResult reprojected = Reclustering.withProjectionOf(full, other);
        assertTrue(full.modelCentroids() != null, "the plain recipe's scaling can be inverted");
        org.junit.jupiter.api.Assertions.assertArrayEquals(full.modelCentroids(), reprojected.modelCentroids(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(full.centroids(), reprojected.centroids(), 0.0);
        assertTrue(!java.util.Arrays.equals(full.modelCentroids(), full.centroids()),
                "the model's centres differ from the members' means, so the test can tell them apart");
    }

    @Test
    void aPreviewUsesOneRestartAndSaysSo() throws Exception {
        AnalysisResult base = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(), ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisResult preview = Reclustering.withK(base, 5, Reclustering.Quality.PREVIEW, 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(1, preview.config().restarts());
        assertEquals(5, preview.clustering().clusterCount());
        assertTrue(preview.warnings().get(0).startsWith("preview:"), preview.warnings().toString());
    }

    @Test
    void aKAboveTheTrackCountNamesK() throws Exception {
        AnalysisResult base = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(sample(), ProgressListener.NONE, CancellationToken.NEVER);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Reclustering.withK(base,
                base.rows() + 1, Reclustering.Quality.PREVIEW, 2, ProgressListener.NONE, CancellationToken.NEVER));
        assertEquals("--k", e.setting());
    }
}
