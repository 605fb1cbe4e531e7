package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackTable;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * A loaded table too large to keep beside the grouped one and the scaled matrix is not kept once grouped: the same
 * settings still read nothing again, and only a change of the grouping reads the files again.
 */
class LoadedTableKeptTest {
    /** PCA runs train nothing. */
    private static final AutoencoderTraining NO_TRAINING = (x, n, d, config, progress, epochs, cancel) -> {
        throw new AssertionError("no autoencoder should be trained");
    };

    private static AnalysisConfig config() {
        return Recipe.SEED.config(SharedData.sample()).with("representation", Representation.PCA).with("latent", 4)
                .with("restarts", 1);
    }

    private static AnalysisResult run(Pipeline pipeline, AnalysisConfig config) throws Exception {
        return pipeline.run(config, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void aLargeLoadedTableIsNotKeptButItsGroupingAndScalingAre() throws Exception {
        Pipeline pipeline = new Pipeline(1, NO_TRAINING, Runnable::run);
        pipeline.assumeMaxHeap(1024); // every table is more than an eighth of it
        AnalysisResult first = run(pipeline, config());
        assertEquals(List.of(), pipeline.cachedKeys().get("load"), "the loaded table was let go");
        assertEquals(1, pipeline.cachedKeys().get("group").size());

        AnalysisResult again = run(pipeline, config());
        assertEquals(List.of("load", "group", "scale", "represent", "cluster", "project"), again.reusedStages());
        assertSame(first.tracks(), again.tracks());
        assertEquals(first.input(), again.input(), "the input's hash and rows come with the grouping");
        assertSame(first.cleaning(), again.cleaning());

        AnalysisResult regrouped = run(pipeline, config().with("drop_genres", List.of("Rock")));
        assertFalse(regrouped.reusedStages().contains("load"), "the files were read again");
        assertNotSame(first.tracks(), regrouped.tracks());
    }

    @Test
    void aSmallLoadedTableIsKeptSoARegroupingReadsNothing() throws Exception {
        Pipeline pipeline = new Pipeline(1, NO_TRAINING, Runnable::run);
        pipeline.assumeMaxHeap(1L << 40);
        run(pipeline, config());
        assertEquals(1, pipeline.cachedKeys().get("load").size());
        AnalysisResult regrouped = run(pipeline, config().with("drop_genres", List.of("Rock")));
        assertEquals(List.of("load"), regrouped.reusedStages());
    }

    @Test
    void theRuleKeepsWhatSharesTheMatrixOrTakesAnEighthOfTheHeapAtMost() {
        CleaningReport report = new CleaningReport(2, 2, java.util.Map.of(), java.util.Map.of(), 0, java.util.Map.of());
        TrackTable loaded = new TrackTable("flat-csv", List.of("a", "b"), new long[] {1, 2}, new double[4],
                new String[] {"x", "y"}, new String[2], new String[2], new String[2], new int[2], report);
        TrackTable regrouped = loaded.keepRows(new boolean[] {true, true}, new String[] {"x", "x"});
        TrackTable filtered = loaded.keepRows(new boolean[] {true, false}, new String[] {"x", null});
        assertSame(loaded.features(), regrouped.features(), "a grouping that keeps every row shares the matrix");
        long bytes = 8L * 2 * 2;
        assertTrue(Pipeline.keepsLoaded(loaded, regrouped, 1), "shared: kept at any heap");
        assertTrue(Pipeline.keepsLoaded(loaded, filtered, 8 * bytes));
        assertFalse(Pipeline.keepsLoaded(loaded, filtered, 8 * bytes - 1));
    }
}
