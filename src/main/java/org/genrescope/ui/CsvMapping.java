package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.CsvDelimiter;
import org.genrescope.data.DecimalMark;
import org.genrescope.data.ImportOptions;

/**
 * How to read a flat CSV, as chosen in the column-mapping dialog: the analysis settings of the same names.
 *
 * @param features     feature columns; empty means the 8 Echo Nest audio features
 * @param idColumn     the id column; empty means "track_id", else row numbers
 * @param labelColumn  the genre column; empty means the reader's detection
 * @param titleColumn  the title column; empty means the reader's detection
 * @param artistColumn the artist column; empty means the reader's detection
 * @param encoding     a character set name, or "auto"
 * @param delimiter    the field separator, {@link CsvDelimiter#AUTO} to detect
 * @param decimal      the decimal mark, {@link DecimalMark#AUTO} to detect
 */
public record CsvMapping(List<String> features, String idColumn, String labelColumn, String titleColumn,
                         String artistColumn, String encoding, CsvDelimiter delimiter, DecimalMark decimal) {
    public CsvMapping {
        features = List.copyOf(features);
        idColumn = idColumn == null ? "" : idColumn;
        labelColumn = labelColumn == null ? "" : labelColumn;
        titleColumn = titleColumn == null ? "" : titleColumn;
        artistColumn = artistColumn == null ? "" : artistColumn;
        encoding = encoding == null || encoding.isBlank() ? ImportOptions.AUTO_ENCODING : encoding;
        delimiter = delimiter == null ? CsvDelimiter.AUTO : delimiter;
        decimal = decimal == null ? DecimalMark.AUTO : decimal;
    }

    /** Columns only; the dialect detected, title and artist detected. */
    public CsvMapping(List<String> features, String idColumn, String labelColumn) {
        this(features, idColumn, labelColumn, "", "", null, null, null);
    }

    /** As remembered per file: one "name=value" a line, a line per feature (column names may hold commas). */
    String toText() {
        List<String> lines = new ArrayList<>(List.of("encoding=" + encoding, "delimiter=" + delimiter.id(),
                "decimal=" + decimal.id(), "id=" + idColumn, "label=" + labelColumn, "title=" + titleColumn,
                "artist=" + artistColumn));
        features.forEach(f -> lines.add("feature=" + f));
        return String.join("\n", lines);
    }

    /**
     * Reads {@link #toText()}.
     *
     * @throws IllegalArgumentException when a line is not name=value or a dialect value is unknown
     */
    static CsvMapping parse(String text) {
        List<String> features = new ArrayList<>();
        String[] named = {"", "", "", "", "", "auto", "auto", "auto"};
        List<String> names = List.of("id", "label", "title", "artist", "", "encoding", "delimiter", "decimal");
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not name=value: " + line);
            }
            String name = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (name.equals("feature")) {
                features.add(value);
            } else if (names.contains(name) && !name.isEmpty()) {
                named[names.indexOf(name)] = value;
            }
        }
        return new CsvMapping(features, named[0], named[1], named[2], named[3], named[5],
                CsvDelimiter.valueOf(named[6].toUpperCase(Locale.ROOT)),
                DecimalMark.valueOf(named[7].toUpperCase(Locale.ROOT)));
    }
}
