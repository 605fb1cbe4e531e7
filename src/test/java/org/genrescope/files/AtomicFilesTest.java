package org.genrescope.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replacesTheTargetWithTheCompleteContent(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        AtomicFiles.writeText(target, w -> w.write("new"));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), Files.list(dir).toList());
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
        assertEquals(List.of(target), Files.list(dir).toList());
    }
}
