package org.genrescope.data;

import java.io.IOException;

/**
 * Writing one CSV field the way pandas and RFC 4180 do: as it is, unless it holds a comma, a quote or a line
 * break, then in quotes with each quote doubled. The report's and the sample generator's writers both use it.
 *
 * <p>Exported text (titles, artists, albums, genres in {@code assignments.csv} and {@code cleaned.csv}) also goes
 * through {@link #formulaSafe}: a spreadsheet opening the file would run a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula (CSV injection), so such a cell is written with a leading
 * apostrophe, which spreadsheets show as text. Numeric columns and ids are never altered.
 */
public final class CsvText {
    private CsvText() {
    }

    /** The characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@";

    /**
     * The text cell as a spreadsheet should see it: {@code value} with an apostrophe in front when it starts with
     * {@code =}, {@code +}, {@code -} or {@code @}, else {@code value} itself (null stays null). For text columns
     * only: a number such as {@code -1.5} would be turned into text.
     */
    public static String formulaSafe(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    /** Whether the value must be quoted: it holds a comma, a double quote, '\n' or '\r'. */
    public static boolean needsQuotes(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends the value as one field, quoted only when it must be.
     *
     * @throws IOException when {@code out} cannot be written (never for a {@link StringBuilder})
     */
    public static void appendField(Appendable out, CharSequence value) throws IOException {
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        int runStart = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '"') {
                out.append(value, runStart, i + 1); // the quote, then again with the next run: doubled
                runStart = i;
            }
        }
        out.append(value, runStart, value.length());
        out.append('"');
    }
}
