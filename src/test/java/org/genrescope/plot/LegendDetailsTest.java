package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clusters named by their explained label: a narrow legend leaves out the label's details before cutting it. */
class LegendDetailsTest {
    private static final List<LegendEntry> LABELLED = List.of(
            new LegendEntry("Cluster 0: Rock 66% · high energy", Color.RED, 822),
            new LegendEntry("Cluster 13: Folk 28% · low energy", Color.BLUE, 1190));

    @Test
    void theDetailsGoAfterTheCountsAndBeforeTheNameIsCut() {
        double bare = Text.width("0: Rock 66% · high energy", Theme.LEGEND);
        assertEquals(List.of("0: Rock 66% · high energy", "13: Folk 28% · low energy"),
                Legend.labels(LABELLED, bare + 1));
        double shorter = Text.width("13: Folk 28% · low energy", Theme.LEGEND);
        assertEquals(List.of("0: Rock 66%", "13: Folk 28%"), Legend.labels(LABELLED, shorter + 1),
                "when one label loses its details, all do: details beside only some clusters read as clusters "
                        + "nothing sets apart (new user, session 18)");
        assertEquals(List.of("0: Rock 66%", "13: Folk 28%"), Legend.labels(LABELLED, shorter - 1));
    }

    @Test
    void theDetailsStayWhereWithoutThemTwoClustersReadAlike() {
        List<LegendEntry> alike = List.of(
                new LegendEntry("Cluster 1: Rock 39% · low instrumentalness", Color.RED, 113),
                new LegendEntry("Cluster 5: Rock 39% · high energy", Color.BLUE, 210),
                new LegendEntry("Cluster 6: Folk 20% · low energy", Color.GREEN, 90));
        double narrow = Text.width("5: Rock 39% · high energy", Theme.LEGEND);
        // "1: Rock 39%" and "5: Rock 39%" would read as one cluster twice (new user, session 21): the details stay,
        // and the label too wide is cut short when drawn
        assertEquals(List.of("1: Rock 39% · low instrumentalness", "5: Rock 39% · high energy", "6: Folk 20% · low energy"),
                Legend.labels(alike, narrow + 1));
        // the same two names with the same details are alike either way: the details go, as before
        List<LegendEntry> same = List.of(new LegendEntry("Cluster 1: Rock 39% · low energy", Color.RED, 113),
                new LegendEntry("Cluster 5: Rock 39% · low energy", Color.BLUE, 210),
                new LegendEntry("Cluster 6: Folk 20% · low instrumentalness", Color.GREEN, 90));
        assertEquals(List.of("1: Rock 39%", "5: Rock 39%", "6: Folk 20%"),
                Legend.labels(same, Text.width("1: Rock 39% · low energy", Theme.LEGEND) + 1));
    }
}
