package org.genrescope.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The Data tab's searched text of every row (title, artist, album, genre and a text id), lower-cased once and packed
 * back to back into chunks of {@code char}s, each field followed by a separator no search contains. A search is one
 * pass over the chunks; a row matches when its text contains the search, exactly as {@link String#contains} on the
 * row's lower-cased fields would say (tested against Tablesaw's {@code StringColumn.containsString}, which the frame
 * used before).
 *
 * <p>Why not a Tablesaw string column of one text per row, as before: at a million rows that column was a million
 * new strings and a dictionary of a million entries, made on a background thread just after a load. They all
 * survived, so the collector copied them from the young generation twice, in pauses of 100-130 ms that stop the
 * FX thread too. Why chunks of just under 2 MB and not one array: the JVM zeroes a new array in one step in which
 * the thread cannot stop for a safepoint, and every other thread (the FX thread too) waits for it at the next one;
 * a 61 MB array made the FX thread wait 355 ms on this machine (docs/benchmarks.md, "The Data tab's search text
 * (session 12)"). Immutable; safe from any thread.
 */
final class SearchText {
    /** Ends each field in the packed text; {@link #rowsContaining} cuts a search at it. */
    static final char SEPARATOR = '\u0000';
    /** A chunk's size in chars: just under 2 MB with the array's header, one G1 region at a 4 GB heap. */
    static final int CHUNK = (1 << 20) - 16;

    private final char[][] chunks;
    /** How many chars of each chunk hold text. */
    private final int[] chunkLengths;
    /** The first row of each chunk, and the number of rows at the end: chunk c holds rows [first[c], first[c + 1]). */
    private final int[] firstRows;
    /** Row {@code r}'s text starts at {@code starts[r]} in its chunk. */
    private final int[] starts;

    private SearchText(char[][] chunks, int[] chunkLengths, int[] firstRows, int[] starts) {
        this.chunks = chunks;
        this.chunkLengths = chunkLengths;
        this.firstRows = firstRows;
        this.starts = starts;
    }

    /**
     * The packed text of {@code rows} rows: for each row, each of {@code fields} (a column of {@code rows} texts, or
     * null for a column the data does not have; a null text is an empty field) lower-cased in {@link Locale#ROOT}
     * and followed by {@link #SEPARATOR}.
     *
     * @throws IllegalArgumentException when a column has fewer than {@code rows} texts
     */
    static SearchText of(int rows, String[]... fields) {
        for (String[] field : fields) {
            if (field != null && field.length < rows) {
                throw new IllegalArgumentException("a searched column has " + field.length + " texts for " + rows
                        + " rows");
            }
        }
        List<char[]> chunks = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>(); // one per chunk: a few hundred at a million rows
        List<Integer> firstRows = new ArrayList<>();
        int[] starts = new int[rows];
        String[] lowered = new String[fields.length];
        char[] chunk = new char[0];
        int at = 0;
        for (int i = 0; i < rows; i++) {
            int length = 0;
            for (int f = 0; f < fields.length; f++) {
                String s = fields[f] == null ? null : fields[f][i];
                // toLowerCase returns s itself when nothing changes, so most fields allocate nothing here
                lowered[f] = s == null ? "" : s.toLowerCase(Locale.ROOT);
                length += lowered[f].length() + 1;
            }
            if (at + length > chunk.length) {
                if (!chunks.isEmpty()) {
                    lengths.add(at);
                }
                chunk = new char[Math.max(CHUNK, length)];
                chunks.add(chunk);
                firstRows.add(i);
                at = 0;
            }
            starts[i] = at;
            for (String lower : lowered) {
                lower.getChars(0, lower.length(), chunk, at);
                at += lower.length();
                chunk[at++] = SEPARATOR;
            }
        }
        if (!chunks.isEmpty()) {
            lengths.add(at);
            chunks.set(chunks.size() - 1, Arrays.copyOf(chunk, at)); // the last chunk without its unused end
        }
        firstRows.add(rows);
        return new SearchText(chunks.toArray(char[][]::new), lengths.stream().mapToInt(Integer::intValue).toArray(),
                firstRows.stream().mapToInt(Integer::intValue).toArray(), starts);
    }

    int rows() {
        return starts.length;
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
        for (int c = 0; c < chunks.length; c++) {
            int from = 0;
            int lastRow = firstRows[c + 1] - 1;
            while (true) {
                int hit = indexOf(chunks[c], chunkLengths[c], pattern, from);
                if (hit < 0) {
                    break;
                }
                // no row's text crosses into the next (each ends with the separator, which a pattern never holds),
                // so the hit is inside one row; the next hit can only be in a later row
                int row = rowAt(firstRows[c], lastRow, hit);
                found.add(row);
                if (row == lastRow) {
                    break;
                }
                from = starts[row + 1];
            }
        }
        return found;
    }

    /** The first index in {@code [from, end)} of {@code text} where {@code pattern} starts, or -1. */
    private static int indexOf(char[] text, int end, char[] pattern, int from) {
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

    /** The row among {@code [firstRow, lastRow]} (one chunk's) whose text holds offset {@code at} of the chunk. */
    private int rowAt(int firstRow, int lastRow, int at) {
        // every row holds at least one separator, so the starts within a chunk strictly increase
        int i = Arrays.binarySearch(starts, firstRow, lastRow + 1, at);
        return i >= 0 ? i : -i - 2;
    }
}
