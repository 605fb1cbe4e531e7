package org.genrescope.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable orders of row numbers by one or more keys, in the order Tablesaw 0.43's {@code Table.sortOn} gives with
 * the row number as the last key, but for text, which is ordered without case and accents first ({@link #fold}:
 * a new user found "a day" after "Zulu" in the titles, session 17) (what {@link TrackFrame} used until session 15; docs/benchmarks.md, "The Data
 * tab's sort at a million rows (session 15)": at a million rows 0.4-5.5 s of CPU per sort there, its comparator
 * chain and a copy of the sorted table, after 3-4 s building the table; 10-160 ms here once a text column is
 * ranked, up to about 1 s the first time).
 *
 * <p>Each key is a {@code long} per row whose signed order is the column's ascending order as Tablesaw compares
 * it: {@link #numberKey} for numbers ({@code Double.compare} of the value as a double, a missing value as NaN,
 * after every number), {@link #textRanks} for text ({@link #fold}, then {@code String.compareTo}, a missing text
 * as ""). The rows are then sorted by a least-significant-digit radix sort, last key first, each pass stable, starting from row order;
 * so equal keys keep row order in either direction, as the row number as Tablesaw's last key made them.
 */
final class RowOrder {
    private RowOrder() { }

    /**
     * The key of a number: longs ordered as {@code Double.compare} orders the doubles (-0.0 before 0.0, every
     * NaN equal and after +Infinity), as Tablesaw's number columns compare their values.
     */
    static long numberKey(double value) {
        long bits = Double.doubleToLongBits(value); // one NaN for all, as Double.compare uses
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * Each row's rank among the distinct texts of {@code values} in {@link #fold} order, ties of folds by
     * {@code String.compareTo} (equal texts
     * share a rank), null counted as "" (Tablesaw's missing text). The distinct texts are found first (a hash map)
     * and only they are sorted: a column's texts repeat (artists, albums, genres; the generated million's titles
     * four times each), and a comparison sort of row numbers spends most of its time fetching the texts from
     * memory (docs/benchmarks.md, "The Data tab's sort at a million rows (session 15)").
     *
     * @return one rank per row, 0 for the smallest text; allocates, besides it, an int per row and, per distinct
     *         text, a hash map entry and three ints (about 60 bytes)
     */
    static int[] textRanks(String[] values) {
        int n = values.length;
        Map<String, Integer> index = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            String text = values[i] == null ? "" : values[i];
            Integer k = index.putIfAbsent(text, distinct.size());
            if (k == null) {
                k = distinct.size();
                distinct.add(text);
            }
            ranks[i] = k;
        }
        index = null; // the map is the largest part; let it go before the sort
        String[] texts = distinct.toArray(new String[0]);
        int d = texts.length;
        String[] folded = new String[d];
        for (int k = 0; k < d; k++) {
            folded[k] = fold(texts[k]);
        }
        int[] order = identity(d);
        mergeSort(order, new int[d], folded, texts);
        int[] rankOf = new int[d];
        for (int r = 0; r < d; r++) {
            rankOf[order[r]] = r; // distinct, so no two share a rank
        }
        for (int i = 0; i < n; i++) {
            ranks[i] = rankOf[ranks[i]];
        }
        return ranks;
    }

    /**
     * The rows 0..n-1 sorted by {@code keys[0]}, ties by {@code keys[1]} and so on, remaining ties in row order.
     *
     * @param keys      one array of n keys per sort key (see the class comment), most significant first
     * @param ascending one direction per key; descending reverses the key's order but not the ties' row order
     * @return a permutation of 0..n-1; allocates two long and two int arrays of n besides it (24 bytes a row)
     * @throws IllegalArgumentException when the arrays differ in length or no key is given
     */
    static int[] sort(long[][] keys, boolean[] ascending) {
        if (keys.length == 0 || keys.length != ascending.length) {
            throw new IllegalArgumentException(keys.length + " keys and " + ascending.length + " directions");
        }
        int n = keys[0].length;
        for (long[] key : keys) {
            if (key.length != n) {
                throw new IllegalArgumentException("keys of " + key.length + " and " + n + " rows");
            }
        }
        int[] rows = identity(n);
        if (n < 2) {
            return rows;
        }
        int[] rowsTo = new int[n];
        long[] k = new long[n];
        long[] kTo = new long[n];
        for (int j = keys.length - 1; j >= 0; j--) {
            long[] key = keys[j];
            // ~v reverses the signed order; the sign bit flipped makes it the unsigned order the digits sort by
            long flip = ascending[j] ? Long.MIN_VALUE : Long.MAX_VALUE;
            int[][] counts = new int[8][256];
            for (int i = 0; i < n; i++) {
                long v = key[rows[i]] ^ flip;
                k[i] = v;
                for (int d = 0; d < 8; d++) {
                    counts[d][(int) (v >>> (d << 3)) & 0xff]++;
                }
            }
            for (int d = 0; d < 8; d++) {
                int[] count = counts[d];
                if (count[(int) (k[0] >>> (d << 3)) & 0xff] == n) {
                    continue; // every key has this digit: the pass would not move a row
                }
                int at = 0;
                for (int b = 0; b < 256; b++) {
                    int c = count[b];
                    count[b] = at;
                    at += c;
                }
                int shift = d << 3;
                for (int i = 0; i < n; i++) {
                    long v = k[i];
                    int to = count[(int) (v >>> shift) & 0xff]++;
                    kTo[to] = v;
                    rowsTo[to] = rows[i];
                }
                long[] kSwap = k;
                k = kTo;
                kTo = kSwap;
                int[] rSwap = rows;
                rows = rowsTo;
                rowsTo = rSwap;
            }
        }
        return rows;
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * A text as the Data tab orders it first: without case and accents ("apple", "Apple" and "Äpple" together, before
     * "banana"), as a spreadsheet or file manager lists names; {@link #textRanks} breaks the ties of equal folds by
     * {@code String.compareTo}, so the order stays total and repeatable. Lower case by {@link Locale#ROOT}; accents
     * are the combining marks left by Unicode's canonical decomposition (NFD). Text of ASCII letters only, the
     * usual case, skips the decomposition.
     */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String bare = ascii ? text : COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("");
        return bare.toLowerCase(Locale.ROOT);
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** The order of distinct texts a and b (negative: a first): by fold, then by {@code String.compareTo}. */
    private static int compare(int a, int b, String[] folded, String[] text) {
        int byFold = folded[a].compareTo(folded[b]);
        return byFold != 0 ? byFold : text[a].compareTo(text[b]);
    }

    /**
     * Sorts {@code rows} by their texts (stably; see {@link #compare}): a bottom-up merge sort, runs of 32 by
     * insertion first.
     */
    private static void mergeSort(int[] rows, int[] spare, String[] folded, String[] text) {
        int n = rows.length;
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int row = rows[i];
                int j = i - 1;
                while (j >= lo && compare(rows[j], row, folded, text) > 0) {
                    rows[j + 1] = rows[j];
                    j--;
                }
                rows[j + 1] = row;
            }
        }
        int[] from = rows;
        int[] to = spare;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                if (mid >= hi || compare(from[mid - 1], from[mid], folded, text) <= 0) {
                    System.arraycopy(from, lo, to, lo, hi - lo); // already in order
                    continue;
                }
                int a = lo;
                int b = mid;
                for (int o = lo; o < hi; o++) {
                    // a on ties: the left run's rows come first, which keeps the sort stable
                    if (b >= hi || (a < mid && compare(from[a], from[b], folded, text) <= 0)) {
                        to[o] = from[a++];
                    } else {
                        to[o] = from[b++];
                    }
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != rows) {
            System.arraycopy(from, 0, rows, 0, n);
        }
    }
}
