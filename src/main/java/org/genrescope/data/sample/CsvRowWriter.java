package org.genrescope.data.sample;

import java.io.IOException;
import org.genrescope.data.CsvText;

/**
 * Writes CSV rows the way pandas does for FMA: comma-separated, quoted only when a cell holds a comma,
 * a quote or a line break (quotes doubled), rows ended by '\n'. Null and empty cells are written as nothing.
 */
final class CsvRowWriter {
    private static final String COMMAS = ",".repeat(512);
    private final Utf8Sink out;
    private boolean rowStarted;

    CsvRowWriter(Utf8Sink out) {
        this.out = out;
    }

    CsvRowWriter cell(CharSequence value) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
        if (value != null && value.length() > 0) {
            CsvText.appendField(out, value);
        }
        return this;
    }

    /** Appends {@code count} empty cells. */
    CsvRowWriter emptyCells(int count) throws IOException {
        int remaining = count;
        if (!rowStarted && remaining > 0) {
            rowStarted = true;
            remaining--;
        }
        while (remaining > 0) {
            int chunk = Math.min(remaining, COMMAS.length());
            out.write(COMMAS, 0, chunk);
            remaining -= chunk;
        }
        return this;
    }

    CsvRowWriter cells(String[] values) throws IOException {
        for (String value : values) {
            cell(value);
        }
        return this;
    }

    void endRow() throws IOException {
        out.write('\n');
        rowStarted = false;
    }
}
