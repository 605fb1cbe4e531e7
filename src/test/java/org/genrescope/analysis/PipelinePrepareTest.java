package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/** prepare reads the data through the run's own stage caches, and the pipeline trains with the trainer it was given. */
class PipelinePrepareTest {
    /** A trainer that must not be asked: the PCA runs here train nothing. */
    private static final AutoencoderTraining NO_TRAINING = (x, n, d, config, progress, epochs, cancel) -> {
        throw new AssertionError("no autoencoder should be trained");
    };

    private static AnalysisConfig config(Path input) {
        return Recipe.PLAIN.config(input).with("representation", Representation.PCA).with("latent", 4)
                .with("restarts", 1);
    }

    @Test
    void aRunAfterPrepareReadsNothingAgainAndGetsTheSameTracks() throws Exception {
        Pipeline pipeline = new Pipeline(2, NO_TRAINING);
        AnalysisConfig config = config(SharedData.sample());
        Pipeline.Prepared prepared = pipeline.prepare(config, ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisResult r = pipeline.run(config, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(List.of("load", "group", "scale"), r.reusedStages());
        assertSame(prepared.tracks(), r.tracks());
        assertSame(prepared.scaled(), r.scaled());
        assertEquals(prepared.genreNames(), r.genreNames());
        assertArrayEquals(prepared.genreCodes(), r.genreCodes());
        assertEquals(r.tracks().features().length, prepared.raw().rows() * prepared.raw().columns());
        assertSame(prepared.tracks(), pipeline.prepare(config, ProgressListener.NONE, CancellationToken.NEVER).tracks(),
                "a second prepare is served from the cache");
    }

    @Test
    void preparedGenreCodesCannotBeChangedFromOutside() throws Exception {
        Pipeline.Prepared p = new Pipeline(1, NO_TRAINING).prepare(config(SharedData.sample()), ProgressListener.NONE,
                CancellationToken.NEVER);
        int before = p.genreCodes()[0];
        p.genreCodes()[0] = before + 7;
        assertEquals(before, p.genreCodes()[0]);
    }

    @Test
    void aCancelledPrepareCachesNothing() throws Exception {
        Pipeline pipeline = new Pipeline(1, NO_TRAINING);
        assertThrows(CancelledException.class, () -> pipeline.prepare(config(SharedData.sample()), ProgressListener.NONE,
                () -> true));
        pipeline.cachedKeys().values().forEach(keys -> assertEquals(List.of(), keys));
    }

    @Test
    void theAutoencoderIsTrainedByTheInjectedTrainer() {
        AtomicInteger asked = new AtomicInteger();
        AutoencoderTraining refusing = new AutoencoderTraining() {
            @Override
            public org.genrescope.model.embedding.TrainedAutoencoder train(double[] x, int n, int d,
                    org.genrescope.model.embedding.AutoencoderConfig c, ProgressListener progress,
                    org.genrescope.model.embedding.EpochListener epochs, CancellationToken cancel) {
                asked.incrementAndGet();
                throw new IllegalStateException("the injected trainer");
            }
        };
        AnalysisConfig config = config(SharedData.sample()).with("representation", Representation.AUTOENCODER);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Pipeline(1, refusing)
                .run(config, ProgressListener.NONE, CancellationToken.NEVER));
        assertEquals("the injected trainer", e.getMessage());
        assertEquals(1, asked.get());
    }
}
