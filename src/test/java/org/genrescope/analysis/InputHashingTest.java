package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.genrescope.data.DataLoadException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input's SHA-256 is computed beside the load, and stopped when the load fails or is cancelled. */
class InputHashingTest {
    /** Holds the background work instead of running it, so a test can see what became of it. */
    private static final class HeldWork implements Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable work) {
            held.add(work);
        }

        Future<?> only() {
            assertEquals(1, held.size(), "one hashing per load");
            assertTrue(held.get(0) instanceof Future<?>, "the hashing can be stopped");
            return (Future<?>) held.get(0);
        }
    }

    @TempDir
    Path dir;

    private static AnalysisConfig config(Path input) {
        return Recipe.PLAIN.config(input).with("id_column", "track_id").with("label", "genre")
                .with("features", List.of("tempo", "energy")).with("representation", Representation.FEATURES)
                .with("projection", ProjectionMethod.NONE).with("restarts", 1).with("k", 2);
    }

    private Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("tracks.csv"), content);
    }

    private static String goodCsv() {
        StringBuilder csv = new StringBuilder("track_id,genre,tempo,energy\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i).append(',').append(i % 2 == 0 ? "Rock" : "Folk").append(',').append(60 + i).append(',')
                    .append((i * 7 % 10) / 10.0).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aLoadErrorStopsTheHashing() throws IOException {
        Path input = csv("track_id,genre,tempo\n1,Rock\n");
        HeldWork background = new HeldWork();
        assertThrows(DataLoadException.class, () -> new Pipeline(1, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared(), background).run(config(input),
                ProgressListener.NONE, CancellationToken.NEVER));
        assertTrue(background.only().isCancelled(), "the hashing runs on after the load failed");
    }

    @Test
    void aCancelledLoadStopsTheHashing() throws IOException {
        Path input = csv(goodCsv());
        HeldWork background = new HeldWork();
        CancellationSource cancel = new CancellationSource();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> new Pipeline(1, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared(), background).run(config(input),
                ProgressListener.NONE, cancel));
        assertTrue(background.only().isCancelled(), "the hashing runs on after the load was cancelled");
    }

    @Test
    void aHashingThatIsStoppedReadsNoFurther() throws IOException {
        Path input = csv(goodCsv());
        CancellationSource stop = new CancellationSource();
        stop.cancel();
        assertThrows(CancelledException.class, () -> InputFingerprint.sha256(input, stop));
    }

    @Test
    void aSuccessfulLoadReportsTheFilesSha256() throws Exception {
        Path input = csv(goodCsv());
        AnalysisResult r = new Pipeline(1, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared(), Runnable::run).run(config(input),
                ProgressListener.NONE, CancellationToken.NEVER);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input)));
        assertEquals(expected, r.input().sha256());
    }
}
