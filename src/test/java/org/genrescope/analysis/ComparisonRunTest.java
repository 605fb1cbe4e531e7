package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.model.embedding.AutoencoderConfig;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The comparison on the bundled sample: what runs, in which order, and what one seed's model serves. */
class ComparisonRunTest {

    @Test
    void eachSeedTrainsOneAutoencoderForBothAlgorithmsAndEveryMethodRunsEverySeed() throws Exception {
        AtomicInteger trainings = new AtomicInteger();
        AutoencoderTraining counting = new AutoencoderTraining() {
            @Override
            public TrainedAutoencoder train(double[] x, int n, int d, AutoencoderConfig config,
                                            ProgressListener progress, EpochListener epochs, CancellationToken cancel) {
                trainings.incrementAndGet();
                return IsolatedAutoencoderTrainer.shared().train(x, n, d, config, progress, epochs, cancel);
            }
        };
        AnalysisConfig base = Recipe.SEED.config(SharedData.sample()).with("k", 4).with("restarts", 2)
                .with("autoencoder.epochs", 3);
        Comparison.Result r = Comparison.run(new Pipeline(2, counting), base, List.of(5L, 6L), ProgressListener.NONE,
                CancellationToken.NEVER);

        assertEquals(2, trainings.get(), "one training per seed, shared by K-Means and DBSCAN");
        assertEquals(8, r.runs().size());
        for (int i = 0; i < 8; i++) {
            Comparison.Run run = r.runs().get(i);
            assertEquals(i < 4 ? 5L : 6L, run.seed());
            assertEquals(ComparisonMethod.values()[i % 4], run.method());
            assertEquals(ComparisonMetrics.NAMES, List.copyOf(run.metrics().keySet()));
            if (!run.method().trainsAnAutoencoder()) {
                assertFalse(run.collapsed());
                assertFalse(run.metrics().get("reconstruction_mse").isDefined());
            }
        }
        for (int seed = 0; seed < 2; seed++) {
            Comparison.Run kmeans = r.runs().get(4 * seed);
            Comparison.Run dbscan = r.runs().get(4 * seed + 1);
            assertEquals(kmeans.metrics().get("reconstruction_mse"), dbscan.metrics().get("reconstruction_mse"),
                    "the same model");
            assertEquals(kmeans.collapsed(), dbscan.collapsed());
        }
        assertEquals(4, kmeansClusters(r));
        assertEquals(6, r.agreement().size());
        assertEquals(4, r.summary().size());
        assertEquals(2, r.summary().get(ComparisonMethod.PCA_KMEANS).get("common_silhouette").runs());
        assertTrue(r.ceiling().isDefined(), r.ceiling().undefinedReason());
        assertEquals(5L, r.ceiling().result().seed(), "the folds follow the first seed");
        assertEquals(r.tracks(), r.ceiling().result().tracks(), "every sample track has a genre");
    }

    private static int kmeansClusters(Comparison.Result r) {
        return (int) r.runs().get(2).metrics().get("clusters_non_empty").value();
    }
}
