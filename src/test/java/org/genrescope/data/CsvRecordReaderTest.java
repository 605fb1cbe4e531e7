package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {

    @TempDir
    Path dir;

    private CsvRecordReader open(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), content);
        return CsvRecordReader.open(file, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /** "line: field|field" per record. */
    private static List<String> records(CsvRecordReader reader) throws DataLoadException {
        List<String> records = new ArrayList<>();
        while (reader.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < reader.fieldCount(); i++) {
                fields.add(reader.field(i));
            }
            records.add(reader.line() + ": " + String.join("|", fields));
        }
        return records;
    }

    @Test
    void recordsCarryThePhysicalLineTheyStartOn() throws Exception {
        try (CsvRecordReader reader = open("a,b\n\"x\ny\",1\n\n  \n\"q \"\"w\"\", e\",2\nlast,3")) {
            assertEquals(List.of("1: a|b", "2: x\ny|1", "6: q \"w\", e|2", "7: last|3"), records(reader));
        }
    }

    @Test
    void aFieldAfterMultiLineFieldsIsPlacedOnItsOwnLine() throws Exception {
        try (CsvRecordReader reader = open("a,b,c\n\"x\ny\",\"p\r\nq\rr\",bad\n")) {
            reader.next();
            reader.beginData(List.of("a", "b", "c"));
            assertTrue(reader.next());
            assertEquals(2, reader.line());
            assertEquals(2, reader.lineOf(0));
            assertEquals(3, reader.lineOf(1));
            assertEquals(5, reader.lineOf(2));
            assertEquals(5, reader.problem(2, "bad").line());
        }
    }

    @Test
    void windowsLineEndingsCountAsOneLineEach() throws Exception {
        try (CsvRecordReader reader = open("a,b\r\n\"x\r\ny\",1\r\nz,2\r\n")) {
            assertEquals(List.of("1: a|b", "2: x\ny|1", "4: z|2"), records(reader));
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstName() throws Exception {
        try (CsvRecordReader reader = open("\uFEFFtrack_id,x\n1,2\n")) {
            assertTrue(reader.next());
            assertEquals("track_id", reader.field(0));
        }
    }

    @Test
    void emptyQuotedAndUnquotedFieldsAreEmptyText() throws Exception {
        try (CsvRecordReader reader = open("a,\"\",,\"\"\"\"\n")) {
            assertEquals(List.of("1: a|||\""), records(reader));
        }
    }

    @Test
    void aFieldCountDifferentFromTheHeaderIsAnError() throws Exception {
        try (CsvRecordReader reader = open("a,b\n1,2\n3\n")) {
            assertTrue(reader.next());
            reader.beginData(List.of("a", "b"));
            assertTrue(reader.next());
            DataLoadException error = assertThrows(DataLoadException.class, reader::next);
            assertEquals(3, error.line());
            assertTrue(error.getMessage().endsWith("line 3: the row has 1 field but the header has 2."));
        }
    }

    @Test
    void aQuoteThatNeverClosesIsReportedWhereItOpens() throws Exception {
        try (CsvRecordReader reader = open("a,b\n1,2\n3,\"open\n4,5\n6,7\n")) {
            reader.next();
            reader.beginData(List.of("a", "b"));
            assertTrue(reader.next());
            DataLoadException error = assertThrows(DataLoadException.class, reader::next);
            assertEquals(3, error.line());
            assertEquals("b", error.column().orElseThrow());
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsText() throws Exception {
        try (CsvRecordReader reader = open("a,5\" disk\n")) {
            assertEquals(List.of("1: a|5\" disk"), records(reader));
        }
    }

    @Test
    void progressCountsBytesOfDataRowsAndEndsAtTheFilesSize() throws Exception {
        List<String> messages = new ArrayList<>();
        Path file = Files.writeString(dir.resolve("p.csv"), "h\n" + "1\n".repeat(12_000));
        try (CsvRecordReader reader = CsvRecordReader.open(file, (stage, done, total, message) -> messages.add(
                stage + " " + done + " " + total + " " + message), CancellationToken.NEVER)) {
            reader.next();
            assertEquals(List.of(), messages, "header rows report nothing");
            reader.beginData(List.of("h"));
            while (reader.next()) {
                assertFalse(reader.field(0).isEmpty());
            }
        }
        // the 24 KB file is read in one block: one report at row 64, then the end
        assertEquals(List.of("load 24002 24002 p.csv: 0.0 MB of 0.0 MB read, 64 rows",
                "load 24002 24002 p.csv: 0.0 MB of 0.0 MB read, 12,000 rows"), messages);
    }

    @Test
    void megabytesHaveADecimalOnlyUnderTenMegabytes() {
        assertEquals("2.5 MB", CsvRecordReader.megabytes(2_500_000, 9_000_000));
        assertEquals("120 MB", CsvRecordReader.megabytes(120_400_000, 950_000_000));
        assertEquals("1,024 MB", CsvRecordReader.megabytes(1_024_000_000, 1_024_000_000));
    }

    /** A file that fails while the parser reads its first block must not stay open (it did: the reader leaked). */
    @Test
    void aFileThatFailsAtOnceIsClosed() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs Linux's /proc to see open files");
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', ',', 'b', '\n', (byte) 0xE9, 't', (byte) 0xE9, '\n'}); // "été" in Latin-1
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> CsvRecordReader.open(file, ProgressListener.NONE, CancellationToken.NEVER));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertEquals(0, openDescriptorsOf(fds, file), "the reader of " + file + " is still open");
    }

    private static long openDescriptorsOf(Path fds, Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> open = Files.list(fds)) {
            return open.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false; // closed while listing, or the listing's own descriptor
                }
            }).count();
        }
    }
}
