package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary's numbers on runs small enough to work out by hand (the command's test checks them against pandas). */
class StabilitySummaryTest {
    private static final int[] A = {0, 0, 1, 1, 2, 2};
    private static final int[] B = {2, 2, 0, 0, 1, 1};       // A's partition, numbered otherwise
    private static final int[] C = {0, 0, 1, 1, 2, 1};       // A with the last track moved to A's cluster 1
    private static final int[] COLLAPSED = {0, 0, 0, 0, 0, 1};

    private static StabilitySummary.Run run(long seed, boolean collapsed, int[] labels, Double m, Double u) {
        return new StabilitySummary.Run(seed, collapsed, ordered(m, u), labels);
    }

    private static Map<String, Double> ordered(Double m, Double u) {
        Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        metrics.put("m", m);
        metrics.put("u", u);
        return metrics;
    }

    private static StabilitySummary summary() {
        // the collapsed run comes first: the reference is the first run kept, seed 2
        return StabilitySummary.of(List.of(run(1, true, COLLAPSED, 100.0, 9.0), run(2, false, A, 1.0, 0.5),
                run(3, false, B, 2.0, null), run(4, false, C, 4.0, 0.7)));
    }

    @Test
    void collapsedRunsAreListedAndLeftOutOfTheMeans() {
        StabilitySummary s = summary();
        assertEquals(List.of(1L), s.collapsedSeeds());
        assertEquals(List.of(2L, 3L, 4L), s.keptSeeds());
        assertEquals(2L, s.referenceSeed());
        StabilitySummary.MetricStats m = s.metrics().get("m");
        assertEquals(3, m.n());
        assertEquals(7.0 / 3, m.mean(), 1e-15);
        // deviations -4/3, -1/3, 5/3: squares 42/9, over n - 1 = 2: 7/3
        assertEquals(Math.sqrt(7.0 / 3), m.sd(), 1e-15);
        assertEquals(1.0, m.min());
        assertEquals(4.0, m.max());
        StabilitySummary.MetricStats u = s.metrics().get("u");
        assertEquals(2, u.n(), "undefined in seed 3");
        assertEquals(0.6, u.mean(), 1e-15);
        assertEquals(Math.sqrt(0.02), u.sd(), 1e-15);
        assertEquals(List.of("m", "u"), s.metricKeys());
    }

    @Test
    void runsAreMatchedToTheReferenceAndComparedByAri() {
        StabilitySummary s = summary();
        assertArrayEquals(A, s.matchedLabels(2), "B renumbered is A");
        assertArrayEquals(C, s.matchedLabels(3), "C already agrees with A");
        double[][] ari = s.pairwiseAri();
        // A vs C: pairs together in both 2, in A 3, in C 4, of 15; expected 3 * 4 / 15 = 0.8, largest 3.5:
        // (2 - 0.8) / (3.5 - 0.8) = 4/9
        assertEquals(1.0, ari[0][1], 1e-15);
        assertEquals(4.0 / 9, ari[0][2], 1e-15);
        assertEquals(4.0 / 9, ari[1][2], 1e-15);
        assertEquals(ari[2][0], ari[0][2]);
        assertEquals((1 + 8.0 / 9) / 3, s.meanPairwiseAri(), 1e-15);
    }

    @Test
    void tracksThatMoveAreCountedAndListedLeastStableFirst() {
        StabilitySummary s = summary();
        for (int i = 0; i < 5; i++) {
            assertEquals(1, s.distinctClusters(i));
            assertEquals(1.0, s.modalShare(i));
            assertEquals(A[i], s.modalCluster(i));
        }
        assertEquals(2, s.distinctClusters(5), "clusters 2, 2, 1 over the kept runs (the collapsed run's 1 is left out)");
        assertEquals(2, s.modalCluster(5));
        assertEquals(2.0 / 3, s.modalShare(5), 1e-15);
        assertEquals(5.0 / 6, s.shareOfTracksAlwaysTogether(), 1e-15);
        assertEquals((5 + 2.0 / 3) / 6, s.meanModalShare(), 1e-15);
        assertEquals(List.of(5), s.leastStableTracks());
    }

    /** A new user read "most often 0" for a track that each of four runs put in another cluster (session 23). */
    @Test
    void aTrackWithNoMostCommonClusterIsATie() {
        StabilitySummary three = summary();
        assertFalse(three.modalTied(5), "clusters 2, 2, 1: 2 is the most common");
        StabilitySummary two = StabilitySummary.of(List.of(run(1, false, A, 1.0, 1.0), run(2, false, C, 1.0, 1.0)));
        assertTrue(two.modalTied(5), "clusters 2 and 1, once each");
        assertEquals(0.5, two.modalShare(5));
        assertFalse(two.modalTied(0));
    }

    @Test
    void noiseIsAClusterOfItsOwnInTheTrackFigures() {
        StabilitySummary s = StabilitySummary.of(List.of(run(1, false, new int[] {0, 0, 1, -1}, 1.0, 1.0),
                run(2, false, new int[] {0, 0, -1, 1}, 1.0, 1.0), run(3, false, new int[] {0, 0, 1, -1}, 1.0, 1.0)));
        assertEquals(2, s.distinctClusters(2));
        assertEquals(1, s.modalCluster(2));
        assertEquals(-1, s.modalCluster(3));
        assertEquals(2.0 / 3, s.modalShare(3), 1e-15);
        StabilitySummary.MetricStats m = s.metrics().get("m");
        assertEquals(0.0, m.sd());
    }

    @Test
    void whenEveryRunCollapsedThereIsNothingToSummarise() {
        StabilitySummary s = StabilitySummary.of(List.of(run(5, true, A, 1.0, 1.0), run(6, true, C, 2.0, 2.0)));
        assertEquals(List.of(), s.keptSeeds());
        assertEquals(5L, s.referenceSeed());
        assertEquals(0, s.metrics().get("m").n());
        assertTrue(Double.isNaN(s.metrics().get("m").mean()));
        assertTrue(Double.isNaN(s.meanPairwiseAri()));
        assertTrue(Double.isNaN(s.shareOfTracksAlwaysTogether()));
        assertEquals(List.of(), s.leastStableTracks());
        assertEquals(0, s.distinctClusters(0));
    }

    @Test
    void oneKeptRunHasNoDeviationAndRunsMustLabelTheSameTracks() {
        StabilitySummary s = StabilitySummary.of(List.of(run(5, false, A, 1.0, 1.0), run(6, true, C, 2.0, 2.0)));
        assertEquals(1, s.metrics().get("m").n());
        assertTrue(Double.isNaN(s.metrics().get("m").sd()));
        assertThrows(IllegalArgumentException.class, () -> StabilitySummary.of(List.of(run(1, false, A, 1.0, 1.0),
                run(2, false, new int[] {0, 1}, 1.0, 1.0))));
        assertThrows(IllegalArgumentException.class, () -> StabilitySummary.of(List.of()));
    }
}
