package org.genrescope.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Works out how a flat CSV file is written ({@link CsvDialect}) from its bytes, its header and its first rows,
 * and shows the first rows as the reader will parse them ({@link #preview}). The command line and the window
 * both open files through this class and {@link FlatCsvReader}, so they detect the same and say the same.
 *
 * <ul>
 *   <li>Encoding: a byte order mark decides (UTF-8 or UTF-16); else UTF-8 when every byte of the file is valid
 *       UTF-8, else windows-1252 (a superset of Latin-1, what Excel writes on Western Windows). A forced
 *       encoding ({@link ImportOptions#encoding()}) is used as given.</li>
 *   <li>Delimiter: of comma, semicolon, tab and pipe, the one that occurs in the header and splits the first
 *       rows into as many fields as the header (outside quotes); among several, the one giving most fields.</li>
 *   <li>Decimal mark: a comma when the delimiter is not a comma and the first rows hold numbers written with a
 *       decimal comma ({@code 0,238617}) and none with a decimal point; else a point.</li>
 * </ul>
 */
public final class CsvSniffer {

    /** Records looked at to detect the delimiter and the decimal mark. */
    static final int SAMPLE_RECORDS = 50;
    private static final int SAMPLE_CHARS = 256 * 1024;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSniffer() {
    }

    /**
     * The dialect of {@code file}: detected, except for what {@code options} forces.
     *
     * @throws DataLoadException naming the file when it is missing, unreadable, binary or compressed, or when
     *                           the forced encoding is unknown
     */
    public static CsvDialect detect(Path file, ImportOptions options) throws DataLoadException {
        if (!Files.isRegularFile(file)) {
            throw new DataLoadException(file, 0, null, Files.exists(file) ? "this is not a file"
                    : "the file does not exist");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw new DataLoadException(file, 0, null, "the file cannot be read (" + e.getMessage() + ")", e);
        }
        boolean utf8Bom = startsWith(head, 0xEF, 0xBB, 0xBF);
        boolean utf16Bom = startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE);
        if (!utf16Bom) {
            refuseBinary(file, head);
        }
        Charset charset;
        boolean bom;
        if (!ImportOptions.AUTO_ENCODING.equalsIgnoreCase(options.encoding())) {
            charset = forcedCharset(file, options.encoding());
            bom = (charset.equals(StandardCharsets.UTF_8) && utf8Bom)
                    || (charset.name().startsWith("UTF-16") && utf16Bom);
        } else if (utf8Bom) {
            charset = StandardCharsets.UTF_8;
            bom = true;
        } else if (utf16Bom) {
            charset = StandardCharsets.UTF_16;
            bom = true;
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            bom = false;
        }
        String sample = sample(file, charset, bom);
        List<String> records = records(sample);
        char delimiter = options.delimiter() != CsvDelimiter.AUTO ? options.delimiter().character()
                : delimiter(records);
        char decimal;
        if (options.decimal() != DecimalMark.AUTO) {
            decimal = options.decimal().character();
            if (decimal == ',' && delimiter == ',') {
                throw new DataLoadException(file, 0, null, "setting 'decimal': a decimal comma needs a delimiter "
                        + "other than the comma (the file is comma-separated); choose --delimiter");
            }
        } else {
            decimal = delimiter == ',' ? '.' : decimalMark(records, delimiter);
        }
        return new CsvDialect(charset, bom, delimiter, decimal);
    }

    /**
     * The file's dialect, header and first {@code maxRows} data rows as the reader parses them (quotes removed,
     * blank lines skipped), with the id and label columns the reader would choose: what a mapping dialog shows.
     *
     * @throws DataLoadException as {@link #detect}, or naming the line of a row the parser cannot read
     */
    public static CsvPreview preview(Path file, ImportOptions options, int maxRows) throws DataLoadException {
        CsvDialect dialect = detect(file, options);
        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect, options,
                org.genrescope.task.ProgressListener.NONE, org.genrescope.task.CancellationToken.NEVER)) {
            if (!reader.next()) {
                throw new DataLoadException(file, 0, null, "the file is empty, with no header row");
            }
            List<String> header = new ArrayList<>();
            for (int i = 0; i < reader.fieldCount(); i++) {
                header.add(reader.field(i).strip());
            }
            reader.beginData(header);
            List<List<String>> rows = new ArrayList<>();
            List<List<Cell>> numbers = new ArrayList<>();
            while (rows.size() < maxRows && reader.next()) {
                List<String> row = new ArrayList<>(header.size());
                List<Cell> parsed = new ArrayList<>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    row.add(reader.field(i));
                    parsed.add(asFeature(reader, i));
                }
                rows.add(List.copyOf(row));
                numbers.add(List.copyOf(parsed));
            }
            FlatLayout layout = FlatLayout.of(file, header, options);
            return new CsvPreview(dialect, header, rows, numbers, layout.idName(header), layout.hasIndexColumn(),
                    layout.labelCandidates(), layout.labelName(header), layout.knownLayout(),
                    FlatLayout.nameOf(header, layout.title()), FlatLayout.nameOf(header, layout.artist()));
        }
    }

    /** Field {@code column} of the reader's record as the reader would take it as a feature value. */
    private static Cell asFeature(CsvRecordReader reader, int column) {
        if (reader.isMissing(column)) {
            return new Cell(Double.NaN, null);
        }
        try {
            return new Cell(reader.number(column), null);
        } catch (DataLoadException e) {
            return new Cell(Double.NaN, e.getMessage());
        }
    }

    /**
     * One preview cell read as a feature value.
     *
     * @param value   the number; NaN when the cell is missing (empty or a missing spelling) or fails
     * @param problem the reader's sentence when the cell would stop the load as a feature, else null
     */
    public record Cell(double value, String problem) {
        /** True when the cell is missing rather than a number or a failure. */
        public boolean missing() {
            return Double.isNaN(value) && problem == null;
        }
    }

    /** Opens {@code file} for reading as {@code dialect} says, skipping a UTF-8 byte order mark. */
    static Reader open(Path file, CsvDialect dialect) throws IOException {
        return open(new CountingInputStream(Files.newInputStream(file)), dialect);
    }

    /** As {@link #open(Path, CsvDialect)}, reading from {@code in} (the file's bytes, counted as they are read). */
    static Reader open(CountingInputStream in, CsvDialect dialect) throws IOException {
        try {
            if (dialect.byteOrderMark() && dialect.encoding().equals(StandardCharsets.UTF_8)) {
                in.skipNBytes(3);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CharsetDecoder decoder = dialect.encoding().newDecoder();
        // single-byte sets decode every byte; for UTF-8/16 a bad byte must be an error, never a silent '?'
        CodingErrorAction action = dialect.encoding().newEncoder().maxBytesPerChar() <= 1
                ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        decoder.onMalformedInput(action).onUnmappableCharacter(action);
        return new java.io.BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    private static Charset forcedCharset(Path file, String name) throws DataLoadException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DataLoadException(file, 0, null, "setting 'encoding': '" + name + "' is not a character set "
                    + "this Java knows (try utf-8, windows-1252, iso-8859-1, utf-16 or auto)");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Compressed and binary files are refused by what they are, rather than as text that does not parse. */
    private static void refuseBinary(Path file, byte[] head) throws DataLoadException {
        if (startsWith(head, 0x1F, 0x8B)) {
            throw new DataLoadException(file, 0, null, "this is a gzip-compressed file, not CSV text; unpack it first");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            throw new DataLoadException(file, 0, null, "this is a zip archive (or an Excel .xlsx workbook), not CSV "
                    + "text; unpack it or save the sheet as CSV first");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new DataLoadException(file, 0, null, "this is a binary file (it holds NUL bytes), not CSV text");
            }
        }
    }

    /** True when every byte of the file is valid UTF-8 (read to the end: one bad byte anywhere counts). */
    private static boolean isUtf8(Path file) throws DataLoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[64 * 1024];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            while (reader.read(buffer) >= 0) {
                // only whether decoding succeeds matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new DataLoadException(file, 0, null, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String sample(Path file, Charset charset, boolean bom) throws DataLoadException {
        CsvDialect plain = new CsvDialect(charset, bom, ',', '.');
        char[] buffer = new char[SAMPLE_CHARS];
        int filled = 0;
        try (Reader reader = open(file, plain)) {
            int read;
            while (filled < buffer.length && (read = reader.read(buffer, filled, buffer.length - filled)) >= 0) {
                filled += read;
            }
        } catch (CharacterCodingException e) {
            throw new DataLoadException(file, 0, null, "the file is not " + charset.name() + " text; choose its "
                    + "encoding with --encoding (or auto)", e);
        } catch (IOException e) {
            throw new DataLoadException(file, 0, null, "the file cannot be read (" + e.getMessage() + ")", e);
        }
        return new String(buffer, 0, filled);
    }

    /** The first records of the sample, split at line breaks outside double quotes. */
    static List<String> records(String text) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length() && records.size() <= SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                String record = text.substring(start, i);
                if (!record.isBlank()) {
                    records.add(record);
                }
                start = i + 1;
            }
        }
        if (start < text.length() && records.size() <= SAMPLE_RECORDS && !quoted) {
            String last = text.substring(start);
            if (!last.isBlank()) {
                records.add(last);
            }
        }
        return records;
    }

    /** Fields of one record split at {@code delimiter} outside quotes, quotes kept. */
    static List<String> split(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                fields.add(record.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(record.substring(start));
        return fields;
    }

    /**
     * The candidate present in the header whose field count is the header's in the most rows, ties broken by
     * more fields, then by the order comma, semicolon, tab, pipe; a comma when no candidate is in the header
     * (a one-column file).
     */
    static char delimiter(List<String> records) {
        if (records.isEmpty()) {
            return ',';
        }
        char best = ',';
        int bestAgreeing = -1;
        int bestFields = 1;
        for (char candidate : CANDIDATES) {
            int fields = split(records.get(0), candidate).size();
            if (fields < 2) {
                continue;
            }
            int agreeing = 0;
            for (int r = 1; r < records.size(); r++) {
                if (split(records.get(r), candidate).size() == fields) {
                    agreeing++;
                }
            }
            if (agreeing > bestAgreeing || (agreeing == bestAgreeing && fields > bestFields)) {
                best = candidate;
                bestAgreeing = agreeing;
                bestFields = fields;
            }
        }
        return best;
    }

    /** A comma when some unquoted cell of the data rows is a number with a decimal comma and none has a point. */
    static char decimalMark(List<String> records, char delimiter) {
        boolean comma = false;
        for (int r = 1; r < records.size(); r++) {
            for (String field : split(records.get(r), delimiter)) {
                String cell = field.strip();
                if (cell.length() >= 2 && cell.charAt(0) == '"') {
                    cell = cell.substring(1, cell.length() - 1).strip();
                }
                if (DECIMAL_POINT.matcher(cell).matches()) {
                    return '.';
                }
                comma |= DECIMAL_COMMA.matcher(cell).matches();
            }
        }
        return comma ? ',' : '.';
    }

    /**
     * What {@link #preview} found.
     *
     * @param dialect         the encoding, delimiter and decimal mark used
     * @param header          the column names, blank for a blank-named column
     * @param rows            the first data rows as parsed, each as long as the header
     * @param features        the same cells as the reader reads a feature value, for whichever columns are chosen
     * @param idColumn        the id column's name, or null when rows are numbered
     * @param indexColumn     true when the first column is blank-named (a saved pandas index): never a feature,
     *                        chosen as the id with {@code --id-column index}
     * @param labelCandidates the columns that could hold the genre label (the chosen one first when known)
     * @param label           the label column chosen without asking, or null (none, or several candidates)
     * @param knownLayout     the name of the public data set whose layout the header has, or null
     * @param titleColumn     the title column the reader would use, or null
     * @param artistColumn    the artist column the reader would use, or null
     */
    public record CsvPreview(CsvDialect dialect, List<String> header, List<List<String>> rows,
                             List<List<Cell>> features, String idColumn, boolean indexColumn,
                             List<String> labelCandidates, String label, String knownLayout, String titleColumn,
                             String artistColumn) {
        public CsvPreview {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            features = List.copyOf(features);
            labelCandidates = List.copyOf(labelCandidates);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s; id %s; label %s", dialect, idColumn, label);
        }
    }
}
