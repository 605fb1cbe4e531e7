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
}
