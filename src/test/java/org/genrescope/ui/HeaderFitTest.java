package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The column-width rule for small windows, with texts measured as 7 px a character (no toolkit). */
class HeaderFitTest {
    private static final ToDoubleFunction<String> SEVEN = t -> 7.0 * t.length();

    @Test
    void aHeaderBreaksWhereItsWiderLineIsNarrowest() {
        // "features + K-Means": the wider line of each break is "+ K-Means" (9 characters, after "features") or
        // "features +" (10, before "K-Means"): the first
        assertEquals(63, HeaderFit.twoLineWidth("features + K-Means", SEVEN), 1e-9);
        assertEquals(7 * "metric (mean ±".length(), HeaderFit.twoLineWidth("metric (mean ± sd over seeds)", SEVEN), 1e-9);
        assertEquals(7 * "tracks".length(), HeaderFit.twoLineWidth("tracks", SEVEN), 1e-9, "one word: one line");
    }

    @Test
    void theHeaderIsBrokenAtThatSpaceAndAOneWordHeaderIsNot() {
        assertEquals("features\n+ K-Means", HeaderFit.twoLines("features + K-Means", SEVEN));
        assertEquals("most\noften", HeaderFit.twoLines("most often", SEVEN));
        assertEquals("tracks", HeaderFit.twoLines("tracks", SEVEN));
    }

    @Test
    void aColumnIsItsWidestCellCappedButNeverNarrowerThanItsHeaderOnTwoLines() {
        assertEquals(90, HeaderFit.columnWidth(90, 70, Double.MAX_VALUE), "the cells");
        assertEquals(70, HeaderFit.columnWidth(40, 70, Double.MAX_VALUE), "the header on two lines");
        assertEquals(180, HeaderFit.columnWidth(370, 35, 180), "a long title capped");
        assertEquals(70, HeaderFit.columnWidth(370, 70, 50), "the header wins over the cap");
    }

    @Test
    void aDataColumnIsItsWidestSampledCellCappedAndAnEmptyOneAsNarrowAsItsHeader() {
        // a 22-character Spotify id: 154 px + 14 padding, not the 70 px that cut it to "7NWpa..."
        assertEquals(168, HeaderFit.sampledWidth(50, java.util.List.of("7NWpaUDvMuuqPuJvYQb2x2", "4x"), SEVEN, 14, 220),
                1e-9);
        assertEquals(50, HeaderFit.sampledWidth(50, java.util.List.of("", "", ""), SEVEN, 14, 260),
                "an all-empty title column: its header's width, not 200 px");
        assertEquals(50, HeaderFit.sampledWidth(50, java.util.List.of(), SEVEN, 14, 260), "no rows");
        assertEquals(260, HeaderFit.sampledWidth(50, java.util.List.of("x".repeat(100)), SEVEN, 14, 260), "capped");
        assertEquals(60, HeaderFit.sampledWidth(60, java.util.List.of("ab"), SEVEN, 14, 40),
                "the header wins over the cap");
        // only the LONGEST longest cells are measured: a short cell that measures wider is not among them
        java.util.List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < HeaderFit.LONGEST; i++) {
            cells.add("abcdefghij");
        }
        cells.add("WW");
        ToDoubleFunction<String> wideW = t -> t.equals("WW") ? 500 : 7.0 * t.length();
        assertEquals(84, HeaderFit.sampledWidth(50, cells, wideW, 14, 600), 1e-9);
        cells.remove(0);
        assertEquals(514, HeaderFit.sampledWidth(50, cells, wideW, 14, 600), 1e-9, "among the longest, it counts");
    }

    @Test
    void theSampleIsEveryRowOfASmallTableElseTheFirstHalfAndTheRestSpread() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {0, 1, 2}, HeaderFit.sampleRows(3, 400));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[0], HeaderFit.sampleRows(0, 400));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {0, 1, 2, 5, 8}, HeaderFit.sampleRows(11, 5),
                "2 first, then 3 spread over rows 2..10: steps of 3");
        int[] million = HeaderFit.sampleRows(1_000_000, 400);
        assertEquals(400, million.length);
        for (int i = 1; i < million.length; i++) {
            org.junit.jupiter.api.Assertions.assertTrue(million[i] > million[i - 1], "ascending, no repeats at " + i);
        }
        org.junit.jupiter.api.Assertions.assertTrue(million[399] >= 990_000 && million[399] < 1_000_000,
                "reaches the end: " + million[399]);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> HeaderFit.sampleRows(10, 1));
    }

    @Test
    void aStabilityTrackRowsTooltipHoldsItsWholeTitleAndArtist() {
        String title = "Song Recorded Immediately Upon Return from a Very Long Journey";
        StabilityRows.Track t = new StabilityRows.Track("991", title, "Alec K. Redfearn & the Eyesores", "0",
                "1 of 3", "0 7 1");
        assertEquals("Track 991: " + title + " - Alec K. Redfearn & the Eyesores\nCluster per run: 0 7 1; most often 0 "
                + "(1 of 3 runs)", t.details().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theLongestTextsAreMeasuredLongestFirst() {
        assertEquals(java.util.List.of("ccc", "bb"), Tables.longest(java.util.Arrays.asList("a", null, "ccc", "bb"), 2));
        assertEquals(java.util.List.of("a"), Tables.longest(java.util.List.of("a"), 16));
        assertEquals(java.util.List.of(), Tables.longest(java.util.List.of(), 16));
    }
}
