package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Data tab's sort ({@link TrackFrame} by {@link RowOrder}) against the Tablesaw {@code sortOn} it replaced
 * ({@link TablesawSort}, its text ranked without case and accents first as the Data tab orders it), on generated
 * tables of a few thousand rows drawn from small sets of values, so that most rows tie: every column in both
 * directions and many multi-key orders must come out exactly as that reference orders them, ties in row order.
 */
class RowOrderTest {
    private static final double[] NUMBERS = {Double.NaN, -0.0, 0.0, 1.5, -2.25, 1e-300, -1e300,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 7, 7, 7, Double.MIN_VALUE, 120.5};
    /** Missing and empty text, case, accents composed and not, a letter outside the BMP, a private-use letter. */
    private static final String[] TEXTS = {null, "", "a", "A", "b", "ab", " a", "é", "e\u0301", "\uD83D\uDE00",
            "\uE000", "Zed", "zed", "a", "b"};
    private static final int[] YEARS = {0, 1999, 2001, 2001, 1850, Integer.MIN_VALUE, 2024, -5};

    private static TrackTable generated(int n, long seed, boolean textIds) {
        Random random = new Random(seed);
        long[] ids = new long[n];
        double[] x = new double[n * 2];
        String[][] text = new String[4][n];
        int[] years = new int[n];
        String[] idTexts = textIds ? new String[n] : null;
        for (int i = 0; i < n; i++) {
            ids[i] = random.nextInt(50) - 10;
            x[2 * i] = NUMBERS[random.nextInt(NUMBERS.length)];
            x[2 * i + 1] = random.nextInt(4) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextGaussian();
            for (String[] column : text) {
                column[i] = TEXTS[random.nextInt(TEXTS.length)];
            }
            years[i] = YEARS[random.nextInt(YEARS.length)];
            if (textIds) {
                idTexts[i] = TEXTS[random.nextInt(TEXTS.length)] == null ? "" : "id" + random.nextInt(30);
            }
        }
        return new TrackTable("flat-csv", List.of("f.few", "f.many"), ids, x, text[0], text[1], text[2], text[3],
                years, new CleaningReport(n, n, Map.of(), Map.of(), 0, Map.of()), idTexts);
    }

    private static final List<String> COLUMNS = List.of(TrackFrame.ID, TrackFrame.TITLE, TrackFrame.ARTIST,
            TrackFrame.ALBUM, TrackFrame.YEAR, TrackFrame.GENRE, TrackFrame.CLUSTER, "f.few", "f.many");

    @Test
    void everyColumnInBothDirectionsSortsAsTablesawDoes() {
        for (boolean textIds : new boolean[] {false, true}) {
            TrackTable t = generated(3000, 13, textIds);
            int[] clusters = clusters(t.rows(), 5);
            TrackFrame frame = TrackFrame.of(t).withClusters(clusters);
            TablesawSort tablesaw = new TablesawSort(t, clusters);
            for (String column : COLUMNS) {
                for (boolean ascending : new boolean[] {true, false}) {
                    List<TrackFrame.SortKey> keys = List.of(new TrackFrame.SortKey(column, ascending));
                    assertArrayEquals(tablesaw.order(keys), frame.rows("", null, keys), keys + ", text ids " + textIds);
                }
            }
        }
    }

    @Test
    void multiKeyOrdersSortAsTablesawDoes() {
        Random random = new Random(7);
        TrackTable t = generated(2500, 29, false);
        int[] clusters = clusters(t.rows(), 11);
        TrackFrame frame = TrackFrame.of(t).withClusters(clusters);
        TablesawSort tablesaw = new TablesawSort(t, clusters);
        for (int trial = 0; trial < 60; trial++) {
            List<String> shuffled = new ArrayList<>(COLUMNS);
            java.util.Collections.shuffle(shuffled, random);
            List<TrackFrame.SortKey> keys = new ArrayList<>();
            for (String column : shuffled.subList(0, 2 + random.nextInt(3))) {
                keys.add(new TrackFrame.SortKey(column, random.nextBoolean()));
            }
            assertArrayEquals(tablesaw.order(keys), frame.rows("", null, keys), keys.toString());
        }
    }

    @Test
    void aFrameWithNewClustersSortsByThemNotByTheSharedRanks() {
        TrackTable t = generated(1000, 3, false);
        int[] first = clusters(t.rows(), 1);
        int[] second = clusters(t.rows(), 2);
        List<TrackFrame.SortKey> keys = List.of(new TrackFrame.SortKey(TrackFrame.TITLE, true),
                new TrackFrame.SortKey(TrackFrame.CLUSTER, false));
        TrackFrame frame = TrackFrame.of(t).withClusters(first);
        assertArrayEquals(new TablesawSort(t, first).order(keys), frame.rows("", null, keys));
        assertArrayEquals(new TablesawSort(t, second).order(keys), frame.withClusters(second).rows("", null, keys));
    }

    @Test
    void textIsOrderedWithoutCaseAndAccentsFirstAsASpreadsheetListsIt() {
        // by hand: the order a reader expects in a title column (a new user found "a day" after "Zulu", session 17)
        String[] titles = {"Zulu", "a day", "Écho", "apple", "Apple", "echo", "Beta", "", "Äpple", "10 Songs"};
        int[] ranks = RowOrder.textRanks(titles);
        String[] ordered = new String[titles.length];
        for (int i = 0; i < titles.length; i++) {
            ordered[ranks[i]] = titles[i];
        }
        // equal folds ("apple", "Apple", "Äpple"; "echo", "Écho") by String.compareTo: upper case before lower,
        // and an accented letter after every ASCII one
        assertArrayEquals(new String[] {"", "10 Songs", "a day", "Apple", "apple", "Äpple", "Beta", "echo", "Écho",
                "Zulu"}, ordered);
        assertEquals("ecole", RowOrder.fold("École"));
        assertEquals("ecole", RowOrder.fold("E\u0301cole"), "a decomposed accent too");
        assertEquals("beyonce", RowOrder.fold("BEYONCÉ"));
        assertEquals("\uD83D\uDE00", RowOrder.fold("\uD83D\uDE00"), "a letter outside the BMP is kept");
    }

    @Test
    void numberKeysOrderAsDoubleCompare() {
        double[] values = NUMBERS.clone();
        for (double a : values) {
            for (double b : values) {
                assertEquals(Integer.signum(Double.compare(a, b)),
                        Integer.signum(Long.compare(RowOrder.numberKey(a), RowOrder.numberKey(b))), a + " vs " + b);
            }
        }
        assertEquals(RowOrder.numberKey(Double.NaN), RowOrder.numberKey(Double.longBitsToDouble(0x7ff8000000000123L)),
                "every NaN is one value, as Double.compare has it");
    }

    @Test
    void textRanksFollowTheDataTabsTextOrderWithMissingAsEmpty() {
        String[] values = TEXTS.clone();
        int[] ranks = RowOrder.textRanks(values);
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                String a = values[i] == null ? "" : values[i];
                String b = values[j] == null ? "" : values[j];
                assertEquals(Integer.signum(DataTabTextOrder.ORDER.compare(a, b)),
                        Integer.signum(Integer.compare(ranks[i], ranks[j])),
                        a + " vs " + b);
            }
        }
        assertEquals(0, ranks[0], "missing text is the empty text, the smallest");
        assertEquals(ranks[0], ranks[1]);
    }

    @Test
    void aLongRadixSortIsStableAndMatchesAComparatorSort() {
        Random random = new Random(5);
        int n = 20_000;
        long[] wide = new long[n];
        long[] few = new long[n];
        for (int i = 0; i < n; i++) {
            wide[i] = random.nextLong();
            few[i] = random.nextInt(3) - 1;
        }
        wide[3] = Long.MIN_VALUE;
        wide[4] = Long.MAX_VALUE;
        Integer[] rows = new Integer[n];
        Arrays.setAll(rows, i -> i);
        Arrays.sort(rows, (a, b) -> {
            int c = Long.compare(few[b], few[a]); // descending
            return c != 0 ? c : Long.compare(wide[a], wide[b]);
        });
        assertArrayEquals(Arrays.stream(rows).mapToInt(Integer::intValue).toArray(),
                RowOrder.sort(new long[][] {few, wide}, new boolean[] {false, true}));
        int[] one = RowOrder.sort(new long[][] {new long[] {5}}, new boolean[] {false});
        assertArrayEquals(new int[] {0}, one);
        assertEquals(0, RowOrder.sort(new long[][] {new long[0]}, new boolean[] {true}).length);
        assertThrows(IllegalArgumentException.class, () -> RowOrder.sort(new long[0][], new boolean[0]));
        assertThrows(IllegalArgumentException.class,
                () -> RowOrder.sort(new long[][] {new long[2], new long[3]}, new boolean[] {true, true}));
    }

    private static int[] clusters(int n, long seed) {
        Random random = new Random(seed);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(6) - 1; // -1 is noise
        }
        return labels;
    }
}
