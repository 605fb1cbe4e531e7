package org.genrescope.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The heap a load needs, estimated before reading: the rows from the file's size and its first 4 MB (records
 * counted at line ends outside quotes, so long quoted bios count once), the features asked for, and what the
 * loader keeps per row. A load that would not fit is refused with one sentence saying how much it needs and how
 * to give Java more, instead of failing minutes later with an {@link OutOfMemoryError}.
 *
 * <p>What a run holds at its peak, measured on generated full-release folders (docs/benchmarks.md, "Full shape
 * within 2 GB"): while loading, the feature blocks not yet copied beside the table's matrix
 * ({@code TrackRows}: at most 2 copies of rows x features x 8 bytes); while grouping genres, the loaded and the
 * grouped table (at most 2); while scaling and after, the grouped table's raw values and the scaled matrix (2: the
 * pipeline keeps a large loaded table no longer once it is grouped). So 2 copies are counted, and per row the id
 * index, the row's genre, title, artist and album (600 bytes counted: generous since the id index and the shared
 * genre, artist and album texts of session 9), over a fixed {@link #BASELINE} for the
 * program itself, with one block of rows. The refusal's advice adds a quarter for what the analysis makes besides (codes, metrics' copies).
 *
 * @param rows     the data rows estimated (exact when the file is smaller than the sample)
 * @param features the feature columns the load keeps
 * @param bytes    the heap needed, in bytes
 */
public record LoadMemoryEstimate(long rows, int features, long bytes) {
    /** The program's own heap besides the data: classes, the window's or the command's objects, parser buffers. */
    static final long BASELINE = 96L << 20;
    static final long BYTES_PER_ROW = 600;
    /** Copies of the feature matrix alive at the peak of the load, grouping and scaling (see the class comment). */
    static final double FEATURE_COPIES = 2;
    static final int SAMPLE_BYTES = 4 << 20;
    private static final int FMA_TRACKS_HEADER_ROWS = 3;
    private static final int DEFAULT_FMA_FEATURES = ImportOptions.AUDIO_FEATURES.size();

    /**
     * Estimates the load of {@code input} (an FMA folder, one of its files, or a flat CSV); null when the input
     * cannot be sized (missing or unreadable: the reader itself then says why, in its own sentence).
     */
    public static LoadMemoryEstimate of(Path input, ImportOptions options) {
        try {
            InputFormat format = InputFormat.detect(input);
            Path file = input;
            int headerRows = 1;
            if (format == InputFormat.FMA_FOLDER) {
                Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
                file = folder.resolve(FmaFolderReader.TRACKS_CSV);
                headerRows = FMA_TRACKS_HEADER_ROWS;
            }
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Sample sample = Sample.read(file);
            long rows = Math.max(0, sample.estimatedRecords(Files.size(file)) - headerRows);
            int features = !options.features().isEmpty() ? options.features().size()
                    : format == InputFormat.FMA_FOLDER ? DEFAULT_FMA_FEATURES : sample.firstRecordFields();
            return new LoadMemoryEstimate(rows, features, need(rows, features));
        } catch (DataLoadException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The heap {@code rows} rows of {@code features} features need while loading, grouping and scaling, in bytes:
     * the copies of the matrix and the one block of rows that the load's last block may hold beyond the rows.
     */
    static long need(long rows, int features) {
        long lastBlock = 8L * Math.min(rows, TrackRows.blockRows(features)) * features;
        return BASELINE + rows * BYTES_PER_ROW + (long) Math.ceil(FEATURE_COPIES * 8.0 * rows * features) + lastBlock;
    }

    /**
     * Refuses a load that will not fit in {@code heapBytes} (the JVM's maximum heap, {@code Runtime.maxMemory()}).
     *
     * @throws DataLoadException one sentence: what the load needs, what Java may use, and the {@code -Xmx} to give
     */
    public static void check(Path input, ImportOptions options, long heapBytes) throws DataLoadException {
        LoadMemoryEstimate estimate = of(input, options);
        if (estimate != null && estimate.bytes > heapBytes) {
            throw DataLoadException.notEnoughMemory(input, estimate.refusal(heapBytes));
        }
    }

    /** The sentence (without the file) refusing this load under {@code heapBytes}. */
    String refusal(long heapBytes) {
        // a quarter more than the load, rounded up to whole gigabytes, leaves room for the analysis after it
        long gigabytes = Math.max(1, (long) Math.ceil(bytes * 1.25 / (1L << 30)));
        return String.format(Locale.ROOT, "loading needs about %,d MB of memory (about %,d tracks x %d features, "
                        + "estimated from the file's size and first rows) but Java may use only %,d MB here; start "
                        + "it with more, for example java -Xmx%dg -jar genrescope.jar, or GENRESCOPE_JAVA_OPTIONS=-Xmx%dg "
                        + "for the installed genrescope", megabytes(bytes), roundedRows(), features,
                megabytes(heapBytes), gigabytes, gigabytes);
    }

    /** The rows to three significant figures: an estimate should not look exact. */
    public long roundedRows() {
        if (rows < 1000) {
            return rows;
        }
        long unit = (long) Math.pow(10, Math.floor(Math.log10(rows)) - 2);
        return Math.round((double) rows / unit) * unit;
    }

    private static long megabytes(long bytes) {
        return bytes >> 20;
    }

    /** The first 4 MB of a file: its records (line ends outside double quotes) and the first record's fields. */
    private record Sample(long records, long bytesToLastRecordEnd, boolean wholeFile, int firstRecordFields) {

        static Sample read(Path file) throws IOException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SAMPLE_BYTES);
            }
            boolean whole = head.length < SAMPLE_BYTES || Files.size(file) == head.length;
            boolean quoted = false;
            long records = 0;
            long lastEnd = 0;
            int[] firstRecordDelimiters = new int[4];
            boolean inFirst = true;
            for (int i = 0; i < head.length; i++) {
                byte b = head[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (!quoted && b == '\n') {
                    records++;
                    lastEnd = i + 1;
                    inFirst = false;
                } else if (!quoted && inFirst) {
                    int d = b == ',' ? 0 : b == ';' ? 1 : b == '\t' ? 2 : b == '|' ? 3 : -1;
                    if (d >= 0) {
                        firstRecordDelimiters[d]++;
                    }
                }
            }
            if (whole && lastEnd < head.length) {
                records++; // a last record without a line end
                lastEnd = head.length;
            }
            int fields = 1;
            for (int count : firstRecordDelimiters) {
                fields = Math.max(fields, count + 1);
            }
            return new Sample(records, lastEnd, whole, fields);
        }

        /** The file's records: counted when the sample holds all of it, else scaled from the sample's bytes. */
        long estimatedRecords(long fileSize) {
            if (wholeFile || records == 0) {
                return records == 0 ? (wholeFile ? 0 : 1) : records;
            }
            return Math.round((double) records * fileSize / bytesToLastRecordEnd);
        }
    }
}
