package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A narrow legend drops what every entry repeats before it cuts a label short. */
class LegendLabelsTest {
    private static final List<LegendEntry> CLUSTERS = List.of(new LegendEntry("Cluster 0", Color.RED, 822),
            new LegendEntry("Cluster 13", Color.BLUE, 1190));

    @Test
    void labelsThatFitStayWhole() {
        assertEquals(List.of("Cluster 0 (822)", "Cluster 13 (1,190)"), Legend.labels(CLUSTERS, 1000));
    }

    @Test
    void aNarrowLegendDropsTheSharedWordThenTheCounts() {
        double withoutWord = Text.width("13 (1,190)", Theme.LEGEND);
        assertEquals(List.of("0 (822)", "13 (1,190)"), Legend.labels(CLUSTERS, withoutWord + 1));
        assertEquals(List.of("0", "13"), Legend.labels(CLUSTERS, withoutWord - 1));
    }

    @Test
    void namesWithoutASharedFirstWordKeepTheirNames() {
        List<LegendEntry> genres = List.of(new LegendEntry("Rock", Color.RED, 4877),
                new LegendEntry("Hip-Hop", Color.BLUE, 1185));
        assertEquals(List.of("Rock", "Hip-Hop"), Legend.labels(genres, 10));
    }
}
