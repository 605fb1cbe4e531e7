package org.genrescope.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.genrescope.files.AtomicFiles;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Writes a track table as one flat CSV (Tablesaw's writer): {@code track_id,title,artist,album,year,genre,}
 * (track_id as the input wrote it, a text id included)
 * then every feature under its full dotted name, one row per track in table order. Missing text and years are
 * empty cells; features are written with {@link Double#toString}, which reads back to the same double, so
 * pandas ({@code pd.read_csv}) or Genrescope's own flat-CSV import get exactly the values the workbench used.
 * Title, artist, album and genre cells that start with {@code = + - @} get a leading apostrophe against
 * spreadsheet formula injection ({@link CsvText#formulaSafe}); ids, years and features are never altered.
 */
public final class CleanedCsv {
    /** The file name the CLI and the workbench's Export all use. */
    public static final String FILE_NAME = "cleaned.csv";

    private CleanedCsv() { }

    /** Writes the table to {@code out} (not closed). */
    public static void write(TrackTable tracks, Writer out) throws IOException {
        Table table = TrackColumns.of(tracks, false);
        if (tracks.idTexts() != null) {
            // text ids (Spotify's) as the input wrote them, not the row numbers that stand in for them
            table.replaceColumn(TrackColumns.ID, StringColumn.create(TrackColumns.ID, tracks.idTexts()));
        }
        // text cells a spreadsheet would run as formulas get an apostrophe; the window's table keeps them as read
        table.replaceColumn(TrackColumns.TITLE, TrackColumns.strings(TrackColumns.TITLE, formulaSafe(tracks.titles())));
        table.replaceColumn(TrackColumns.ARTIST, TrackColumns.strings(TrackColumns.ARTIST,
                formulaSafe(tracks.artists())));
        table.replaceColumn(TrackColumns.ALBUM, TrackColumns.strings(TrackColumns.ALBUM, formulaSafe(tracks.albums())));
        table.replaceColumn(TrackColumns.GENRE, TrackColumns.strings(TrackColumns.GENRE, formulaSafe(tracks.genres())));
        // unformatted values: Tablesaw's print formatters would round the features
        table.write().csv(CsvWriteOptions.builder(out).usePrintFormatters(false).header(true).build());
    }

    private static String[] formulaSafe(String[] cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = CsvText.formulaSafe(cells[i]);
        }
        return safe;
    }

    /**
     * Writes the table to {@code target} atomically (no partial file on failure).
     *
     * @throws IOException when the folder does not exist or the file cannot be written
     */
    public static void write(TrackTable tracks, Path target) throws IOException {
        AtomicFiles.writeText(target, out -> write(tracks, out));
    }
}
