package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.genrescope.settings.InvalidSettingException;
import org.junit.jupiter.api.Test;

class SweepGridTest {

    @Test
    void rangesListsAndMixesReadAsTheirValues() {
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), SweepGrid.parse("--latent", "2..7"));
        assertEquals(List.of(2L, 4L, 8L), SweepGrid.parse("--k", "2,4, 8"));
        assertEquals(List.of(2L, 3L, 4L, 9L), SweepGrid.parse("--k", "2..4,9"));
        assertEquals(List.of(5L), SweepGrid.parse("--seeds", "5..5"));
    }

    @Test
    void theGridSortsAndDropsRepeats() {
        SweepGrid grid = new SweepGrid(List.of(3, 2, 3), List.of(5, 2), List.of(9L, 1L, 9L));
        assertEquals(List.of(2, 3), grid.latents());
        assertEquals(List.of(2, 5), grid.ks());
        assertEquals(List.of(1L, 9L), grid.seeds());
        assertEquals(8, grid.cells());
    }

    @Test
    void aBadRangeIsOneSentenceNamingTheOption() {
        assertEquals("--k: the range 7..2 runs downwards; write it as 2..7.", message(() -> SweepGrid.parse("--k", "7..2")));
        assertEquals("--latent: needs a range such as 2..7 or a list of whole numbers such as 2,4,8, got '2-7'.",
                message(() -> SweepGrid.parse("--latent", "2-7")));
        assertEquals("--seeds: needs a range such as 2..7 or a list of whole numbers such as 2,4,8, got '1..'.",
                message(() -> SweepGrid.parse("--seeds", "1..")));
        assertEquals("--k: every value must be at least 2, got 1.", message(() -> SweepGrid.parseInts("--k", "1..4", 2)));
        assertEquals("--k: the range 2..5000 holds more than 1000 values.", message(() -> SweepGrid.parse("--k", "2..5000")));
    }

    private static String message(Runnable r) {
        return assertThrows(InvalidSettingException.class, r::run).getMessage();
    }
}
