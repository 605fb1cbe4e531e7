package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, cancellation and the all-or-nothing file replacement. */
class GenerationLifecycleTest {
    @Test
    void reportsProgressPerChunkUpToTheTotal(@TempDir Path folder) throws IOException {
        int tracks = 3 * SampleGenerator.CHUNK_TRACKS + 5;
        List<long[]> reports = new ArrayList<>();
        SampleGenerator.generate(SampleOptions.compact(tracks, 1), folder,
                (stage, done, total, message) -> {
                    assertEquals(SampleGenerator.PROGRESS_STAGE, stage);
                    assertFalse(message.isBlank());
                    reports.add(new long[] {done, total});
                }, CancellationToken.NEVER);
        assertEquals(5, reports.size(), "start, three chunks, end");
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(tracks, reports.get(i)[1]);
            assertTrue(i == 0 || reports.get(i)[0] > reports.get(i - 1)[0]);
        }
        assertEquals(tracks, reports.get(reports.size() - 1)[0]);
    }

    @Test
    void cancellingLeavesTheFolderAsItWas(@TempDir Path folder) throws IOException {
        Path oldTracks = folder.resolve(SampleGenerator.TRACKS_FILE);
        Files.writeString(oldTracks, "old", StandardCharsets.UTF_8);
        CancellationSource cancel = new CancellationSource();
        assertThrows(CancelledException.class, () -> SampleGenerator.generate(
                new SampleOptions(10 * SampleGenerator.CHUNK_TRACKS, 1, true, false), folder,
                (stage, done, total, message) -> {
                    if (done > 0) {
                        cancel.cancel();
                    }
                }, cancel));
        assertEquals(List.of(oldTracks), filesIn(folder), "no temporary or partial files left");
        assertEquals("old", Files.readString(oldTracks, StandardCharsets.UTF_8));
    }

    @Test
    void failingMidwayRemovesTemporaryFiles(@TempDir Path folder) {
        RuntimeException failure = new IllegalStateException("listener broke");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> SampleGenerator.generate(
                SampleOptions.compact(2 * SampleGenerator.CHUNK_TRACKS, 1), folder,
                (stage, done, total, message) -> {
                    if (done > 0) {
                        throw failure;
                    }
                }, CancellationToken.NEVER));
        assertEquals(failure, thrown);
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void replacesOlderFilesAndCreatesMissingFolders(@TempDir Path root) throws IOException {
        Path folder = root.resolve("a").resolve("b");
        SampleGenerator.generate(10, 1, folder, false, false);
        byte[] first = Files.readAllBytes(folder.resolve(SampleGenerator.TRACKS_FILE));
        SampleGenerator.generate(20, 1, folder, false, false);
        byte[] second = Files.readAllBytes(folder.resolve(SampleGenerator.TRACKS_FILE));
        assertTrue(second.length > first.length);
        assertEquals(4, filesIn(folder).size(), "three files and the synthetic-data marker");
        SampleGenerator.generate(10, 1, folder, true, false);
        assertEquals(5, filesIn(folder).size());
        SampleGenerator.generate(10, 1, folder, false, false);
        assertEquals(4, filesIn(folder).size(), "a stale features.csv is removed");
    }

    @Test
    void rejectsNonsense(@TempDir Path folder) throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(0, 1, false, false));
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThrows(IOException.class, () -> SampleGenerator.generate(5, 1, file, false, false));
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
