package org.genrescope.data;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Streams the records of one CSV file with their physical line numbers, so every error can point at
 * the line a user sees in an editor (header rows and newlines inside quoted fields included).
 *
 * <p>Wraps univocity-parsers. Quotes are kept by the parser and stripped here: that is the only
 * way to tell a quoted field that never closes (it swallows the rest of the file) from a legal
 * multi-line field. Every parser failure becomes a {@link DataLoadException}.
 *
 * <p>Line ends may be mixed in one file (a spreadsheet's CRLF header over a script's LF rows, an old Mac's CR):
 * each of CRLF, CR and LF ends one physical line, as an editor and pandas count them, so they are read alike.
 */
final class CsvRecordReader implements AutoCloseable {

    /** FMA's features.csv has 519 columns; univocity's default limit is 512. */
    static final int MAX_FIELDS = 20_000;
    static final String PROGRESS_STAGE = "load";
    /**
     * The largest magnitude a feature value may have. Scaling sums squares over all tracks: beyond about 1e154 one
     * square overflows to infinity and the whole column becomes NaN, so such a value is refused here, where its
     * file, line and column are known. No audio feature comes near; 1e100 leaves room for any sum of squares.
     */
    static final double LARGEST_FEATURE = 1e100;
    /** Rows between two looks at the bytes read: cheap, and a few milliseconds even at features.csv's 9 KB a row. */
    private static final int PROGRESS_CHECK_EVERY_ROWS = 64;
    /** A report at most every this fraction of the file (and at its end), so the window's relay is not flooded. */
    private static final int PROGRESS_REPORTS_PER_FILE = 200;
    private static final int CANCEL_POLL_EVERY_ROWS = 512;

    private final Path file;
    private final CountingInputStream bytes;
    private final long fileSize;
    private final long bytesPerReport;
    private long bytesAtLastReport;
    private final CsvParser parser;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private long linesConsumed;
    private long recordLine;
    private String[] fields;
    private List<String> columnNames = List.of();
    private int expectedFields = -1;
    private long dataRows;
    private boolean countingData;
    /** Starts full so the very first record polls: a token cancelled before loading stops at once. */
    private long recordsSinceCancelPoll = CANCEL_POLL_EVERY_ROWS - 1;

    private final CsvDialect dialect;
    private final Set<String> extraMissing;

    private CsvRecordReader(Path file, CountingInputStream bytes, long fileSize, Reader reader, CsvDialect dialect,
                            Set<String> extraMissing, ProgressListener progress, CancellationToken cancel) {
        this.file = file;
        this.bytes = bytes;
        this.fileSize = fileSize;
        this.bytesPerReport = Math.max(1, fileSize / PROGRESS_REPORTS_PER_FILE);
        this.dialect = dialect;
        this.extraMissing = extraMissing;
        this.progress = progress;
        this.cancel = cancel;
        this.parser = new CsvParser(settings(dialect.delimiter()));
        parser.beginParsing(reader);
    }

    private static CsvParserSettings settings(char delimiter) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.setMaxCharsPerColumn(-1); // FMA bios and album notes exceed any fixed limit
        settings.setMaxColumns(MAX_FIELDS);
        // LineEndsAsLf has turned every line end into \n: univocity's detection would take the first line's end
        // for the whole file, so a CRLF first line over LF lines read as one header row
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setNormalizedNewline('\n');
        settings.setHeaderExtractionEnabled(false);
        settings.setSkipEmptyLines(false); // skipped here instead, so line numbers stay exact
        settings.setKeepQuotes(true);
        settings.setEmptyValue("");
        settings.setNullValue("");
        // A reader thread measured no faster on FMA's files; one thread keeps cancellation and failures simple.
        settings.setReadInputOnSeparateThread(false);
        return settings;
    }

    /** Opens {@code file} as UTF-8 with commas (FMA's files); a missing or unreadable file is a {@link DataLoadException}. */
    static CsvRecordReader open(Path file, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException {
        return open(file, CsvDialect.STANDARD, Set.of(), progress, cancel);
    }

    /**
     * Opens {@code file} as {@code dialect} says, with {@code options}' extra missing-value spellings; a missing
     * or unreadable file is a {@link DataLoadException}.
     */
    static CsvRecordReader open(Path file, CsvDialect dialect, ImportOptions options, ProgressListener progress,
                                CancellationToken cancel) throws DataLoadException {
        return open(file, dialect, Set.copyOf(options.missingValues()), progress, cancel);
    }

    private static CsvRecordReader open(Path file, CsvDialect dialect, Set<String> extraMissing,
                                        ProgressListener progress, CancellationToken cancel)
            throws DataLoadException {
        if (!Files.exists(file)) {
            throw new DataLoadException(file, 0, null, "the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataLoadException(file, 0, null, "this is not a file");
        }
        Reader reader = null;
        try {
            long size = Files.size(file);
            CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
            reader = new LineEndsAsLf(CsvSniffer.open(bytes, dialect));
            return new CsvRecordReader(file, bytes, size, reader, dialect, extraMissing, progress, cancel);
        } catch (IOException | RuntimeException e) {
            // beginParsing reads the first block, so the parser can fail before this reader owns the file
            closeQuietly(reader, e);
            throw notUtf8(e) ? encodingProblem(file, dialect, e)
                    : new DataLoadException(file, 0, null, "the file cannot be opened (" + describe(e) + ")", e);
        }
    }

    private static void closeQuietly(Reader reader, Exception failure) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (IOException | RuntimeException closing) {
            failure.addSuppressed(closing);
        }
    }

    Path file() {
        return file;
    }

    CsvDialect dialect() {
        return dialect;
    }

    /** Whether field {@code index} of the current record is a number (of any size) or missing. */
    boolean isNumberOrMissing(int index) {
        try {
            Cells.number(field(index), dialect.decimalMark(), extraMissing);
            return true;
        } catch (Cells.CellFormatException e) {
            return false;
        }
    }

    /** Whether field {@code index} of the current record means "no value" (empty or a missing spelling). */
    boolean isMissing(int index) {
        return Cells.isMissing(field(index), extraMissing);
    }

    /**
     * From now on every record must have {@code names.size()} fields, errors name columns by
     * {@code names}, and records count as data rows for progress.
     */
    void beginData(List<String> names) {
        this.columnNames = List.copyOf(names);
        this.expectedFields = names.size();
        this.countingData = true;
    }

    /** Requires every following record to have as many fields as the current one. */
    void expectFieldCountOfCurrent() {
        this.expectedFields = fields.length;
    }

    /** Moves to the next non-blank record; false at the end of the file. */
    boolean next() throws DataLoadException {
        while (true) {
            if (++recordsSinceCancelPoll >= CANCEL_POLL_EVERY_ROWS) {
                recordsSinceCancelPoll = 0;
                cancel.throwIfCancelled();
            }
            String[] row = parseNext();
            if (row == null) {
                fields = null;
                if (countingData) {
                    reportProgress();
                }
                return false;
            }
            long lastLine = parser.getContext().currentLine();
            recordLine = linesConsumed + 1;
            linesConsumed = Math.max(lastLine, recordLine);
            if (row.length == 1 && row[0].isBlank()) {
                continue;
            }
            fields = row;
            checkQuotesClosed();
            if (expectedFields >= 0 && row.length != expectedFields) {
                throw new DataLoadException(file, recordLine, null, String.format(Locale.ROOT,
                        "the row has %s but the header has %d", row.length == 1 ? "1 field" : row.length + " fields",
                        expectedFields));
            }
            if (countingData && ++dataRows % PROGRESS_CHECK_EVERY_ROWS == 0
                    && bytes.count() - bytesAtLastReport >= bytesPerReport) {
                reportProgress();
            }
            return true;
        }
    }

    private String[] parseNext() throws DataLoadException {
        try {
            return parser.parseNext();
        } catch (RuntimeException e) {
            throw parseProblem(e);
        }
    }

    private DataLoadException parseProblem(RuntimeException failure) {
        if (notUtf8(failure)) {
            return encodingProblem(file, dialect, failure);
        }
        long line = linesConsumed + 1;
        Throwable reason = failure;
        if (failure instanceof TextParsingException parsing) {
            line = parsing.getLineIndex() >= 0 ? parsing.getLineIndex() + 1 : line;
            reason = parsing.getCause() != null ? parsing.getCause() : parsing;
        }
        return new DataLoadException(file, line, null, "the file cannot be read as CSV (" + describe(reason) + ")",
                failure);
    }

    private static boolean notUtf8(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decoder fails while filling a read-ahead buffer, possibly many lines past the record being
     * parsed, so no line is named rather than a wrong one.
     */
    private static DataLoadException encodingProblem(Path file, CsvDialect dialect, Throwable failure) {
        return new DataLoadException(file, 0, null, "the file is not " + dialect.encoding().name() + " text; save "
                + "it as UTF-8, or give its encoding with --encoding", failure);
    }

    /**
     * An unclosed quote makes the parser read to the end of the file, so the field spans lines and
     * keeps its opening quote without a closing one.
     */
    private void checkQuotesClosed() throws DataLoadException {
        for (int i = 0; i < fields.length; i++) {
            String value = fields[i];
            if (!value.isEmpty() && value.charAt(0) == '"'
                    && (value.length() == 1 || value.charAt(value.length() - 1) != '"')
                    && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
                throw problem(i, "a quoted field opens on this line and is never closed");
            }
        }
    }

    /**
     * Reports the bytes read of the file's size (the file may have grown or shrunk since it was opened: the
     * fraction never passes 1); at the end of the file, done equals the total.
     */
    private void reportProgress() {
        long read = bytes.count();
        bytesAtLastReport = read;
        long total = Math.max(fileSize, read);
        long done = fields == null ? total : read;
        progress.progress(PROGRESS_STAGE, done, total, String.format(Locale.ROOT, "%s: %s of %s read, %,d rows",
                file.getFileName(), megabytes(done, total), megabytes(total, total), dataRows));
    }

    /** {@code bytes} in MB, with one decimal when {@code scale} (the file's size) is under 10 MB. */
    static String megabytes(long bytes, long scale) {
        double mb = bytes / 1e6;
        return scale < 10_000_000 ? String.format(Locale.ROOT, "%.1f MB", mb)
                : String.format(Locale.ROOT, "%,d MB", Math.round(mb));
    }

    /** Physical line (from 1) where the current record starts; see {@link #lineOf} for a field's line. */
    long line() {
        return recordLine;
    }

    /** Fields per record of the data (the header's count), or of the current record before {@link #beginData}. */
    int columnCount() {
        return expectedFields >= 0 ? expectedFields : fields.length;
    }

    int fieldCount() {
        return fields.length;
    }

    /** The unquoted text of field {@code index} of the current record; "" when empty. */
    String field(int index) {
        String value = fields[index];
        int last = value.length() - 1;
        if (last >= 1 && value.charAt(0) == '"' && value.charAt(last) == '"') {
            return value.substring(1, last);
        }
        return value;
    }

    /**
     * Field {@code index} as a feature value (NaN when missing); anything else, and a value beyond
     * ±{@link #LARGEST_FEATURE}, is a {@link DataLoadException}.
     */
    double number(int index) throws DataLoadException {
        double value;
        try {
            value = Cells.number(field(index), dialect.decimalMark(), extraMissing);
        } catch (Cells.CellFormatException e) {
            throw problem(index, e.getMessage());
        }
        if (Math.abs(value) > LARGEST_FEATURE) {
            // with what to do (new user, session 28: the sentence named the value and left the user there)
            throw problem(index, Cells.quote(field(index)) + " is too large to analyse (beyond \u00b11e100, where "
                    + "scaling overflows); correct it, or leave the column out of the features with --features");
        }
        return value;
    }

    /** Field {@code index} as a whole-number id. */
    long id(int index) throws DataLoadException {
        try {
            return Cells.id(field(index), dialect.decimalMark());
        } catch (Cells.CellFormatException e) {
            throw problem(index, e.getMessage());
        }
    }

    /** Field {@code index} as a list of ids like {@code [21, 12]}; null when the cell is empty. */
    long[] idList(int index) throws DataLoadException {
        try {
            return Cells.idList(field(index));
        } catch (Cells.CellFormatException e) {
            throw problem(index, e.getMessage());
        }
    }

    /** Data rows read so far (records after {@link #beginData}). */
    long dataRows() {
        return dataRows;
    }

    /** The column name for messages, or null when the header is not known yet. */
    String columnName(int index) {
        return index < columnNames.size() ? columnNames.get(index) : null;
    }

    /** A {@link DataLoadException} about field {@code index} of the current record, on the line it starts. */
    DataLoadException problem(int index, String problem) {
        return new DataLoadException(file, lineOf(index), columnName(index), problem);
    }

    /** The physical line field {@code index} starts on: later than the record's when earlier fields span lines. */
    long lineOf(int index) {
        long line = recordLine;
        for (int i = 0; i < index; i++) {
            line += lineBreaks(fields[i]);
        }
        return line;
    }

    private static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    @Override
    public void close() {
        parser.stopParsing();
    }

    /**
     * Hands on the text with every line end (CRLF, a lone CR, LF) as one LF, so that one file may mix them; a CR
     * at the end of one read and an LF at the start of the next are still one line end.
     */
    static final class LineEndsAsLf extends java.io.FilterReader {
        private boolean afterCr;

        LineEndsAsLf(Reader in) {
            super(in);
        }

        /** No mark: a reset would replay a CR whose LF was already swallowed. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            char[] skipped = new char[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(0, read);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                int n = in.read(buffer, offset, length);
                if (n < 0) {
                    return n;
                }
                if (!afterCr && noCr(buffer, offset, n)) {
                    return n; // the usual case (LF files): nothing to rewrite, so nothing is copied
                }
                int out = offset;
                for (int i = offset; i < offset + n; i++) {
                    char c = buffer[i];
                    if (c == '\n' && afterCr) {
                        afterCr = false; // the LF of a CRLF, whose CR was already handed on as LF
                        continue;
                    }
                    afterCr = c == '\r';
                    buffer[out++] = afterCr ? '\n' : c;
                }
                if (out > offset) {
                    return out - offset;
                }
                // the read held only the LF of a CRLF: a reader hands on at least one character or the end
            }
        }

        private static boolean noCr(char[] buffer, int offset, int length) {
            for (int i = offset, end = offset + length; i < end; i++) {
                if (buffer[i] == '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String firstLine = newline >= 0 ? message.substring(0, newline) : message;
        return firstLine.strip().replaceAll("[.:]+$", "");
    }
}
