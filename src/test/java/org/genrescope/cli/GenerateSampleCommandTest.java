package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate-sample's options: --tracks is required unless --full-release gives FMA's 106,574. */
class GenerateSampleCommandTest {

    @Test
    void withoutTracksOrFullReleaseItSaysWhichToGive(@TempDir Path out) {
        CommandRun run = CommandRun.of("generate-sample", "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.errorLine().contains("--tracks") && run.errorLine().contains("--full-release"),
                run.errorLine());
    }

    @Test
    void fullReleaseWritesFeaturesCsvAndEveryTracksColumn(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of("generate-sample", "--full-release", "--tracks", "40", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote 40 tracks"), run.out());
        assertTrue(Files.size(out.resolve("features.csv")) > 40 * 8_000, "518 statistics a row");
        String tracks = Files.readString(out.resolve("tracks.csv"));
        assertTrue(tracks.contains("Attribution") && tracks.contains(",training,") && tracks.contains("\n\n"),
                "the licence and split columns are filled, and texts hold line breaks");
    }
}
