package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A check-combo's title is its checked items when they fit a settings row, else their count; never a cut list. */
class CheckCombosSummaryTest {
    @Test
    void shortListsAreShownWholeLongOnesCounted() {
        assertEquals("none", CheckCombos.summary(List.of(), "features"));
        assertEquals("tempo, energy", CheckCombos.summary(List.of("tempo", "energy"), "features"));
        assertEquals("8 features", CheckCombos.summary(List.of("acousticness", "danceability", "energy",
                "instrumentalness", "liveness", "speechiness", "tempo", "valence"), "features"));
        String longest = "a".repeat(CheckCombos.SHORT_LIST);
        assertEquals(longest, CheckCombos.summary(List.of(longest), "genres"));
        assertEquals("1 genre", CheckCombos.summary(List.of(longest + "b"), "genres"));
    }
}
