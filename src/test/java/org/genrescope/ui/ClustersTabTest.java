package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.genrescope.plot.ScatterData;
import org.genrescope.plot.ScatterFigure;
import org.junit.jupiter.api.Test;

/**
 * The point's hover text carries its cluster's whole name: a narrow legend (1024 x 700) leaves out the part after
 * " \u00b7 ", and the window still shows it there.
 */
class ClustersTabTest {
    private static final ScatterFigure CLUSTERS = ScatterFigure.of(ScatterData.of(new double[] {0, 1, 2},
            new double[] {0, 1, 2}, new int[] {1, 0, -1}), List.of("Cluster 0: Rock 66% \u00b7 high energy",
            "Cluster 1: Folk 28% \u00b7 low energy"));

    @Test
    void aPointColouredByClusterNamesItsClusterInFull() {
        assertEquals("Air\nThe Little Rivers\ngenre: Folk   cluster: 1   id 23\nCluster 1: Folk 28% \u00b7 low energy",
                ClustersTab.hoverText("Air\nThe Little Rivers\ngenre: Folk   cluster: 1   id 23", CLUSTERS, false, 0));
        assertEquals("t\nCluster 0: Rock 66% \u00b7 high energy", ClustersTab.hoverText("t", CLUSTERS, false, 1));
    }

    @Test
    void noiseAGenreColouringOrNoTrackAddNothing() {
        assertEquals("t", ClustersTab.hoverText("t", CLUSTERS, false, 2), "noise has no cluster name");
        assertEquals("t", ClustersTab.hoverText("t", CLUSTERS, true, 0), "by genre: the track's line names its genre");
        assertEquals("", ClustersTab.hoverText("", CLUSTERS, false, 0), "no such track");
        assertEquals("t", ClustersTab.hoverText("t", null, false, 0), "no figure");
        assertEquals("t", ClustersTab.hoverText("t", CLUSTERS, false, 3), "past the figure's points");
    }
}
