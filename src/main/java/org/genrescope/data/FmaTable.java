package org.genrescope.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * One FMA metadata table opened past its header: some header rows (2 in tracks.csv, 3 in echonest.csv
 * and features.csv), then a row {@code track_id,,,...}, then data. Column names join the header levels
 * with dots, skipping empty levels ({@code track.genre_top}, {@code echonest.audio_features.tempo},
 * {@code mfcc.mean.01}); the first column is always {@code track_id}.
 */
final class FmaTable implements AutoCloseable {

    static final String ID_COLUMN = "track_id";
    /** FMA uses 2 or 3; a few more are tolerated before deciding this is not an FMA table. */
    private static final int MAX_HEADER_ROWS = 6;

    private final CsvRecordReader reader;
    private final List<String> columns;

    private FmaTable(CsvRecordReader reader, List<String> columns) {
        this.reader = reader;
        this.columns = columns;
    }

    /** Opens the file and reads its header rows; the reader is then at the first data row. */
    static FmaTable open(Path file, ProgressListener progress, CancellationToken cancel) throws DataLoadException {
        CsvRecordReader reader = CsvRecordReader.open(file, progress, cancel);
        try {
            return new FmaTable(reader, readHeader(reader));
        } catch (DataLoadException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static List<String> readHeader(CsvRecordReader reader) throws DataLoadException {
        Path file = reader.file();
        List<String[]> levels = new ArrayList<>();
        while (reader.next()) {
            if (levels.isEmpty()) {
                reader.expectFieldCountOfCurrent();
            }
            if (reader.field(0).strip().equals(ID_COLUMN)) {
                if (levels.isEmpty() || !restIsEmpty(reader)) {
                    throw new DataLoadException(file, reader.line(), null, "this looks like a table with a "
                            + "one-row header, but FMA tables have 2 or 3 header rows and then a row "
                            + "'track_id,,,' (open such a file as a flat CSV file instead)");
                }
                List<String> names = columnNames(levels, reader.fieldCount());
                reader.beginData(names);
                return names;
            }
            if (levels.size() == MAX_HEADER_ROWS) {
                throw new DataLoadException(file, reader.line(), null, String.format(Locale.ROOT,
                        "no row starting with 'track_id' in the first %d rows, so this is not an FMA "
                                + "metadata table", MAX_HEADER_ROWS + 1));
            }
            String[] level = new String[reader.fieldCount()];
            for (int i = 0; i < level.length; i++) {
                level[i] = reader.field(i).strip();
            }
            levels.add(level);
        }
        throw new DataLoadException(file, 0, null, "the file ends before its 'track_id' row "
                + "(FMA tables have 2 or 3 header rows and then a row 'track_id,,,')");
    }

    private static boolean restIsEmpty(CsvRecordReader reader) {
        for (int i = 1; i < reader.fieldCount(); i++) {
            if (!reader.field(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> columnNames(List<String[]> levels, int count) {
        List<String> names = new ArrayList<>(count);
        names.add(ID_COLUMN);
        for (int column = 1; column < count; column++) {
            StringBuilder name = new StringBuilder();
            for (String[] level : levels) {
                if (!level[column].isEmpty()) {
                    if (name.length() > 0) {
                        name.append('.');
                    }
                    name.append(level[column]);
                }
            }
            names.add(name.toString());
        }
        return names;
    }

    Path file() {
        return reader.file();
    }

    String fileName() {
        return reader.file().getFileName().toString();
    }

    /** Full column names; index 0 is {@code track_id}. */
    List<String> columns() {
        return columns;
    }

    /** The index of the column with exactly this full name, or -1. */
    int indexOf(String fullName) {
        return columns.indexOf(fullName);
    }

    CsvRecordReader reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
