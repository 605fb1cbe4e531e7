package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each changed setting recomputes exactly the stages it invalidates. */
class PipelineCachingTest {
    private static final List<String> UP_TO_REPRESENT = List.of("load", "group", "scale", "represent");

    @TempDir
    Path dir;
    private Path input;
    private Pipeline pipeline;

    @BeforeEach
    void copySample() throws IOException {
        input = dir.resolve("fma");
        Files.createDirectories(input);
        for (String f : List.of("tracks.csv", "echonest.csv", "genres.csv")) {
            Files.copy(SharedData.sample().resolve(f), input.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        pipeline = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared());
    }

    private AnalysisConfig base() {
        return Recipe.PLAIN.config(input).with("representation", Representation.PCA).with("latent", 4).with("restarts", 2);
    }

    private AnalysisResult run(AnalysisConfig config) throws Exception {
        return pipeline.run(config, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void theFirstRunComputesEverythingAndTheSameSettingsRecomputeNothing() throws Exception {
        assertEquals(List.of(), run(base()).reusedStages());
        assertEquals(List.of("load", "group", "scale", "represent", "cluster", "project"), run(base()).reusedStages());
    }

    @Test
    void changingKReclustersButKeepsTheRepresentationAndTheProjection() throws Exception {
        AnalysisResult first = run(base().with("k", 4));
        AnalysisResult second = run(base().with("k", 6));
        assertEquals(List.of("load", "group", "scale", "represent", "project"), second.reusedStages());
        assertSame(first.representation(), second.representation());
        assertEquals(6, second.clustering().clusterCount());
        assertEquals(List.of("load", "group", "scale", "represent", "cluster", "project"), run(base().with("k", 4)).reusedStages(),
                "going back to k=4 finds it cached");
    }

    @Test
    void changingRestartsOrTheAlgorithmReclustersOnly() throws Exception {
        run(base());
        assertEquals(List.of("load", "group", "scale", "represent", "project"), run(base().with("restarts", 3)).reusedStages());
        assertEquals(List.of("load", "group", "scale", "represent", "project"),
                run(base().with("algorithm", ClusteringAlgorithm.DBSCAN).with("eps", 0.5)).reusedStages());
    }

    @Test
    void noProjectionAmongMoreCachedProjectionsThanTheFloorWeighsNothing() throws Exception {
        // Past the four most recent projections the cache weighs its entries; a run without a projection holds none
        // (the comparison's runs, CI at ff42fcc).
        run(base().with("projection", ProjectionMethod.NONE));
        for (int latent = 2; latent <= 6; latent++) {
            assertEquals(List.of("load", "group", "scale"), run(base().with("latent", latent)).reusedStages().subList(0, 3));
        }
        assertEquals(List.of("load", "group", "scale", "represent", "cluster", "project"),
                run(base().with("projection", ProjectionMethod.NONE)).reusedStages(), "still cached: it weighs nothing");
    }

    @Test
    void changingTheProjectionKeepsTheClustering() throws Exception {
        AnalysisResult first = run(base());
        AnalysisResult second = run(base().with("projection", ProjectionMethod.NONE));
        assertEquals(List.of("load", "group", "scale", "represent", "cluster"), second.reusedStages());
        assertSame(first.clustering(), second.clustering());
    }

    @Test
    void changingTheLatentSizeRebuildsTheRepresentationAndWhatFollows() throws Exception {
        run(base());
        assertEquals(List.of("load", "group", "scale"), run(base().with("latent", 3)).reusedStages());
    }

    @Test
    void changingScalingOrGroupingRecomputesFromThere() throws Exception {
        run(base());
        assertEquals(List.of("load", "group"), run(base().with("scaling", org.genrescope.features.Scaling.MINMAX)).reusedStages());
        assertEquals(List.of("load"), run(base().with("club_minor_genres", true)).reusedStages());
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        run(base());
        Path tracks = input.resolve("tracks.csv");
        Files.setLastModifiedTime(tracks, FileTime.fromMillis(Files.getLastModifiedTime(tracks).toMillis() + 5_000));
        assertEquals(List.of(), run(base()).reusedStages());
    }

    @Test
    void aCancelledRunLeavesTheCacheAsItWas() throws Exception {
        run(base().with("k", 4));
        CancellationSource cancel = new CancellationSource();
        assertThrows(CancelledException.class, () -> pipeline.run(base().with("k", 7), (stage, done, total, message) -> {
            if (stage.equals("kmeans")) {
                cancel.cancel();
            }
        }, cancel));
        assertEquals(List.of("load", "group", "scale", "represent", "cluster", "project"), run(base().with("k", 4)).reusedStages());
        assertEquals(UP_TO_REPRESENT.size() + 1, run(base().with("k", 7)).reusedStages().size(), "k=7 was never finished, so it is computed now");
    }

    @Test
    void dataOpenedAgainAfterOtherDataIsNotComputedAgain() throws Exception {
        run(base());
        for (int other = 1; other <= 3; other++) { // three other files opened in between, as from Open Recent
            Path copy = dir.resolve("other" + other);
            Files.createDirectories(copy);
            for (String f : List.of("tracks.csv", "echonest.csv", "genres.csv")) {
                Files.copy(input.resolve(f), copy.resolve(f));
            }
            assertEquals(List.of(), run(Recipe.PLAIN.config(copy).with("representation", Representation.PCA)
                    .with("latent", 4).with("restarts", 2)).reusedStages(), "other data: computed");
        }
        assertEquals(List.of("represent", "cluster", "project"), run(base()).reusedStages(),
                "read again (one data set's load is kept), the representation, clustering and projection kept");
    }
}
