package org.genrescope.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.KRangeSweep;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Reclustering;
import org.genrescope.analysis.Representation;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.embedding.Activation;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result kept as the last session and restored in a new pipeline is the same result, to the last digit, without
 * training; a change of data or settings trains again and is named.
 */
class SessionRestoreTest {
    @TempDir
    static Path dir;
    private static AnalysisConfig config;
    private static AnalysisResult trained;
    private static Session read;
    private static final AtomicInteger TRAININGS = new AtomicInteger();

    /** The shared worker, counting its trainings. */
    private static final AutoencoderTraining COUNTING = (x, n, d, c, progress, epochs, cancel) -> {
        TRAININGS.incrementAndGet();
        return IsolatedAutoencoderTrainer.shared().train(x, n, d, c, progress, epochs, cancel);
    };

    @BeforeAll
    static void trainKeepAndRead() throws Exception {
        config = Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.AUTOENCODER)
                .with("autoencoder.activation", Activation.TANH).with("autoencoder.output_activation", Activation.IDENTITY)
                .with("autoencoder.epochs", 10).with("autoencoder.learning_rate", 0.02).with("restarts", 3)
                .with("k", 5).with("projection", ProjectionMethod.TSNE);
        trained = new Pipeline(2, COUNTING).run(config, ProgressListener.NONE, CancellationToken.NEVER);
        Map<Integer, Clustering> sweep = new TreeMap<>();
        sweep.put(5, trained.clustering());
        sweep.put(4, Reclustering.withK(trained, 4, Reclustering.Quality.FULL, 2, ProgressListener.NONE,
                CancellationToken.NEVER).clustering());
        Path file = dir.resolve("last-session.genrescope");
        SessionFile.write(file, Session.of(trained, sweep, "test"));
        SessionFile.Read r = SessionFile.read(file);
        assertEquals("", r.note());
        read = r.session();
    }

    private static Pipeline restoringPipeline() {
        Pipeline p = new Pipeline(2, COUNTING);
        p.offer(read.stages());
        return p;
    }

    @Test
    void theRestoredResultIsTheSameToTheLastDigitWithoutTraining() throws Exception {
        int before = TRAININGS.get();
        AnalysisResult restored = restoringPipeline().run(config, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(before, TRAININGS.get(), "no training");
        assertTrue(restored.reusedStages().containsAll(List.of("represent", "project", Pipeline.RESTORED)),
                restored.reusedStages().toString());
        assertFalse(restored.reusedStages().contains("cluster"), "the clustering ran again");
        assertArrayEquals(trained.representation().values(), restored.representation().values(), "the same codes");
        assertArrayEquals(trained.clustering().labels(), restored.clustering().labels(), "the same labels");
        assertArrayEquals(trained.clustering().centroidsOrNull(), restored.clustering().centroidsOrNull());
        assertArrayEquals(trained.projection().xy(), restored.projection().xy(), "the same t-SNE layout");
        assertEquals(ResultSummary.of(trained), ResultSummary.of(restored), "every metric equal as a double");
        assertEquals(trained.featureSpace().silhouette(), restored.featureSpace().silhouette(), 0.0);
        assertEquals(trained.vsGenre().adjustedMutualInfo(), restored.vsGenre().adjustedMutualInfo(), 0.0);
        assertEquals(trained.autoencoder().reconstructionMse(), restored.autoencoder().reconstructionMse(), 0.0);
        assertArrayEquals(trained.autoencoder().lossPerEpoch(), restored.autoencoder().lossPerEpoch());
        assertEquals(trained.autoencoder().keptEpoch(), restored.autoencoder().keptEpoch());
        assertEquals(List.of(), read.summary().differences(ResultSummary.of(restored)));
    }

    @Test
    void withoutTheKeptClusteringKMeansRunsAgainAndFindsTheSameClusters() throws Exception {
        Pipeline p = new Pipeline(2, COUNTING);
        Pipeline.Saved s = read.stages();
        p.offer(new Pipeline.Saved(s.inputSha256(), s.config(), s.autoencoder(), null, s.projection(),
                s.projectionWarnings()));
        AnalysisResult again = p.run(config, ProgressListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(trained.clustering().labels(), again.clustering().labels(), "K-Means is deterministic");
        assertEquals(trained.clustering().inertiaOrNaN(), again.clustering().inertiaOrNaN(), 0.0);
        assertEquals(ResultSummary.of(trained), ResultSummary.of(again));
    }

    @Test
    void withPcaTheKeptClustersAreScoredOnTheRecomputedCodes() throws Exception {
        AnalysisConfig pca = config.with("representation", Representation.PCA).with("projection", ProjectionMethod.PCA);
        AnalysisResult first = new Pipeline(2, COUNTING).run(pca, ProgressListener.NONE, CancellationToken.NEVER);
        Pipeline p = new Pipeline(2, COUNTING);
        p.offer(Pipeline.Saved.of(first));
        AnalysisResult again = p.run(pca, ProgressListener.NONE, CancellationToken.NEVER);
        assertTrue(again.reusedStages().contains(Pipeline.RESTORED), again.reusedStages().toString());
        assertFalse(again.reusedStages().contains("represent"), "PCA is recomputed");
        assertArrayEquals(first.clustering().labels(), again.clustering().labels());
        assertEquals(ResultSummary.of(first), ResultSummary.of(again));
        AnalysisResult otherK = p.run(pca.with("k", 6), ProgressListener.NONE, CancellationToken.NEVER);
        assertFalse(otherK.reusedStages().contains(Pipeline.RESTORED), "another k clusters afresh");
        assertEquals(6, otherK.clustering().clusterCount());
    }

    @Test
    void theFileHoldsWhatWasShownInNumbers() {
        assertEquals(trained.input().sha256(), read.inputSha256());
        assertEquals(config, read.config().withInput(config.input()));
        assertEquals(trained.rows(), read.rows());
        assertEquals(5, read.summary().k());
        assertEquals(trained.clusteringSpace().daviesBouldin(),
                read.summary().metrics().get("clustered_space.davies_bouldin"), 0.0);
        assertEquals(trained.vsGenre().purity(), read.summary().metrics().get("vs_genre.purity"), 0.0);
        int total = read.summary().clusterSizes().stream().mapToInt(Integer::intValue).sum();
        assertEquals(trained.rows(), total);
    }

    @Test
    void aChangedLatentSizeTrainsAgainAndIsNamed() throws Exception {
        AnalysisConfig changed = config.with("latent", 4);
        int before = TRAININGS.get();
        AnalysisResult r = restoringPipeline().run(changed, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(before + 1, TRAININGS.get(), "trained");
        assertFalse(r.reusedStages().contains(Pipeline.RESTORED));
        assertEquals("settings changed: latent size 5 -> 4",
                RecomputeReason.of(read, changed, r.input().sha256()).orElseThrow());
    }

    @Test
    void aChangedProjectionKeepsTheModelAndProjectsAgain() throws Exception {
        int before = TRAININGS.get();
        AnalysisConfig pca = config.with("projection", ProjectionMethod.PCA);
        AnalysisResult r = restoringPipeline().run(pca, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(before, TRAININGS.get());
        assertTrue(r.reusedStages().contains("represent"));
        assertFalse(r.reusedStages().contains("project"));
        assertEquals("pca", r.projection().method());
        assertEquals("settings changed: projection tsne -> pca", RecomputeReason.of(read, pca, read.inputSha256())
                .orElseThrow());
    }

    @Test
    void otherDataIsNeverGivenTheKeptModel() throws Exception {
        Pipeline p = new Pipeline(2, COUNTING);
        String otherHash = "0".repeat(64);
        p.offer(new Pipeline.Saved(otherHash, read.config(), read.stages().autoencoder(), read.stages().clustering(),
                null, List.of()));
        int before = TRAININGS.get();
        p.run(config, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(before + 1, TRAININGS.get(), "the data's hash differs: trained");
        assertEquals("the data changed since last time", RecomputeReason.of(read, config, otherHash).orElseThrow());
        assertTrue(RecomputeReason.of(read, config.withInput(dir.resolve("other.csv")), otherHash).isEmpty(),
                "other data, at another place: nothing to explain");
    }

    @Test
    void theKeptSweepIsScoredNotClusteredAgain() {
        // a clustering K-Means would not give (one restart's), to see that the kept one is the one used
        Clustering oneRestart = Reclustering.withK(trained, 4, Reclustering.Quality.PREVIEW, 1, ProgressListener.NONE,
                CancellationToken.NEVER).clustering();
        Map<Integer, AnalysisResult> swept = new TreeMap<>();
        KRangeSweep.run(trained, 3, 4, 4, List.of(), Map.of(4, oneRestart, 3, read.sweep().get(4)), 1,
                swept::put, ProgressListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(oneRestart.labels(), swept.get(4).clustering().labels());
        AnalysisResult full4 = Reclustering.withK(trained, 4, Reclustering.Quality.FULL, 1, ProgressListener.NONE,
                CancellationToken.NEVER);
        AnalysisResult scored4 = Reclustering.withKnownClustering(trained, 4, read.sweep().get(4), 1,
                CancellationToken.NEVER);
        assertEquals(ResultSummary.of(full4), ResultSummary.of(scored4), "scoring the kept k = 4 gives its full result");
        assertEquals(3, swept.get(3).clustering().clusterCount(), "a kept clustering of another k is not used");
        assertArrayEquals(Reclustering.withK(trained, 3, Reclustering.Quality.FULL, 1, ProgressListener.NONE,
                CancellationToken.NEVER).clustering().labels(), swept.get(3).clustering().labels());
    }

    @Test
    void theSweepClustersTheKTheUserMovedToNext() {
        java.util.List<Integer> finished = new java.util.ArrayList<>();
        int[] wanted = {-1};
        KRangeSweep.run(trained, 2, 6, 2, () -> wanted[0], List.of(), Map.of(), 1, (k, r) -> {
            finished.add(k);
            wanted[0] = 6; // the slider went to 6 while k = 2 was clustered
        }, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(List.of(2, 6, 3, 4, 5), finished, "6 next, then the visiting order (2, 3, 4, 5, 6) without it");
    }

    @Test
    void theKeeperExplainsTheFirstResultAndHandsBackTheSweep() throws Exception {
        Path file = dir.resolve("keeper.genrescope");
        Pipeline first = new Pipeline(2, COUNTING);
        SessionKeeper writer = new SessionKeeper(file, first, "test");
        writer.save(trained, Map.of(5, trained.clustering()));
        writer.close(30);
        assertTrue(Files.size(file) > 0);

        Pipeline second = new Pipeline(2, COUNTING);
        SessionKeeper keeper = new SessionKeeper(file, second, "test");
        assertEquals("", keeper.read());
        keeper.opened();
        assertEquals("", keeper.whyTraining(config), "same data, same settings");
        assertEquals(" (settings changed: latent size 5 -> 6)", keeper.whyTraining(config.with("latent", 6)));
        AnalysisResult restored = second.run(config, ProgressListener.NONE, CancellationToken.NEVER);
        assertTrue(restored.reusedStages().contains(Pipeline.RESTORED));
        assertEquals("", keeper.explain(restored), "restored as saved: the status line itself says it was restored");
        assertEquals("", keeper.whyTraining(config.with("latent", 6)), "only the first result after opening is explained");
        assertEquals(List.of(5), new ArrayList<>(keeper.keptSweep(restored).keySet()));
        AnalysisResult otherRestarts = second.run(config.with("restarts", 4), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertTrue(keeper.keptSweep(otherRestarts).isEmpty(), "other restarts: the kept clusterings do not hold");
    }

    /**
     * A start with the k slider on a swept k other than the trained one (new user, session 15) is offered that k's
     * kept clustering, which the pipeline takes without clustering: the labels K-Means gives on the restored codes with
     * that k. A k never swept, or another setting of the clustering, is named as why it clusters again.
     */
    @Test
    void theSweepsClusteringServesItsKAndAChangedSettingOfTheClusteringIsNamed() throws Exception {
        Pipeline.Saved forK4 = read.stagesFor(config.with("k", 4));
        assertEquals(4, forK4.config().k());
        assertTrue(read.sweep().get(4) == forK4.clustering(), "the sweep's clustering of k = 4");
        assertTrue(read.stages() == read.stagesFor(config), "the trained k: the session's own stages");
        assertTrue(read.stages() == read.stagesFor(config.with("k", 6)), "a k not swept: the session's own stages");
        assertEquals(java.util.Optional.empty(), RecomputeReason.clustering(read, config.with("k", 4)));
        assertEquals(java.util.Optional.of("settings changed: k 5 -> 6"),
                RecomputeReason.clustering(read, config.with("k", 6)));
        assertEquals(java.util.Optional.of("settings changed: restarts 3 -> 4"),
                RecomputeReason.clustering(read, config.with("k", 4).with("restarts", 4)));

        Pipeline p = new Pipeline(2, COUNTING);
        p.offer(forK4);
        int before = TRAININGS.get();
        List<String> stages = new ArrayList<>();
        AnalysisResult restored = p.run(config.with("k", 4), (stage, done, total, message) -> stages.add(stage),
                CancellationToken.NEVER);
        assertEquals(before, TRAININGS.get(), "no training");
        assertTrue(restored.reusedStages().contains(Pipeline.RESTORED));
        assertFalse(stages.contains("kmeans"), "no K-Means restart: " + stages);
        // an independent computation: K-Means (deterministic for the seed) on the restored codes with k = 4
        AnalysisResult clustered = Reclustering.withK(restored, 4, Reclustering.Quality.FULL, 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(clustered.clustering().labels(), restored.clustering().labels());
    }
}
