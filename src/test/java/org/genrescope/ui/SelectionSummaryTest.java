package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionSummaryTest {

    @Test
    void countsAndSharesLargestFirstWithTheRestSummed() {
        // 10 points: categories 0..4 and noise; select 8 of them
        int[] categories = {0, 0, 0, 1, 1, 2, 3, 4, -1, 0};
        int[] selected = {0, 1, 2, 3, 4, 5, 6, 8};
        // by hand: category 0 three (38%), 1 two (25%), then 2, 3 and noise one each (13% each): 3 others, 38%
        assertEquals("8 of 10 tracks selected: 38% a, 25% b, 13% c, 25% in 2 others",
                SelectionSummary.of(selected, categories, List.of("a", "b", "c", "d", "e")));
    }

    @Test
    void upToFourCategoriesAreAllNamedAndNoiseIsCalledSo() {
        int[] categories = {0, 1, -1, -1, 2};
        assertEquals("4 of 5 tracks selected: 50% noise, 25% x, 25% y",
                SelectionSummary.of(new int[] {0, 1, 2, 3}, categories, List.of("x", "y", "z")));
        assertEquals("", SelectionSummary.of(new int[0], categories, List.of("x", "y", "z")));
        assertEquals("1 of 5 tracks selected: 100% z", SelectionSummary.of(new int[] {4}, categories,
                List.of("x", "y", "z")));
    }

    @Test
    void readsTheCategoriesWhereTheyAreKeptWithTheSameLine() {
        // the plot's data as the Clusters tab reads it: a category by id and the point count, no copied array
        org.genrescope.plot.ScatterData data = org.genrescope.plot.ScatterData.of(new double[10], new double[10],
                new int[] {0, 0, 0, 1, 1, 2, 3, 4, -1, 0});
        assertEquals("8 of 10 tracks selected: 38% a, 25% b, 13% c, 25% in 2 others",
                SelectionSummary.of(new int[] {0, 1, 2, 3, 4, 5, 6, 8}, data::category, data.size(),
                        List.of("a", "b", "c", "d", "e")));
    }

    /** A new user read "0% cluster 4" (session 22): there were tracks of cluster 4 in the selection. */
    @Test
    void aShareThatIsThereButRoundsAwaySaysSo() {
        int[] categories = new int[1000];
        categories[999] = 1; // 999 of category 0, one of category 1
        int[] all = java.util.stream.IntStream.range(0, 1000).toArray();
        assertEquals("1,000 of 1,000 tracks selected: >99% a, <1% b", SelectionSummary.of(all, categories,
                List.of("a", "b")));
        assertEquals("<1%", SelectionSummary.percent(4, 1000), "0.4% by hand");
        assertEquals("1%", SelectionSummary.percent(5, 1000), "0.5% rounds up, as Math.round does");
        assertEquals(">99%", SelectionSummary.percent(995, 1000), "99.5% rounds to 100 but is not all");
        assertEquals("100%", SelectionSummary.percent(7, 7));
    }
}
