package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.junit.jupiter.api.Test;

/** The work of a Train in each pace's units, worked out here by hand. */
class TrainingWorkTest {
    private static final List<String> ALL = List.of("load", "group", "scale", "represent", "cluster", "project");
    private static final AnalysisConfig SEED = Recipe.SEED.config(Path.of("tracks.csv"))
            .with("autoencoder.validation_split", 0.1);

    @Test
    void theSeedRecipesWorkIsStepsTimesLayersAndRowsTimesKTimesDimensionsTimesRestarts() {
        // 10,000 rows, 1,000 held out for validation: 9,000 / 256 = 35.2, so 36 steps an epoch; 100 epochs = 3,600
        // steps; 8-5-8 has 2 weight layers: 7,200. K-Means: 10,000 x k 8 x latent 5 x 100 restarts = 40,000,000.
        // The PCA plot of the code: 10,000 x 5 = 50,000.
        List<TrainingWork.Part> parts = TrainingWork.of(SEED, 10_000, 8, 100, ALL);
        // The epochs and restarts are the steps the progress measures; the rows carry each stage's rest
        assertEquals(List.of(new TrainingWork.Part("autoencoder", "represent", 7_200, 100, 10_000),
                new TrainingWork.Part("kmeans", "cluster", 40_000_000, 100, 10_000),
                new TrainingWork.Part("pca", "project", 50_000)), parts);
    }

    @Test
    void hiddenLayersBatchAndEpochsChangeTheAutoencodersWork() {
        // hidden 16,8: 8-16-8-5-8-16-8, 6 weight layers; batch 64: 9,000 / 64 = 140.6, 141 steps; 10 epochs: 1,410
        // steps; x 6 = 8,460
        AnalysisConfig c = SEED.with("autoencoder.hidden", List.of(16, 8)).with("autoencoder.batch", 64);
        assertEquals(8_460, TrainingWork.of(c, 10_000, 8, 10, List.of("represent")).get(0).units());
        // no validation: all 10,000 rows train, 40 steps at 256 (39.06 up), x 1 epoch x 2 layers = 80
        assertEquals(80, TrainingWork.of(SEED.with("autoencoder.validation_split", 0.0), 10_000, 8, 1,
                List.of("represent")).get(0).units());
    }

    @Test
    void theFeaturesAndPcaRepresentationsClusterInTheirOwnDimensions() {
        // the scaled features as the code: nothing to represent; K-Means in 12 dimensions: 1,000 x 4 x 12 x 10 = 480,000
        AnalysisConfig features = SEED.with("representation", Representation.FEATURES).with("k", 4)
                .with("restarts", 10);
        assertEquals(List.of(new TrainingWork.Part("kmeans", "cluster", 480_000, 10, 1_000)),
                TrainingWork.of(features, 1_000, 12, 100, List.of("represent", "cluster")));
        // PCA to latent 3 from 12 features: 1,000 x 12 x 3 = 36,000; K-Means in 3: 1,000 x 4 x 3 x 10 = 120,000
        AnalysisConfig pca = features.with("representation", Representation.PCA).with("latent", 3);
        assertEquals(List.of(new TrainingWork.Part("pca_code", "represent", 36_000),
                new TrainingWork.Part("kmeans", "cluster", 120_000, 10, 1_000)),
                TrainingWork.of(pca, 1_000, 12, 100, List.of("represent", "cluster")));
    }

    @Test
    void dbscanAndTheSlowProjectionsHaveTheirOwnPaces() {
        AnalysisConfig c = SEED.with("algorithm", ClusteringAlgorithm.DBSCAN).with("projection", ProjectionMethod.UMAP)
                .with("umap_neighbours", 20);
        // DBSCAN: 1,000,000 x 5 = 5,000,000; UMAP embeds at most 100,000 points: 100,000 x 20 = 2,000,000
        assertEquals(List.of(new TrainingWork.Part("dbscan", "cluster", 5_000_000),
                new TrainingWork.Part("umap", "project", 2_000_000)),
                TrainingWork.of(c, 1_000_000, 8, 100, List.of("cluster", "project")));
        // t-SNE on 50,000 points, all embedded, perplexity 30: 1,500,000
        assertEquals(List.of(new TrainingWork.Part("tsne", "project", 1_500_000)), TrainingWork.of(
                SEED.with("projection", ProjectionMethod.TSNE), 50_000, 8, 100, List.of("project")));
    }

    @Test
    void onlyTheStagesAskedForCount() {
        assertEquals(List.of(), TrainingWork.of(SEED, 10_000, 8, 100, List.of("load", "scale")));
        assertEquals(List.of(), TrainingWork.of(SEED.with("projection", ProjectionMethod.NONE), 10_000, 8, 100,
                List.of("project")));
    }

    @Test
    void theKSweepIsEveryOtherKOfTheRangeOnOneThreadFewer() {
        // the seed recipe (k 8, latent 5, 100 restarts) on 10,000 rows, k range 2..16: every k but 8, so
        // 2 + ... + 16 - 8 = 127; 10,000 x 127 x 5 x 100 = 635,000,000; on two threads the sweep has one: x 2;
        // 14 ks' metrics: 140,000 rows
        assertEquals(new TrainingWork.Part("kmeans", "sweep", 1_270_000_000, 0, 140_000),
                TrainingWork.sweep(SEED, 10_000, 8, 2, 16, 2));
        // four threads, the sweep three: x 4/3; a range past the rows stops at them (12 rows: 2 + ... + 12 - 8 = 69)
        assertEquals(new TrainingWork.Part("kmeans", "sweep", 12.0 * 69 * 5 * 100 * 4 / 3, 0, 12 * 10),
                TrainingWork.sweep(SEED, 12, 8, 2, 16, 4));
        // nothing to sweep: DBSCAN, or a range of the trained k alone
        assertEquals(null, TrainingWork.sweep(SEED.with("algorithm", ClusteringAlgorithm.DBSCAN), 10_000, 8, 2, 16, 2));
        assertEquals(null, TrainingWork.sweep(SEED, 10_000, 8, 8, 8, 2));
    }
}
