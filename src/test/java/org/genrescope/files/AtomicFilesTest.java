package org.genrescope.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replacesTheTargetWithTheCompleteContent(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        AtomicFiles.writeText(target, w -> w.write("new"));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("assignments.csv");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    /** A crash between an unforced write and the rename can leave the new name on an empty file. */
    @Test
    void theContentIsForcedBeforeTheRenameAndTheFolderAfterIt(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        List<String> events = new ArrayList<>();
        AtomicFiles.Durability recording = new AtomicFiles.Durability() {
            @Override
            public void forceFile(FileChannel file) throws IOException {
                events.add("file " + file.size() + " bytes, target holds " + Files.readString(target));
            }

            @Override
            public void forceFolder(Path folder) throws IOException {
                events.add("folder " + dir.relativize(folder) + ", target holds " + Files.readString(target));
            }
        };
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch(recording)) {
            batch.create(target).write("fresh".getBytes(StandardCharsets.UTF_8));
            batch.commit();
        }
        assertEquals(List.of("file 5 bytes, target holds old", "folder , target holds fresh"), events);
    }

    @Test
    void aBatchReplacesAllItsTargetsAtCommitAndNoneBefore(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "old a");
        Path b = dir.resolve("b.csv");
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            OutputStream outA = batch.create(a);
            OutputStream outB = batch.create(b);
            outA.write('A');
            outB.write('B');
            outA.close();
            assertEquals("old a", Files.readString(a), "nothing is replaced before the commit");
            assertFalse(Files.exists(b));
            batch.commit();
        }
        assertEquals("A", Files.readString(a));
        assertEquals("B", Files.readString(b));
        assertEquals(List.of(a, b), filesIn(dir));
    }

    @Test
    void closingABatchWithoutCommitDeletesItsTemporariesAndKeepsTheTargets(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "old a");
        List<Path> temporaries;
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            batch.create(a).write("partial".getBytes(StandardCharsets.UTF_8));
            batch.create(dir.resolve("b.csv"));
            temporaries = batch.temporaries();
            assertEquals(2, temporaries.size());
            temporaries.forEach(t -> assertTrue(Files.exists(t)));
        }
        temporaries.forEach(t -> assertFalse(Files.exists(t)));
        assertEquals(List.of(a), filesIn(dir));
        assertEquals("old a", Files.readString(a));
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("no").resolve("x"), out -> { }));
    }

    @Test
    void theRealDiskCanForceAFolder(@TempDir Path dir) throws IOException {
        AtomicFiles.DISK.forceFolder(dir); // must not throw where folders can be opened (Linux)
        AtomicFiles.writeText(dir.resolve("x"), w -> w.write("x"));
        assertEquals("x", Files.readString(dir.resolve("x")));
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
