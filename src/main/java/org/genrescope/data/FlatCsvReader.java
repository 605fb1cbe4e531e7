package org.genrescope.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Reads a CSV file with one header row, such as the study's {@code music_data.csv} or any table of
 * numeric features, into a cleaned {@link TrackTable}.
 *
 * <p>The encoding, delimiter and decimal mark are detected by {@link CsvSniffer} unless the options force them.
 * Columns, all chosen by exact name or unique dot-suffix (see {@link ImportOptions}):
 * <ul>
 *   <li>id: {@link ImportOptions#idColumn()}, else {@code track_id}; when that is absent, the data row
 *       number (1 for the first row under the header). Ids that are not all whole numbers are kept as text
 *       ({@link TrackTable#idTexts()}). A repeated id keeps its first row; the others are dropped, counted and
 *       named in the report. A blank-named first column (a saved pandas index) is never a feature; it is the id
 *       only when asked for as {@code index};</li>
 *   <li>label: {@link ImportOptions#labelColumn()}, else as {@link FlatLayout} says: a known layout's label
 *       column, else the one column whose name contains "genre" (with a note), else none; several such columns
 *       are an error naming them;</li>
 *   <li>features: {@link ImportOptions#features()}, else those of the 8 Echo Nest audio features present (a
 *       warning names any absent), else every column whose values are all numbers (at least one), except the
 *       id, the label, the metadata columns below and identifier columns ({@code id} or ending in {@code _id}):
 *       a second pass over the file decides that, so only the chosen columns are ever kept;</li>
 *   <li>metadata when present: title and artist as {@link ImportOptions#titleColumn()} and
 *       {@link ImportOptions#artistColumn()} say, else as {@link FlatLayout} finds them by name ({@code track},
 *       {@code title} or {@code track_name}; {@code artist}, {@code artists}, {@code track_artist} or
 *       {@code artist_name}), the album as {@link FlatLayout} finds it ({@code album}, {@code album_name},
 *       {@code track_album_name} or {@code album_title}), year from {@code year_released} or {@code year}.</li>
 * </ul>
 * Missing feature values (empty, NA, N/A, NaN, nan, null, NULL, None and the options' own spellings) are
 * counted per column and dropped or imputed as {@link ImportOptions#missing()} says; any other text in a feature
 * column is an error naming the file, line and column. Rows keep input order. A column name given twice and a
 * header without rows are errors.
 */
public final class FlatCsvReader {
    /**
     * The column of a flat CSV's {@code header} read as the album: the first of {@code album}, {@code album_name},
     * {@code track_album_name}, {@code album_title}, unless it is the chosen {@code title} or {@code artist} column
     * (either may be null); null when there is none.
     */
    public static String albumColumn(java.util.List<String> header, String title, String artist) {
        return FlatLayout.albumColumn(header, title, artist);
    }


    public static final String FORMAT = "flat-csv";
    static final String DEFAULT_ID_COLUMN = "track_id";
    private static final List<String> YEAR_COLUMNS = List.of("year_released", "year");

    private FlatCsvReader() {
    }

    /**
     * Reads and cleans the file.
     *
     * @throws DataLoadException for anything the user can fix: a missing file or column, a value that
     *                           is not a number, a wrong number of fields, an unknown or ambiguous name
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled
     */
    public static TrackTable read(Path csv, ImportOptions options, ProgressListener progress,
                                  CancellationToken cancel) throws DataLoadException {
        CsvDialect dialect = CsvSniffer.detect(csv, options);
        Columns columns;
        CsvRecordReader reader = CsvRecordReader.open(csv, dialect, options, progress, cancel);
        try {
            List<String> header = readHeader(reader);
            FlatLayout layout = FlatLayout.of(csv, header, options);
            layout.requireLabel(csv);
            List<String> notes = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            if (layout.labelNote() != null) {
                notes.add(layout.labelNote());
            } else if (options.labelColumn() == null && layout.label() >= 0) {
                notes.add("the genre label is the column '" + header.get(layout.label()) + "' (the layout of "
                        + layout.knownLayout() + ")");
            }
            columns = Columns.choose(csv, header, options, layout, warnings);
            if (columns.features.isEmpty()) {
                List<Integer> numeric = numericColumns(reader, columns);
                if (reader.dataRows() == 0) {
                    throw noRows(csv);
                }
                if (numeric.isEmpty()) {
                    throw new DataLoadException(csv, 0, null, "setting 'features': no column other than the "
                            + "id, label and metadata holds only numbers; choose the feature columns");
                }
                columns = columns.withFeatures(numeric, header);
                notes.add("no default audio feature is in the file, so the features are the columns that hold "
                        + "only numbers: " + String.join(", ", columns.featureNames()));
                reader.close();
                reader = CsvRecordReader.open(csv, dialect, options, progress, cancel);
                readHeader(reader);
            }
            return readRows(reader, columns, options, progress, notes, warnings);
        } finally {
            reader.close();
        }
    }

    private static DataLoadException noRows(Path csv) {
        return new DataLoadException(csv, 0, null, "the file has a header row but no data rows");
    }

    private static List<String> readHeader(CsvRecordReader reader) throws DataLoadException {
        if (!reader.next()) {
            throw new DataLoadException(reader.file(), 0, null, "the file is empty, with no header row");
        }
        List<String> header = new ArrayList<>(reader.fieldCount());
        for (int i = 0; i < reader.fieldCount(); i++) {
            header.add(reader.field(i).strip());
        }
        reader.beginData(header);
        return header;
    }

    /** The columns to read; {@code features} empty means "decide from the values". */
    private record Columns(int id, int label, boolean index, List<Integer> features, List<String> featureNames,
                           int title, int artist, int album, int year) {

        static Columns choose(Path csv, List<String> header, ImportOptions options, FlatLayout layout,
                              List<String> warnings) throws DataLoadException {
            // blank names cannot be chosen by name: the saved index is reached through FlatLayout's "index"
            ColumnResolver resolver = new ColumnResolver(header.stream().map(h -> h.isEmpty() ? null : h).toList());
            List<Integer> features = new ArrayList<>();
            if (options.features().isEmpty()) {
                features = audioFeatures(resolver, warnings);
            } else {
                for (String name : options.features()) {
                    int column = resolver.resolve(name, "features", csv, null);
                    if (features.contains(column)) {
                        throw new DataLoadException(csv, 0, null, String.format(Locale.ROOT,
                                "setting 'features': '%s' names the column %s, which is already chosen",
                                name, header.get(column)));
                    }
                    features.add(column);
                }
            }
            return new Columns(layout.id(), layout.label(), layout.hasIndexColumn(), features,
                    features.stream().map(header::get).toList(),
                    layout.title(), layout.artist(),
                    layout.album(), firstPresent(header, YEAR_COLUMNS));
        }

        Columns withFeatures(List<Integer> chosen, List<String> header) {
            return new Columns(id, label, index, chosen, chosen.stream().map(header::get).toList(), title, artist,
                    album, year);
        }

        /** Columns that are never default features: they describe the track rather than its sound. */
        boolean isIdOrMetadata(int column, String name) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            return column == id || column == label || column == title || column == artist || column == album
                    || column == year || lower.isEmpty() || (index && column == 0) || lower.equals("id")
                    || lower.endsWith("_id") || lower.equals("unnamed: 0");
        }
    }

    /**
     * The default audio features the file has, each naming one column; a missing one is named in a warning
     * rather than silently replaced. Empty when the file has none of them.
     */
    private static List<Integer> audioFeatures(ColumnResolver resolver, List<String> warnings) {
        List<Integer> columns = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String name : ImportOptions.AUDIO_FEATURES) {
            int column;
            try {
                column = resolver.find(name);
            } catch (ColumnResolver.AmbiguousName e) {
                column = -1;
            }
            if (column < 0) {
                absent.add(name);
            } else {
                columns.add(column);
            }
        }
        if (!columns.isEmpty() && !absent.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "the default audio feature%s %s %s not in the file (or not one "
                    + "column); the analysis uses the other %d", absent.size() == 1 ? "" : "s",
                    String.join(", ", absent), absent.size() == 1 ? "is" : "are", columns.size()));
        }
        return columns;
    }

    private static int firstPresent(List<String> header, List<String> names) {
        for (String name : names) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** First pass: the columns whose every non-missing value is a number, in header order. */
    private static List<Integer> numericColumns(CsvRecordReader reader, Columns columns) throws DataLoadException {
        int count = reader.columnCount();
        BitSet notNumeric = new BitSet(count);
        BitSet hasValue = new BitSet(count);
        while (reader.next()) {
            for (int column = notNumeric.nextClearBit(0); column < count; column = notNumeric.nextClearBit(column + 1)) {
                if (reader.isMissing(column)) {
                    continue;
                }
                // any number counts, even one too large to analyse: the column is chosen and the second pass
                // refuses that value naming its line, rather than the column disappearing from the features
                if (reader.isNumberOrMissing(column)) {
                    hasValue.set(column);
                } else {
                    notNumeric.set(column);
                }
            }
        }
        List<Integer> numeric = new ArrayList<>();
        for (int column = 0; column < count; column++) {
            if (hasValue.get(column) && !notNumeric.get(column)
                    && !columns.isIdOrMetadata(column, reader.columnName(column))) {
                numeric.add(column);
            }
        }
        return numeric;
    }

    /**
     * Second pass: the rows. A repeated id keeps its first row (a flat table is often a join or a concatenation
     * that repeats tracks, as Kaggle's Spotify data lists a track once per genre); the dropped rows are counted
     * and named. Ids that are not all whole numbers are kept as text, with row numbers as the numeric ids.
     */
    private static TrackTable readRows(CsvRecordReader reader, Columns columns, ImportOptions options,
                                       ProgressListener progress, List<String> notes, List<String> warnings)
            throws DataLoadException {
        List<Integer> features = columns.features();
        TrackRows rows = new TrackRows(features.size());
        Map<String, Long> lineByKey = new HashMap<>();
        List<String> idTexts = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        boolean wholeNumbers = true;
        long repeated = 0;
        while (reader.next()) {
            long id;
            String key;
            if (columns.id() < 0) {
                id = reader.dataRows();
                key = Long.toString(id);
            } else {
                String cell = reader.field(columns.id()).strip();
                if (cell.isEmpty()) {
                    throw reader.problem(columns.id(), "the id is empty");
                }
                Long whole = wholeNumber(reader, columns.id());
                wholeNumbers &= whole != null;
                id = whole != null ? whole : reader.dataRows();
                key = whole != null ? whole.toString() : cell;
                Long firstLine = lineByKey.putIfAbsent(key, reader.line());
                if (firstLine != null) {
                    repeated++;
                    rows.countDropped(DropReasons.REPEATED_ID);
                    rows.nameDroppedRow(String.format(Locale.ROOT, "line %d: id %s, first on line %d",
                            reader.line(), cell, firstLine));
                    continue;
                }
            }
            int row = rows.add(id, text(reader, columns.label()), false, text(reader, columns.title()),
                    text(reader, columns.artist()), text(reader, columns.album()),
                    columns.year() < 0 ? 0 : Cells.year(reader.field(columns.year())));
            idTexts.add(key);
            rowNumbers.add(reader.dataRows());
            for (int slot = 0; slot < features.size(); slot++) {
                rows.setFeature(row, slot, reader.number(features.get(slot)));
            }
        }
        if (reader.dataRows() == 0) {
            throw noRows(reader.file());
        }
        if (!wholeNumbers) {
            rows.useTextIds(idTexts.toArray(new String[0]), rowNumbers.stream().mapToLong(Long::longValue).toArray());
        }
        if (repeated > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d row%s repeat the id of an earlier row and %s dropped; the "
                    + "first row of each id is kept", repeated, repeated == 1 ? "" : "s",
                    repeated == 1 ? "was" : "were"));
        }
        rows.dialect(reader.dialect());
        Path folder = reader.file().toAbsolutePath().getParent();
        rows.synthetic(folder != null && Files.exists(folder.resolve(DataCredit.SYNTHETIC_MARKER)));
        notes.forEach(rows::note);
        warnings.forEach(rows::warn);
        List<Path> files = features.stream().map(f -> reader.file()).toList();
        Map<String, Long> imputed = rows.handleMissing(options.missing(), columns.featureNames(), files);
        TrackTable table = rows.toTable(FORMAT, columns.featureNames(), reader.dataRows(), imputed);
        progress.progress(CsvRecordReader.PROGRESS_STAGE, table.rows(), table.rows(), String.format(Locale.ROOT,
                "kept %,d of %,d rows", table.rows(), reader.dataRows()));
        return table;
    }

    /** The id cell as a whole number, or null when it is text (such as a Spotify id). */
    private static Long wholeNumber(CsvRecordReader reader, int column) {
        try {
            return Cells.id(reader.field(column), reader.dialect().decimalMark());
        } catch (Cells.CellFormatException e) {
            return null;
        }
    }

    private static String text(CsvRecordReader reader, int column) {
        return column < 0 ? null : Cells.text(reader.field(column));
    }
}
