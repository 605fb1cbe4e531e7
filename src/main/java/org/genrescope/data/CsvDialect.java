package org.genrescope.data;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;

/**
 * How one CSV file is written: its encoding, the character between fields and the decimal mark of its numbers.
 * Detected by {@link CsvSniffer} or forced by the user ({@code --encoding}, {@code --delimiter}, {@code --decimal});
 * the cleaning report names the one used.
 *
 * @param encoding      the character set the bytes are decoded with (after any byte order mark)
 * @param byteOrderMark true when the file starts with a byte order mark (skipped, never part of the first name)
 * @param delimiter     the field separator: ',', ';', '\t' or '|'
 * @param decimalMark   the decimal mark of numbers: '.' or ','; ',' only with a delimiter other than ','
 */
public record CsvDialect(Charset encoding, boolean byteOrderMark, char delimiter, char decimalMark) {

    /** FMA's own files and everything this program writes: UTF-8, commas, decimal points. */
    public static final CsvDialect STANDARD = new CsvDialect(java.nio.charset.StandardCharsets.UTF_8, false, ',', '.');

    public CsvDialect {
        Objects.requireNonNull(encoding, "encoding");
        if (",;\t|".indexOf(delimiter) < 0) {
            throw new IllegalArgumentException("delimiter must be one of , ; tab |, not '" + delimiter + "'");
        }
        if (decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("decimal mark must be '.' or ','");
        }
        if (decimalMark == ',' && delimiter == ',') {
            // a comma cannot both separate fields and fractions: "0,5" would be two fields
            throw new IllegalArgumentException("a decimal comma needs a delimiter other than the comma");
        }
    }

    /** The encoding as the report names it: "UTF-8", "UTF-8 with BOM", "windows-1252", "UTF-16 with BOM". */
    public String encodingName() {
        return encoding.name() + (byteOrderMark ? " with BOM" : "");
    }

    /** The delimiter by name: "comma", "semicolon", "tab" or "pipe". */
    public String delimiterName() {
        return CsvDelimiter.of(delimiter).id();
    }

    /** The decimal mark by name: "point" or "comma". */
    public String decimalName() {
        return decimalMark == ',' ? DecimalMark.COMMA.id() : DecimalMark.POINT.id();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %s-separated, decimal %s", encodingName(), delimiterName(),
                decimalName());
    }
}
