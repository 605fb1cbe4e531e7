package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file may end its lines in CRLF, CR and LF at once (a spreadsheet's CRLF header over a script's LF rows): each
 * ends one physical line, so such a file reads as the same file with one kind of line end, and an error names the
 * line an editor shows (issue 9; the reader fuzzer found the CRLF-first-line kind).
 */
class MixedLineEndsTest {
    private static final Path VALID = Path.of("src/test/resources/robustness/valid.csv");

    @TempDir
    Path dir;

    private static TrackTable load(Path file) throws DataLoadException {
        return DataLoader.load(file, ImportOptions.defaults(), null, null);
    }

    /** valid.csv's lines, joined with {@code ends[i % ends.length]} after line i. */
    private Path withLineEnds(String name, String... ends) throws IOException {
        List<String> lines = Files.readAllLines(VALID, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i)).append(ends[i % ends.length]);
        }
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aCrlfFirstLineOverLfRowsReadsAsTheSameFileWithLfOnly() throws Exception {
        TrackTable lf = load(withLineEnds("lf.csv", "\n"));
        TrackTable mixed = load(Path.of("src/test/resources/robustness/crlf-first-line-lf-rest.csv"));
        assertEquals(40, mixed.rows());
        assertEquals(lf.featureNames(), mixed.featureNames());
        assertArrayEquals(lf.features(), mixed.features());
        assertArrayEquals(lf.genres(), mixed.genres());
        assertArrayEquals(lf.titles(), mixed.titles(), "no CR left at the end of a cell");
    }

    @Test
    void everyMixOfCrlfCrAndLfReadsAlike() throws Exception {
        TrackTable lf = load(withLineEnds("lf.csv", "\n"));
        for (String[] ends : new String[][] {{"\r\n", "\n"}, {"\r", "\n", "\r\n"}, {"\n", "\r"}, {"\r"}}) {
            TrackTable mixed = load(withLineEnds("mixed.csv", ends));
            assertArrayEquals(lf.features(), mixed.features(), String.join("|", ends).replace("\r", "CR")
                    .replace("\n", "LF"));
            assertArrayEquals(lf.genres(), mixed.genres());
        }
    }

    @Test
    void anErrorAfterMixedLineEndsNamesThePhysicalLine() throws Exception {
        List<String> lines = Files.readAllLines(VALID, StandardCharsets.UTF_8);
        String[] cells = lines.get(9).split(",", -1);
        cells[9] = "fast"; // tempo, on physical line 10
        lines.set(9, String.join(",", cells));
        Path file = dir.resolve("bad.csv");
        StringBuilder text = new StringBuilder("\r\n"); // a blank first line in CRLF, as the fuzzer's input
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i)).append(i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        DataLoadException e = assertThrows(DataLoadException.class, () -> load(file));
        assertEquals(file + ", line 11, column 'tempo': \"fast\" is not a number.", e.getMessage());
    }

    @Test
    void aCrSplitFromItsLfAcrossTwoReadsIsOneLineEnd() throws IOException {
        // one character per read: the CR of a CRLF ends one read, its LF starts the next
        Reader oneAtATime = new StringReader("a\r\nb\rc\nd\r\n\r\ne") {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
        StringBuilder out = new StringBuilder();
        try (Reader r = new CsvRecordReader.LineEndsAsLf(oneAtATime)) {
            char[] buffer = new char[8];
            for (int n; (n = r.read(buffer, 0, buffer.length)) >= 0; ) {
                out.append(buffer, 0, n);
            }
        }
        assertEquals("a\nb\nc\nd\n\ne", out.toString());
    }
}
