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
    void aStabilityTrackRowsTooltipHoldsItsWholeTitleAndArtist() {
        String title = "Song Recorded Immediately Upon Return from a Very Long Journey";
        StabilityRows.Track t = new StabilityRows.Track("991", title, "Alec K. Redfearn & the Eyesores", "0",
                "1 of 3", "0 7 1");
        assertEquals("Track 991: " + title + " - Alec K. Redfearn & the Eyesores\nCluster per run: 0 7 1; most often 0 "
                + "(1 of 3 runs)", t.details().replace(System.lineSeparator(), "\n"));
    }
}
