package org.genrescope.data;

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
 * <p>Columns, all chosen by exact name or unique dot-suffix (see {@link ImportOptions}):
 * <ul>
 *   <li>id: {@link ImportOptions#idColumn()}, else {@code track_id}; when that is absent, the data row
 *       number (1 for the first row under the header);</li>
 *   <li>label: {@link ImportOptions#labelColumn()}, else the first of {@code genres_top}, {@code genre_top},
 *       {@code genre}, {@code label} present; with none, tracks have no genre;</li>
 *   <li>features: {@link ImportOptions#features()}, else the 8 Echo Nest audio features when all are
 *       present, else every column whose values are all numbers (at least one), except the id, the label,
 *       the metadata columns below and identifier columns ({@code id} or ending in {@code _id}): a second
 *       pass over the file decides that, so only the chosen columns are ever kept;</li>
 *   <li>metadata when present: title from {@code track} or {@code title}, {@code artist}, {@code album},
 *       year from {@code year_released} or {@code year}.</li>
 * </ul>
 * Missing feature values are dropped or imputed as {@link ImportOptions#missing()} says; rows keep
 * input order.
 */
public final class FlatCsvReader {

    public static final String FORMAT = "flat-csv";
    static final String DEFAULT_ID_COLUMN = "track_id";
    static final List<String> LABEL_COLUMNS = List.of("genres_top", "genre_top", "genre", "label");
    private static final List<String> TITLE_COLUMNS = List.of("track", "title");
    private static final List<String> ARTIST_COLUMNS = List.of("artist");
    private static final List<String> ALBUM_COLUMNS = List.of("album");
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
        Columns columns;
        CsvRecordReader reader = CsvRecordReader.open(csv, progress, cancel);
        try {
            List<String> header = readHeader(reader);
            columns = Columns.choose(csv, header, options);
            if (columns.features.isEmpty()) {
                List<Integer> numeric = numericColumns(reader, columns);
                if (numeric.isEmpty()) {
                    throw new DataLoadException(csv, 0, null, "setting 'features': no column other than the "
                            + "id, label and metadata holds only numbers; choose the feature columns");
                }
                columns = columns.withFeatures(numeric, header);
                reader.close();
                reader = CsvRecordReader.open(csv, progress, cancel);
                readHeader(reader);
            }
            return readRows(reader, columns, options, progress);
        } finally {
            reader.close();
        }
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
    private record Columns(int id, int label, List<Integer> features, List<String> featureNames,
                           int title, int artist, int album, int year) {

        static Columns choose(Path csv, List<String> header, ImportOptions options) throws DataLoadException {
            ColumnResolver resolver = new ColumnResolver(header);
            int id = options.idColumn() == null
                    ? header.indexOf(DEFAULT_ID_COLUMN)
                    : resolver.resolve(options.idColumn(), "id column", csv, null);
            int label = options.labelColumn() == null
                    ? firstPresent(header, LABEL_COLUMNS)
                    : resolver.resolve(options.labelColumn(), "label column", csv, null);
            List<Integer> features = new ArrayList<>();
            if (options.features().isEmpty()) {
                features = allAudioFeatures(resolver);
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
            return new Columns(id, label, features, features.stream().map(header::get).toList(),
                    firstPresent(header, TITLE_COLUMNS), firstPresent(header, ARTIST_COLUMNS),
                    firstPresent(header, ALBUM_COLUMNS), firstPresent(header, YEAR_COLUMNS));
        }

        Columns withFeatures(List<Integer> chosen, List<String> header) {
            return new Columns(id, label, chosen, chosen.stream().map(header::get).toList(), title, artist, album,
                    year);
        }

        /** Columns that are never default features: they describe the track rather than its sound. */
        boolean isIdOrMetadata(int column, String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return column == id || column == label || column == title || column == artist || column == album
                    || column == year || lower.equals("id") || lower.endsWith("_id");
        }
    }

    /** The 8 audio features when every one of them names exactly one column, else an empty list. */
    private static List<Integer> allAudioFeatures(ColumnResolver resolver) {
        List<Integer> columns = new ArrayList<>();
        for (String name : ImportOptions.AUDIO_FEATURES) {
            try {
                int column = resolver.find(name);
                if (column < 0) {
                    return List.of();
                }
                columns.add(column);
            } catch (ColumnResolver.AmbiguousName e) {
                return List.of();
            }
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
        int count = reader.fieldCount();
        BitSet notNumeric = new BitSet(count);
        BitSet hasValue = new BitSet(count);
        while (reader.next()) {
            for (int column = notNumeric.nextClearBit(0); column < count; column = notNumeric.nextClearBit(column + 1)) {
                String cell = reader.field(column);
                if (Cells.isMissing(cell)) {
                    continue;
                }
                try {
                    Cells.number(cell);
                    hasValue.set(column);
                } catch (Cells.CellFormatException e) {
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

    private static TrackTable readRows(CsvRecordReader reader, Columns columns, ImportOptions options,
                                       ProgressListener progress) throws DataLoadException {
        List<Integer> features = columns.features();
        TrackRows rows = new TrackRows(features.size());
        Map<Long, Long> lineById = new HashMap<>();
        while (reader.next()) {
            long id = columns.id() < 0 ? reader.dataRows() : reader.id(columns.id());
            Long firstLine = lineById.putIfAbsent(id, reader.line());
            if (firstLine != null) {
                throw reader.problem(columns.id(), String.format(Locale.ROOT,
                        "id %d appears twice (first on line %d)", id, firstLine));
            }
            int row = rows.add(id, text(reader, columns.label()), false, text(reader, columns.title()),
                    text(reader, columns.artist()), text(reader, columns.album()),
                    columns.year() < 0 ? 0 : Cells.year(reader.field(columns.year())));
            for (int slot = 0; slot < features.size(); slot++) {
                rows.setFeature(row, slot, reader.number(features.get(slot)));
            }
        }
        List<Path> files = features.stream().map(f -> reader.file()).toList();
        Map<String, Long> imputed = rows.handleMissing(options.missing(), columns.featureNames(), files);
        TrackTable table = rows.toTable(FORMAT, columns.featureNames(), reader.dataRows(), imputed);
        progress.progress(CsvRecordReader.PROGRESS_STAGE, table.rows(), table.rows(), String.format(Locale.ROOT,
                "kept %,d of %,d rows", table.rows(), reader.dataRows()));
        return table;
    }

    private static String text(CsvRecordReader reader, int column) {
        return column < 0 ? null : Cells.text(reader.field(column));
    }
}
