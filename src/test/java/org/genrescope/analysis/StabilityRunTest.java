package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * A study reruns only what a seed drives: with a PCA representation the data is loaded, grouped, scaled and reduced
 * once, and only K-Means runs per seed; each run's metrics and labels are those of a single run with its seed.
 */
class StabilityRunTest {

    @Test
    void onlyTheSeedsStagesRunAgainAndEachRunIsTheSingleRunOfItsSeed() throws Exception {
        AnalysisConfig config = Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA)
                .with("latent", 4).with("restarts", 2);
        Pipeline pipeline = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        StabilityRun.Outcome outcome = new StabilityRun(pipeline).run(config, List.of(3L, 1L, 2L),
                ProgressListener.NONE, CancellationToken.NEVER);
        Map<String, List<Object>> cached = pipeline.cachedKeys();
        for (String once : new String[] {"load", "group", "scale", "represent"}) {
            assertEquals(1, cached.get(once).size(), once + " ran once");
        }
        assertEquals(3, cached.get("cluster").size(), "one clustering per seed");
        assertEquals(1, cached.get("project").size(), "one empty projection (none), which no seed drives");
        assertEquals(List.of(3L, 1L, 2L), outcome.summary().runs().stream().map(StabilitySummary.Run::seed).toList());
        assertEquals(3L, outcome.summary().referenceSeed());

        AnalysisResult single = new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(config.with("seed", 1L)
                .with("projection", ProjectionMethod.NONE), ProgressListener.NONE, CancellationToken.NEVER);
        StabilitySummary.Run seed1 = outcome.summary().runs().get(1);
        assertArrayEquals(single.clustering().labels(), seed1.labels());
        assertEquals(StabilityRun.metrics(single), seed1.metrics());
        assertEquals(single.vsGenre().adjustedRand(), seed1.metrics().get("vs_genre.adjusted_rand"));
        assertEquals(14, seed1.metrics().size(), seed1.metrics().keySet().toString());
        assertTrue(seed1.metrics().keySet().stream().noneMatch(k -> k.contains("points") || k.contains("sampled")));
    }

    @Test
    void aNumberOfRoundingNoiseIsNoMetricOfTheRun() throws Exception {
        // 40 rows of 3 distinct points (the case k-above-distinct-points): Calinski-Harabasz of rounding noise
        java.nio.file.Path csv = java.nio.file.Path.of(getClass().getResource(
                "/cases/k-above-distinct-points/tracks.csv").toURI());
        AnalysisResult r = new Pipeline(1, IsolatedAutoencoderTrainer.shared()).run(Recipe.PLAIN.config(csv)
                        .with("representation", Representation.FEATURES).with("projection", ProjectionMethod.NONE)
                        .with("k", 3), ProgressListener.NONE, CancellationToken.NEVER);
        assertTrue(r.clusteringSpace().calinskiHarabaszMetric().meaningless());
        Map<String, Double> metrics = StabilityRun.metrics(r);
        assertTrue(metrics.containsKey("clustering_space.calinski_harabasz"));
        assertEquals(null, metrics.get("clustering_space.calinski_harabasz"), "empty, as an undefined one");
        assertEquals(1.0, metrics.get("clustering_space.silhouette"), 1e-12, "the other metrics stay");
    }

    @Test
    void repeatedOrMissingSeedsAreRefused() {
        StabilityRun run = new StabilityRun(new Pipeline(1, IsolatedAutoencoderTrainer.shared()));
        AnalysisConfig config = Recipe.PLAIN.config(SharedData.sample());
        assertThrows(IllegalArgumentException.class, () -> run.run(config, List.of(), ProgressListener.NONE,
                CancellationToken.NEVER));
        assertThrows(IllegalArgumentException.class, () -> run.run(config, List.of(1L, 1L), ProgressListener.NONE,
                CancellationToken.NEVER));
    }
}
