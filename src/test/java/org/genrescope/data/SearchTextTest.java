package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

/** The packed search text against what the frame did before: Tablesaw's containsString over one text per row. */
class SearchTextTest {
    /** Letters that lower-case to other lengths or by context (U+0130, final sigma), surrogate pairs, accents. */
    private static final String ALPHABET = "abcAB C,-'\u00e9\u00c9\u0130\u03a3\u03c3\u00df\ud83c\udfb5\u0000";

    /** The old way: each row's fields lower-cased, each followed by the separator, as one Tablesaw string. */
    private static int[] tablesaw(int rows, String needle, String[]... fields) {
        StringColumn column = SearchTextBenchmark.tablesawColumn(rows, fields);
        int cut = needle.indexOf(SearchText.SEPARATOR);
        String pattern = cut < 0 ? needle : needle.substring(0, cut);
        return pattern.isEmpty() ? java.util.stream.IntStream.range(0, rows).toArray()
                : column.containsString(pattern).toArray();
    }

    private static String randomText(Random random, int maxLength) {
        if (random.nextInt(10) == 0) {
            return random.nextBoolean() ? null : "";
        }
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (s.length() < length) {
            int at = random.nextInt(ALPHABET.length() - 1); // no separator in the data's own texts
            char c = ALPHABET.charAt(at);
            s.append(Character.isHighSurrogate(c) ? ALPHABET.substring(at, at + 2) : Character.isLowSurrogate(c)
                    ? "" : String.valueOf(c));
        }
        return s.toString();
    }

    @Test
    void findsTheRowsTablesawsContainsStringFinds() {
        Random random = new Random(13);
        for (int round = 0; round < 40; round++) {
            int rows = 1 + random.nextInt(300);
            String[][] fields = new String[5][];
            for (int f = 0; f < fields.length; f++) {
                if (f == 4 && random.nextBoolean()) {
                    continue; // no text ids, as FMA
                }
                fields[f] = new String[rows];
                for (int i = 0; i < rows; i++) {
                    fields[f][i] = randomText(random, 8);
                }
            }
            SearchText text = SearchText.of(rows, fields);
            List<String> needles = new ArrayList<>(List.of("", "a", "\u00e9", "i\u0307", "\u03c3", "ss",
                    "\ud83c\udfb5", "a\u0000b", "\u0000", "zz", ", ", "-'"));
            for (int k = 0; k < 15; k++) {
                String from = fields[random.nextInt(4)][random.nextInt(rows)];
                if (from != null && !from.isEmpty()) {
                    String lower = from.toLowerCase(Locale.ROOT);
                    int a = random.nextInt(lower.length());
                    needles.add(lower.substring(a, a + 1 + random.nextInt(lower.length() - a)));
                }
                String typed = randomText(random, 3);
                needles.add(typed == null ? "b" : typed.toLowerCase(Locale.ROOT));
            }
            for (String needle : needles) {
                assertArrayEquals(tablesaw(rows, needle, fields), text.rowsContaining(needle).toArray(),
                        "round " + round + ", search '" + needle + "'");
            }
        }
    }

    /** Rows over several chunks, and a row longer than a chunk, found as in one column. */
    @Test
    void findsTheSameRowsAcrossChunks() {
        Random random = new Random(5);
        int rows = 3 * SearchText.CHUNK / 40;
        String[] titles = new String[rows];
        String[] genres = new String[rows];
        for (int i = 0; i < rows; i++) {
            titles[i] = randomText(random, 40);
            genres[i] = i % 7 == 0 ? "Rock" : "Folk";
        }
        titles[rows / 2] = "x".repeat(SearchText.CHUNK + 5) + "Needle";
        SearchText text = SearchText.of(rows, titles, genres);
        for (String needle : List.of("rock", "folk", "a", "\u00e9c", "xneedle", "needle\u0000f", "ab,", "k\u0000")) {
            assertArrayEquals(tablesaw(rows, needle, titles, genres), text.rowsContaining(needle).toArray(),
                    "search '" + needle + "'");
        }
        assertArrayEquals(new int[] {rows / 2}, text.rowsContaining("xneedle").toArray());
    }

    @Test
    void aSearchNeverSpansTwoFieldsOrTwoRows() {
        SearchText text = SearchText.of(2, new String[] {"ab", "cd"}, new String[] {"ef", null});
        assertArrayEquals(new int[] {0}, text.rowsContaining("ab").toArray());
        assertArrayEquals(new int[0], text.rowsContaining("be").toArray());
        assertArrayEquals(new int[0], text.rowsContaining("fc").toArray());
        assertArrayEquals(new int[] {1}, text.rowsContaining("cd").toArray());
        assertEquals(2, text.rowsContaining("").size());
    }

    @Test
    void lowerCasesAsJavaDoesInTheRootLocale() {
        // U+0130 (capital I with a dot) lower-cases to two chars: the packed text grows past its first estimate
        String[] titles = new String[50];
        java.util.Arrays.fill(titles, "\u0130\u0130\u0130");
        SearchText text = SearchText.of(50, titles);
        assertEquals(50, text.rowsContaining("i\u0307i\u0307i\u0307").size());
        assertEquals(0, SearchText.of(1, new String[] {"ROCK"}).rowsContaining("ROCK").size(),
                "the search is lower-cased by the caller, the text here");
        assertEquals(1, SearchText.of(1, new String[] {"ROCK"}).rowsContaining("rock").size());
    }

    @Test
    void refusesAColumnShorterThanTheRows() {
        assertThrows(IllegalArgumentException.class, () -> SearchText.of(3, new String[] {"a", "b"}));
    }
}
