package org.genrescope.data;

import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The Data tab's searched text of every row (title, artist, album, genre and a text id), lower-cased once and packed
 * back to back into one {@code char[]}, each field followed by a separator no search contains. A search is one pass
 * over that array; a row matches when its text contains the search, exactly as {@link String#contains} on the row's
 * lower-cased fields would say (tested against Tablesaw's {@code StringColumn.containsString}, which the frame used
 * before).
 *
 * <p>Why not a Tablesaw string column of one text per row, as before: at a million rows that column was a million
 * new strings and a dictionary of a million entries, made on a background thread just after a load. They all
 * survived, so the collector copied them from the young generation twice, in pauses of 100-130 ms that stop the
 * FX thread too (docs/benchmarks.md, "The Data tab's search text (session 12)"). One array of that size is
 * allocated outside the young generation and never copied. Immutable; safe from any thread.
 */
final class SearchText {
    /** Ends each field in the packed text; {@link #rowsContaining} cuts a search at it. */
    static final char SEPARATOR = '\u0000';

    private final char[] text;
    /** Row {@code r}'s text is {@code text[starts[r] .. starts[r + 1])}; {@code rows + 1} entries. */
    private final int[] starts;

    private SearchText(char[] text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /**
     * The packed text of {@code rows} rows: for each row, each of {@code fields} (a column of {@code rows} texts, or
     * null for a column the data does not have; a null text is an empty field) lower-cased in {@link Locale#ROOT}
     * and followed by {@link #SEPARATOR}.
     *
     * @throws IllegalArgumentException when a column has fewer than {@code rows} texts, or the packed text would pass
     *                                  Java's largest array
     */
    static SearchText of(int rows, String[]... fields) {
        for (String[] field : fields) {
            if (field != null && field.length < rows) {
                throw new IllegalArgumentException("a searched column has " + field.length + " texts for " + rows
                        + " rows");
            }
        }
        long capacity = 0;
        for (String[] field : fields) {
            for (int i = 0; i < rows; i++) {
                String s = field == null ? null : field[i];
                capacity += (s == null ? 0 : s.length()) + 1;
            }
        }
        // lower-casing lengthens a few letters (U+0130 becomes two chars); the array grows then
        char[] text = new char[checkedLength(capacity)];
        int[] starts = new int[rows + 1];
        int at = 0;
        for (int i = 0; i < rows; i++) {
            starts[i] = at;
            for (String[] field : fields) {
                String s = field == null ? null : field[i];
                // toLowerCase returns s itself when nothing changes, so most fields allocate nothing here
                String lower = s == null ? "" : s.toLowerCase(Locale.ROOT);
                if (at + lower.length() + 1 > text.length) {
                    text = Arrays.copyOf(text, checkedLength(Math.max((long) text.length * 5 / 4,
                            (long) at + lower.length() + 1)));
                }
                lower.getChars(0, lower.length(), text, at);
                at += lower.length();
                text[at++] = SEPARATOR;
            }
        }
        starts[rows] = at;
        return new SearchText(at == text.length ? text : Arrays.copyOf(text, at), starts);
    }

    private static int checkedLength(long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the searched text of the rows is " + length
                    + " characters, more than one Java array holds");
        }
        return (int) length;
    }

    int rows() {
        return starts.length - 1;
    }

    /**
     * The rows whose text contains {@code needle}, which must be lower-cased already (the search's text up to its
     * first {@link #SEPARATOR} is used). An empty needle matches every row.
     *
     * @return a selection of row numbers, 0-based
     */
    Selection rowsContaining(String needle) {
        int cut = needle.indexOf(SEPARATOR);
        char[] pattern = (cut < 0 ? needle : needle.substring(0, cut)).toCharArray();
        if (pattern.length == 0) {
            return Selection.withRange(0, rows());
        }
        BitmapBackedSelection found = new BitmapBackedSelection();
        int end = starts[rows()];
        int row = 0;
        int from = 0;
        while (true) {
            int hit = indexOf(pattern, from, end);
            if (hit < 0) {
                return found;
            }
            // no row's text crosses into the next (each ends with the separator, which a pattern never holds), so
            // the hit is inside one row; the next hit can only be in a later row
            row = rowAt(hit, row);
            found.add(row);
            from = starts[row + 1];
        }
    }

    /** The first index in {@code [from, end)} where {@code pattern} starts, or -1. */
    private int indexOf(char[] pattern, int from, int end) {
        char first = pattern[0];
        int last = end - pattern.length;
        for (int i = from; i <= last; i++) {
            if (text[i] != first) {
                continue;
            }
            int k = 1;
            while (k < pattern.length && text[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }

    /** The row whose text holds index {@code at}, searching from row {@code from} on (hits come in row order). */
    private int rowAt(int at, int from) {
        // every row holds at least one separator, so the starts strictly increase
        int i = Arrays.binarySearch(starts, from, starts.length, at);
        return i >= 0 ? i : -i - 2;
    }
}
