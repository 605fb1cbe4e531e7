package org.genrescope.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Reads an FMA metadata folder ({@code tracks.csv}, {@code genres.csv}, {@code echonest.csv} and/or
 * {@code features.csv}) into one cleaned {@link TrackTable}, following SEED-PIPELINE §1:
 * <ol>
 *   <li>drop tracks whose {@code track.genres_all} is missing or {@code []};</li>
 *   <li>fill an empty {@code track.genre_top} from {@code genres_all} (last root genre wins), when
 *       {@link ImportOptions#rollUpGenres()} is on and the label is {@code track.genre_top};</li>
 *   <li>inner-join the tables holding the chosen features on {@code track_id}, dropping tracks
 *       without a row there ("no audio features");</li>
 *   <li>drop or impute missing feature values ({@link ImportOptions#missing()}).</li>
 * </ol>
 * Missing metadata (year, title, artist, album) never drops a track. Only the tables holding a chosen
 * feature are read past their header, and only the needed columns are kept. Rows keep the order of
 * {@code tracks.csv}.
 */
public final class FmaFolderReader {

    public static final String FORMAT = "fma-folder";
    public static final String TRACKS_CSV = "tracks.csv";
    public static final String GENRES_CSV = "genres.csv";
    public static final String ECHONEST_CSV = "echonest.csv";
    public static final String FEATURES_CSV = "features.csv";
    /** The files that may hold features, in the order their columns are offered. */
    private static final List<String> FEATURE_FILES = List.of(ECHONEST_CSV, FEATURES_CSV);

    static final String GENRE_TOP = "track.genre_top";
    static final String GENRES_ALL = "track.genres_all";
    private static final String DATE_RELEASED = "album.date_released";
    private static final String ALBUM_TITLE = "album.title";
    private static final String ARTIST_NAME = "artist.name";
    private static final String TRACK_TITLE = "track.title";

    private FmaFolderReader() {
    }

    /**
     * Reads and cleans the folder.
     *
     * @throws DataLoadException for anything the user can fix: a missing file or column, a value that
     *                           is not a number, an unknown genre id, an unknown or ambiguous feature name
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled
     */
    public static TrackTable read(Path folder, ImportOptions options, ProgressListener progress,
                                  CancellationToken cancel) throws DataLoadException {
        if (!Files.isDirectory(folder)) {
            throw new DataLoadException(folder, 0, null, "this is not a folder");
        }
        if (!Files.isRegularFile(folder.resolve(TRACKS_CSV))) {
            throw new DataLoadException(folder.resolve(TRACKS_CSV), 0, null, notAnFmaFolder(folder));
        }
        if (InputFormat.startsWithOneRowHeader(folder.resolve(TRACKS_CSV))) {
            // decided on the first bytes, before any decoding: a flat tracks.csv in windows-1252 was blamed on its
            // encoding, one separated by semicolons on its field counts (../shared/cases opened as folders)
            throw new DataLoadException(folder.resolve(TRACKS_CSV), 1, null, "this is a table with a one-row header, "
                    + "not FMA's " + TRACKS_CSV + " (whose header has 3 rows, the first starting with a comma), so this "
                    + "folder is not FMA's metadata (open the file itself as a flat CSV file instead)");
        }
        List<FmaTable> opened = new ArrayList<>();
        try {
            FmaTable tracks = FmaTable.open(folder.resolve(TRACKS_CSV), progress, cancel);
            opened.add(tracks);
            List<FmaTable> featureTables = new ArrayList<>();
            for (String name : FEATURE_FILES) {
                Path file = folder.resolve(name);
                if (Files.exists(file)) {
                    FmaTable table = FmaTable.open(file, progress, cancel);
                    opened.add(table);
                    featureTables.add(table);
                }
            }
            List<ChosenColumn> features = chooseFeatures(folder, options, tracks, featureTables);
            TrackColumns trackColumns = TrackColumns.of(tracks, options);
            GenreTree genreTree = options.rollUpGenres() && trackColumns.labelIsGenreTop()
                    ? GenreTree.read(folder.resolve(GENRES_CSV), progress, cancel)
                    : null;

            LoadMemoryEstimate estimate = LoadMemoryEstimate.of(folder, options);
            int expectedRows = estimate == null ? 0 : (int) Math.min(Integer.MAX_VALUE / 2, estimate.rows());
            TrackRows rows = new TrackRows(features.size(), expectedRows);
            TrackIdIndex rowById = readTracks(tracks, trackColumns, features, genreTree, rows, expectedRows);
            for (FmaTable table : featureTables) {
                if (features.stream().anyMatch(f -> f.table == table)) {
                    BitSet present = readFeatureTable(table, features, rowById, rows);
                    rows.dropRowsNotIn(present, DropReasons.NO_AUDIO_FEATURES);
                } else {
                    table.close(); // its header was only needed to resolve names
                }
            }
            rows.synthetic(Files.exists(folder.resolve(DataCredit.SYNTHETIC_MARKER)));
            Map<String, Long> imputed = rows.handleMissing(options.missing(), names(features),
                    features.stream().map(f -> f.table.file()).toList());
            TrackTable table = rows.toTable(FORMAT, names(features), tracks.reader().dataRows(), imputed);
            progress.progress(CsvRecordReader.PROGRESS_STAGE, table.rows(), table.rows(), String.format(Locale.ROOT,
                    "kept %,d of %,d tracks", table.rows(), tracks.reader().dataRows()));
            return table;
        } finally {
            for (FmaTable table : opened) {
                table.close();
            }
        }
    }

    /**
     * Why a folder without tracks.csv cannot be read: it is not an FMA metadata folder, what one holds, and the
     * subfolder that is one when the user chose its parent (the folder fma_metadata.zip unzips to).
     */
    static String notAnFmaFolder(Path folder) {
        String holds = "the file does not exist, so this is not an FMA metadata folder, which holds " + TRACKS_CSV
                + ", " + GENRES_CSV + " and " + ECHONEST_CSV + " (and " + FEATURES_CSV + " for the other features), "
                + "as fma_metadata.zip from github.com/mdeff/fma unzips";
        List<Path> children;
        try (var listed = Files.list(folder)) {
            children = listed.sorted().toList();
        } catch (java.io.IOException | SecurityException e) {
            return holds;
        }
        // tracks.csv with FMA's genres.csv beside it: a tracks.csv alone is more likely a flat table of its own
        Optional<Path> fmaSubfolder = children.stream().filter(c -> Files.isRegularFile(c.resolve(TRACKS_CSV))
                && Files.isRegularFile(c.resolve(GENRES_CSV))).findFirst();
        if (fmaSubfolder.isPresent()) {
            return holds + "; its subfolder " + fmaSubfolder.get().getFileName() + " is one";
        }
        // a folder of one table, as a Kaggle download unzips: the table is what the user meant to open
        // FMA's own files (a folder missing only tracks.csv) are not tables to open alone
        List<String> fmaFiles = List.of(GENRES_CSV, ECHONEST_CSV, FEATURES_CSV);
        List<String> tables = children.stream().filter(Files::isRegularFile).map(c -> c.getFileName().toString())
                .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|tab|txt)") && !fmaFiles.contains(n))
                .toList();
        if (tables.isEmpty()) {
            return holds;
        }
        String named = tables.size() <= 3 ? String.join(", ", tables)
                : String.join(", ", tables.subList(0, 3)) + " and " + (tables.size() - 3) + " more";
        return holds + "; it holds " + named + ": open " + (tables.size() == 1 ? "that" : "one of those")
                + " as a flat CSV file instead";
    }

    /** A feature column: the table holding it, its index there, its full name, its slot in the result. */
    private record ChosenColumn(FmaTable table, int column, String name, int slot) {
    }

    private static List<String> names(List<ChosenColumn> features) {
        return features.stream().map(ChosenColumn::name).toList();
    }

    /**
     * Resolves the requested feature names against every column of every table present (tracks.csv
     * first), so {@code tempo}, {@code duration} or {@code mfcc.mean.01} all work.
     */
    private static List<ChosenColumn> chooseFeatures(Path folder, ImportOptions options, FmaTable tracks,
                                                     List<FmaTable> featureTables) throws DataLoadException {
        boolean defaults = options.features().isEmpty();
        if (defaults && featureTables.stream().noneMatch(t -> t.fileName().equals(ECHONEST_CSV))) {
            throw new DataLoadException(folder.resolve(ECHONEST_CSV), 0, null, "the file does not exist, and it "
                    + "holds the default audio features (choose features from another table to load without it)");
        }
        List<FmaTable> tables = new ArrayList<>();
        tables.add(tracks);
        tables.addAll(featureTables);
        List<String> candidateNames = new ArrayList<>();
        List<FmaTable> candidateTables = new ArrayList<>();
        List<Integer> candidateColumns = new ArrayList<>();
        for (FmaTable table : tables) {
            List<String> columns = table.columns();
            for (int column = 1; column < columns.size(); column++) {
                candidateNames.add(columns.get(column));
                candidateTables.add(table);
                candidateColumns.add(column);
            }
        }
        ColumnResolver resolver = new ColumnResolver(candidateNames);
        String absent = absentFeatureFiles(featureTables);
        List<String> requested = defaults ? ImportOptions.AUDIO_FEATURES : options.features();
        List<ChosenColumn> chosen = new ArrayList<>();
        Map<Integer, String> requestedByCandidate = new HashMap<>();
        for (String name : requested) {
            int candidate = resolver.resolve(name, "features", folder, absent);
            String earlier = requestedByCandidate.putIfAbsent(candidate, name);
            if (earlier != null) {
                throw new DataLoadException(folder, 0, null, String.format(Locale.ROOT,
                        "setting 'features': '%s' and '%s' both name the column %s; choose it once",
                        earlier, name, candidateNames.get(candidate)));
            }
            chosen.add(new ChosenColumn(candidateTables.get(candidate), candidateColumns.get(candidate),
                    candidateNames.get(candidate), chosen.size()));
        }
        return chosen;
    }

    private static String absentFeatureFiles(List<FmaTable> present) {
        List<String> absent = new ArrayList<>(FEATURE_FILES);
        present.forEach(t -> absent.remove(t.fileName()));
        return absent.isEmpty() ? null : "the folder has no " + String.join(" and no ", absent);
    }

    /** Where the needed columns of tracks.csv are; -1 for optional metadata that is absent. */
    private record TrackColumns(int label, int genresAll, int dateReleased, int albumTitle, int artistName,
                                int trackTitle, boolean labelIsGenreTop) {

        static TrackColumns of(FmaTable tracks, ImportOptions options) throws DataLoadException {
            int label;
            if (options.labelColumn() == null) {
                label = required(tracks, GENRE_TOP);
            } else {
                List<String> selectable = new ArrayList<>(tracks.columns());
                selectable.set(0, null);
                label = new ColumnResolver(selectable).resolve(options.labelColumn(), "label column",
                        tracks.file(), null);
            }
            return new TrackColumns(label, required(tracks, GENRES_ALL), tracks.indexOf(DATE_RELEASED),
                    tracks.indexOf(ALBUM_TITLE), tracks.indexOf(ARTIST_NAME), tracks.indexOf(TRACK_TITLE),
                    tracks.columns().get(label).equals(GENRE_TOP));
        }

        private static int required(FmaTable tracks, String column) throws DataLoadException {
            int index = tracks.indexOf(column);
            if (index < 0) {
                throw new DataLoadException(tracks.file(), 1, column, "the header has no such column");
            }
            return index;
        }
    }

    /**
     * Streams tracks.csv: drops tracks without genres_all, rolls up empty top genres, keeps metadata and
     * any features chosen from tracks.csv itself.
     *
     * @param expectedRows the rows the file is estimated to hold (0 when unknown): the index is sized for them
     * @return the row of each kept track id
     */
    private static TrackIdIndex readTracks(FmaTable tracks, TrackColumns columns, List<ChosenColumn> features,
                                           GenreTree genreTree, TrackRows rows, int expectedRows)
            throws DataLoadException {
        CsvRecordReader reader = tracks.reader();
        List<ChosenColumn> ownFeatures = features.stream().filter(f -> f.table == tracks).toList();
        TrackIdIndex rowById = new TrackIdIndex(expectedRows);
        while (reader.next()) {
            long id = reader.id(0);
            long firstLine = rowById.add(id, reader.line());
            if (firstLine >= 0) {
                throw reader.problem(0, String.format(Locale.ROOT, "track %d appears twice (first on line %d)",
                        id, firstLine));
            }
            long[] genresAll = reader.idList(columns.genresAll());
            if (genreTree != null && genresAll != null) {
                Long unknown = genreTree.firstUnknown(genresAll);
                if (unknown != null) {
                    throw reader.problem(columns.genresAll(), "genre id " + unknown + " is not in " + GENRES_CSV);
                }
            }
            if (genresAll == null || genresAll.length == 0) {
                rows.countDropped(DropReasons.NO_GENRES_ALL);
                continue;
            }
            String genre = Cells.text(reader.field(columns.label()));
            boolean imputed = false;
            if (genre == null && genreTree != null) {
                genre = genreTree.rollUp(genresAll);
                imputed = genre != null;
            }
            int row = rows.add(id, genre, imputed, text(reader, columns.trackTitle()),
                    text(reader, columns.artistName()), text(reader, columns.albumTitle()),
                    columns.dateReleased() < 0 ? 0 : Cells.year(reader.field(columns.dateReleased())));
            rowById.keepLast(row);
            for (ChosenColumn feature : ownFeatures) {
                rows.setFeature(row, feature.slot, reader.number(feature.column));
            }
        }
        return rowById;
    }

    private static String text(CsvRecordReader reader, int column) {
        return column < 0 ? null : Cells.text(reader.field(column));
    }

    /**
     * Streams one feature table, filling the chosen features of the tracks kept so far.
     *
     * @return the rows that had a row in this table
     */
    private static BitSet readFeatureTable(FmaTable table, List<ChosenColumn> features, TrackIdIndex rowById,
                                           TrackRows rows) throws DataLoadException {
        CsvRecordReader reader = table.reader();
        List<ChosenColumn> own = features.stream().filter(f -> f.table == table).toList();
        BitSet present = new BitSet(rows.size());
        long[] lineOfRow = new long[rows.size()];
        while (reader.next()) {
            int row = rowById.rowOf(reader.id(0));
            if (row < 0) {
                continue; // a track dropped earlier or absent from tracks.csv: the inner join skips it
            }
            if (present.get(row)) {
                throw reader.problem(0, String.format(Locale.ROOT, "track %d appears twice (first on line %d)",
                        reader.id(0), lineOfRow[row]));
            }
            present.set(row);
            lineOfRow[row] = reader.line();
            for (ChosenColumn feature : own) {
                rows.setFeature(row, feature.slot, reader.number(feature.column));
            }
        }
        return present;
    }
}
