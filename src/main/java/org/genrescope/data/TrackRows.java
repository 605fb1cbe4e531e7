package org.genrescope.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Growing columns of tracks while files stream in, then the cleaning steps that only need whole
 * columns (missing features) and the final {@link TrackTable}. Rows are never reordered: the result
 * keeps input order.
 *
 * <p>The features are kept in blocks of {@link #blockRows} rows, not in one array grown by doubling: at FMA's
 * full shape (106,574 x 518) a doubled array held 131,072 rows' room and was copied at each step, so the load
 * peaked at about 2.25 matrices. Blocks are never copied while rows arrive, and {@link #toTable} releases each
 * block once its kept rows are in the table's matrix, so the load peaks at the table's matrix plus the blocks not
 * yet copied: at most 2 matrices and one block ({@link LoadMemoryEstimate}).
 */
final class TrackRows {
    /** The fewest rows a feature block has: 4,096 rows of 518 features is 17 MB. */
    static final int MIN_BLOCK_ROWS = 4096;
    private static final int FIRST_BLOCK_ROWS = 64;
    /**
     * Half a G1 region, in bytes: G1 allocates a larger array as humongous (straight into regions of its own, never
     * copied by a collection). 1 MB (half of the 2 MB regions of a 4 GB heap) where the region size cannot be read.
     */
    static final long HUMONGOUS_BYTES = humongousBytes();

    /** The log2 of {@link #blockRows}: row {@code r} is in block {@code r >> blockShift}. */
    private final int blockShift;
    private final int blockRows;

    /** Distinct texts shared between rows at most: past it a text is kept as read (a bound on the pool's own memory). */
    static final int POOLED_TEXTS = 1 << 16;

    private final int featureCount;
    private int size;
    private long[] ids;
    /** Row {@code r}'s features at {@code blocks[r >> blockShift][(r & (blockRows - 1)) * featureCount ...]}. */
    private double[][] blocks = new double[0][];
    private String[] genres;
    private String[] titles;
    private String[] artists;
    private String[] albums;
    private int[] years;
    /**
     * One instance of each genre, artist and album text: they repeat from row to row (an album's tracks, an artist's
     * albums), and each text kept as read was two more objects per row that every young collection of a large load
     * copied again (docs/benchmarks.md, "Loading and the Data tab without stalls").
     */
    private final Map<String, String> texts = new HashMap<>();
    private final BitSet genreImputed = new BitSet();
    private final BitSet dropped = new BitSet();
    private final Map<String, Long> droppedByReason = new LinkedHashMap<>();
    private final Map<String, Long> missingByFeature = new LinkedHashMap<>();
    private String[] idTexts;
    private CsvDialect dialect;
    private final List<String> droppedRows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean synthetic;

    TrackRows(int featureCount) {
        this(featureCount, 0);
    }

    /**
     * Rows with room for {@code expectedRows} (an estimate: 0 when unknown; they grow past it), so that a large load
     * does not copy its columns at each doubling.
     */
    TrackRows(int featureCount, int expectedRows) {
        this.featureCount = featureCount;
        this.blockRows = blockRows(featureCount);
        this.blockShift = Integer.numberOfTrailingZeros(blockRows);
        int capacity = Math.max(1024, expectedRows + expectedRows / 16);
        ids = new long[capacity];
        genres = new String[capacity];
        titles = new String[capacity];
        artists = new String[capacity];
        albums = new String[capacity];
        years = new int[capacity];
    }

    /**
     * Rows per feature block for {@code featureCount} features: a power of two, at least {@link #MIN_BLOCK_ROWS}, and
     * enough that a full block is larger than {@link #HUMONGOUS_BYTES}. G1 copies an array under that size from
     * young to survivor to old regions; at a million rows of 9 features the 4,096-row blocks (295 KB) were most of
     * what the load's young collections copied (131 of 140 MB sampled), into memory this VM gives slowly, and such
     * collections took 93-110 ms (docs/benchmarks.md, session 25). 16,384 rows of 9 features are 1.2 MB; the rest of
     * each block's last region stays unused until {@link #toTable} drops the block (about 50 MB at a million rows
     * of 9 features, beside {@link LoadMemoryEstimate}'s count).
     */
    static int blockRows(int featureCount) {
        long rowsForHumongous = HUMONGOUS_BYTES / (8L * Math.max(1, featureCount)) + 1;
        long rows = Math.max(MIN_BLOCK_ROWS, Long.highestOneBit(rowsForHumongous - 1) << 1);
        return (int) Math.min(rows, 1 << 20);
    }

    private static long humongousBytes() {
        try {
            long region = Long.parseLong(java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption("G1HeapRegionSize").getValue());
            return region > 0 ? region / 2 : 1 << 20;
        } catch (RuntimeException | LinkageError e) {
            return 1 << 20; // not HotSpot, or no such option: the 4 GB heap's half region
        }
    }

    /** Appends a row with every feature missing (NaN) and returns its index. */
    int add(long id, String genre, boolean genreWasImputed, String title, String artist, String album, int year) {
        if (size == ids.length) {
            grow();
        }
        int blockIndex = size >> blockShift;
        if (blockIndex == blocks.length) {
            // the first block starts small and doubles up to its full size, so that a small file takes little
            blocks = Arrays.copyOf(blocks, blockIndex + 1);
            blocks[blockIndex] = new double[(blockIndex == 0 ? FIRST_BLOCK_ROWS : blockRows) * featureCount];
        } else if (blocks[blockIndex].length < offset(size) + featureCount) {
            blocks[blockIndex] = Arrays.copyOf(blocks[blockIndex],
                    Math.min(2 * blocks[blockIndex].length, blockRows * featureCount));
        }
        int row = size++;
        ids[row] = id;
        genres[row] = pooled(genre);
        titles[row] = title;
        artists[row] = pooled(artist);
        albums[row] = pooled(album);
        years[row] = year;
        genreImputed.set(row, genreWasImputed);
        int at = offset(row);
        Arrays.fill(block(row), at, at + featureCount, Double.NaN);
        return row;
    }

    /** The instance of {@code text} kept already, or {@code text}, kept when the pool has room. */
    private String pooled(String text) {
        if (text == null) {
            return null;
        }
        String kept = texts.get(text);
        if (kept != null) {
            return kept;
        }
        if (texts.size() < POOLED_TEXTS) {
            texts.put(text, text);
        }
        return text;
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        genres = Arrays.copyOf(genres, capacity);
        titles = Arrays.copyOf(titles, capacity);
        artists = Arrays.copyOf(artists, capacity);
        albums = Arrays.copyOf(albums, capacity);
        years = Arrays.copyOf(years, capacity);
    }

    int size() {
        return size;
    }

    /** The block holding row {@code row}'s features. */
    private double[] block(int row) {
        return blocks[row >> blockShift];
    }

    /** Where row {@code row}'s first feature is in its block. */
    private int offset(int row) {
        return (row & (blockRows - 1)) * featureCount;
    }

    /** Text ids, one per row added so far: the table then numbers rows in {@code ids} and keeps these. */
    void useTextIds(String[] texts, long[] rowNumbers) {
        idTexts = Arrays.copyOf(texts, size);
        System.arraycopy(rowNumbers, 0, ids, 0, size);
    }

    void dialect(CsvDialect used) {
        dialect = used;
    }

    /** Names a dropped row (up to {@link CleaningReport#ROWS_NAMED}). */
    void nameDroppedRow(String row) {
        if (droppedRows.size() < CleaningReport.ROWS_NAMED) {
            droppedRows.add(row);
        }
    }

    /** Marks the rows as made by the sample generator, not real tracks. */
    void synthetic(boolean made) {
        synthetic = made;
    }

    void note(String note) {
        notes.add(note);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void setFeature(int row, int feature, double value) {
        block(row)[offset(row) + feature] = value;
    }

    /** Counts a row dropped before it was added (for example with no genres_all). */
    void countDropped(String reason) {
        droppedByReason.merge(reason, 1L, Long::sum);
    }

    /** Drops every row not in {@code present}, counting them under {@code reason}. */
    void dropRowsNotIn(BitSet present, String reason) {
        for (int row = 0; row < size; row++) {
            if (!present.get(row) && !dropped.get(row)) {
                drop(row, reason);
            }
        }
    }

    private void drop(int row, String reason) {
        dropped.set(row);
        countDropped(reason);
    }

    /**
     * Applies the missing-value policy to the rows still kept: drop them, or fill each feature with
     * its mean or median over the kept rows that have a value.
     *
     * @param featureNames for the report and errors
     * @param featureFiles the file each feature came from, for errors
     * @return values imputed per feature name (only features that had any)
     */
    Map<String, Long> handleMissing(MissingValuePolicy policy, List<String> featureNames, List<Path> featureFiles)
            throws DataLoadException {
        Map<String, Long> imputed = new LinkedHashMap<>();
        countMissing(featureNames);
        if (policy == MissingValuePolicy.DROP) {
            for (int row = 0; row < size; row++) {
                if (!dropped.get(row) && hasMissingFeature(row)) {
                    drop(row, DropReasons.MISSING_FEATURE);
                }
            }
            return imputed;
        }
        for (int feature = 0; feature < featureCount; feature++) {
            double[] present = new double[size];
            int count = 0;
            int missing = 0;
            for (int row = 0; row < size; row++) {
                if (!dropped.get(row)) {
                    double value = block(row)[offset(row) + feature];
                    if (Double.isNaN(value)) {
                        missing++;
                    } else {
                        present[count++] = value;
                    }
                }
            }
            if (missing == 0) {
                continue;
            }
            if (count == 0) {
                throw new DataLoadException(featureFiles.get(feature), 0, featureNames.get(feature),
                        "the feature has no values at all, so there is nothing to impute from");
            }
            double fill = policy == MissingValuePolicy.MEAN ? mean(present, count) : median(present, count);
            for (int row = 0; row < size; row++) {
                double[] block = block(row);
                int at = offset(row) + feature;
                if (!dropped.get(row) && Double.isNaN(block[at])) {
                    block[at] = fill;
                }
            }
            imputed.put(featureNames.get(feature), (long) missing);
        }
        return imputed;
    }

    private void countMissing(List<String> featureNames) {
        // row by row, in the order the values lie in memory: a column at a time strides featureCount doubles
        // per step, which at features.csv's 518 took a tenth of its whole load
        long[] missing = new long[featureCount];
        for (int row = 0; row < size; row++) {
            if (dropped.get(row)) {
                continue;
            }
            double[] block = block(row);
            for (int feature = 0, at = offset(row); feature < featureCount; feature++, at++) {
                if (Double.isNaN(block[at])) {
                    missing[feature]++;
                }
            }
        }
        for (int feature = 0; feature < featureCount; feature++) {
            if (missing[feature] > 0) {
                missingByFeature.put(featureNames.get(feature), missing[feature]);
            }
        }
    }

    private boolean hasMissingFeature(int row) {
        double[] block = block(row);
        for (int at = offset(row), end = at + featureCount; at < end; at++) {
            if (Double.isNaN(block[at])) {
                return true;
            }
        }
        return false;
    }

    private static double mean(double[] values, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    /** The middle value, or the mean of the two middle values for an even count (as pandas does). */
    private static double median(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int middle = count / 2;
        return count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The kept rows as a table, with the report. Each feature block is released once its rows are copied, so this
     * may be called once: the rows are no longer readable after it.
     */
    TrackTable toTable(String format, List<String> featureNames, long rowsRead, Map<String, Long> imputed) {
        int kept = size - dropped.cardinality();
        long[] keptIds = new long[kept];
        double[] keptFeatures = new double[kept * featureCount];
        String[] keptGenres = new String[kept];
        String[] keptTitles = new String[kept];
        String[] keptArtists = new String[kept];
        String[] keptAlbums = new String[kept];
        int[] keptYears = new int[kept];
        String[] keptIdTexts = idTexts == null ? null : new String[kept];
        long genresImputed = 0;
        Map<String, Long> genreCounts = new TreeMap<>();
        int out = 0;
        for (int row = 0; row < size; row++) {
            if (!dropped.get(row)) {
                keptIds[out] = ids[row];
                System.arraycopy(block(row), offset(row), keptFeatures, out * featureCount, featureCount);
                keptGenres[out] = genres[row];
                keptTitles[out] = titles[row];
                keptArtists[out] = artists[row];
                keptAlbums[out] = albums[row];
                keptYears[out] = years[row];
                if (keptIdTexts != null) {
                    keptIdTexts[out] = idTexts[row];
                }
                if (genreImputed.get(row)) {
                    genresImputed++;
                }
                if (genres[row] != null) {
                    genreCounts.merge(genres[row], 1L, Long::sum);
                }
                out++;
            }
            if ((row & (blockRows - 1)) == blockRows - 1) {
                blocks[row >> blockShift] = null; // copied: its memory can go back while the next blocks are copied
            }
        }
        blocks = new double[0][];
        texts.clear();
        CleaningReport report = new CleaningReport(rowsRead, kept, droppedByReason, imputed, genresImputed,
                genreCounts, dialect, missingByFeature, droppedRows, notes, warnings, synthetic);
        return new TrackTable(format, featureNames, keptIds, keptFeatures, keptGenres, keptTitles, keptArtists,
                keptAlbums, keptYears, report, keptIdTexts);
    }
}
