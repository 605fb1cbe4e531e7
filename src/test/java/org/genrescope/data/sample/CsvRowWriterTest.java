package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowWriterTest {
    private static String write(String... cells) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Sink sink = new Utf8Sink(bytes)) {
            CsvRowWriter row = new CsvRowWriter(sink);
            for (String cell : cells) {
                row.cell(cell);
            }
            row.endRow();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quotesOnlyWhatNeedsIt() throws IOException {
        assertEquals("plain,,\"a, b\",\"Tarantula Downpour 7\"\"\",\"two\nlines\"\n",
                write("plain", null, "a, b", "Tarantula Downpour 7\"", "two\nlines"));
        assertEquals("\"\"\"rebukes!\"\"\"\n", write("\"rebukes!\""));
    }

    @Test
    void roundTripsAwkwardText() throws IOException {
        String[] cells = {"<p class=\"bio\">Zoë, Björn & \"Søren\"</p>\n\n<p>2nd</p>", "", "𝄞 clef", "\r\n", "\"\""};
        List<List<String>> parsed = SimpleCsv.parse(write(cells));
        assertEquals(1, parsed.size());
        assertEquals(List.of(cells), parsed.get(0));
    }

    @Test
    void emptyCellsCountCells() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Sink sink = new Utf8Sink(bytes)) {
            new CsvRowWriter(sink).emptyCells(3).cell("x").emptyCells(600).endRow();
        }
        List<String> row = SimpleCsv.parse(bytes.toString(StandardCharsets.UTF_8)).get(0);
        assertEquals(604, row.size());
        assertEquals("x", row.get(3));
    }
}
