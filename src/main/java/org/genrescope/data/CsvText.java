package org.genrescope.data;

import java.io.IOException;

/**
 * Writing one CSV field the way pandas and RFC 4180 do: as it is, unless it holds a comma, a quote or a line
 * break, then in quotes with each quote doubled. The report's and the sample generator's writers both use it.
 */
public final class CsvText {
    private CsvText() {
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
