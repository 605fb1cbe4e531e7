package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split tree on six tracks, every number worked out by hand (the working is in the comments): node sizes, the
 * tracks each edge carries, and each node's stability as the mean best Jaccard index over the other seeds.
 */
class SplitTreeTest {
    private static final double EPS = 1e-12;

    // reference: k = 2 {0,1,2} {3,4,5}; k = 3 {0,1} {2} {3,4,5}
    private static final List<int[]> REFERENCE = List.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 2, 2, 2});
    // seed b: k = 2 {0,1} {2,3,4,5}; k = 3 {0,1} {2,3} {4,5}
    private static final List<int[]> SEED_B = List.of(new int[] {0, 0, 1, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2});
    // seed c: k = 2 the reference's partition with swapped numbers; k = 3 {0,3} {1,4} {2,5}
    private static final List<int[]> SEED_C = List.of(new int[] {1, 1, 1, 0, 0, 0}, new int[] {0, 1, 2, 0, 1, 2});

    @Test
    void sizesAndEdgesCountTheTracksEachClusterAndEachPairShare() {
        SplitTree tree = SplitTree.of(2, REFERENCE, List.of());
        assertEquals(2, tree.kMin());
        assertEquals(3, tree.kMax());
        assertEquals(List.of(3, 3), tree.layers().get(0).stream().map(SplitTree.Node::size).toList());
        assertEquals(List.of(2, 1, 3), tree.layers().get(1).stream().map(SplitTree.Node::size).toList());
        // {0,1,2} -> {0,1}: 2 tracks, {0,1,2} -> {2}: 1, {3,4,5} -> {3,4,5}: 3
        assertEquals(List.of(new SplitTree.Edge(2, 0, 0, 2), new SplitTree.Edge(2, 0, 1, 1),
                new SplitTree.Edge(2, 1, 2, 3)), tree.edges());
        assertTrue(Double.isNaN(tree.layers().get(0).get(0).stability()), "no other seed: no stability");
    }

    @Test
    void stabilityIsTheMeanBestJaccardOverTheOtherSeeds() {
        SplitTree tree = SplitTree.of(2, REFERENCE, List.of(SEED_B, SEED_C));
        // k = 2, {0,1,2}: b's best is {0,1} (2 / 3; {2,3,4,5} gives 1 / 6), c's is {0,1,2} (1) -> (2/3 + 1) / 2
        assertEquals(5.0 / 6, tree.layers().get(0).get(0).stability(), EPS);
        // k = 2, {3,4,5}: b's best is {2,3,4,5} (3 / 4), c's {3,4,5} (1) -> 7 / 8
        assertEquals(7.0 / 8, tree.layers().get(0).get(1).stability(), EPS);
        // k = 3, {0,1}: b {0,1} (1), c {0,3} or {1,4} (1 / 3) -> 2 / 3
        assertEquals(2.0 / 3, tree.layers().get(1).get(0).stability(), EPS);
        // k = 3, {2}: b {2,3} (1 / 2), c {2,5} (1 / 2) -> 1 / 2
        assertEquals(0.5, tree.layers().get(1).get(1).stability(), EPS);
        // k = 3, {3,4,5}: b {4,5} (2 / 3; {2,3} gives 1 / 4), c any (1 / 4) -> 11 / 24
        assertEquals(11.0 / 24, tree.layers().get(1).get(2).stability(), EPS);
    }

    @Test
    void noiseBelongsToNoClusterAndEmptyNumbersAreNoNodes() {
        // k = 2 with cluster number 1 unused and two noise tracks; k = 3 with one noise track
        List<int[]> reference = List.of(new int[] {0, 0, -1, 2, 2, -1}, new int[] {0, 1, 1, 2, 2, -1});
        List<int[]> other = List.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {-1, -1, -1, 0, 0, 0});
        SplitTree tree = SplitTree.of(2, reference, List.of(other));
        assertEquals(List.of(0, 2), tree.layers().get(0).stream().map(SplitTree.Node::cluster).toList());
        assertEquals(List.of(2, 2), tree.layers().get(0).stream().map(SplitTree.Node::size).toList());
        // track 2 is noise at k = 2 and track 5 at both: {0,1} -> 0: 1, {0,1} -> 1: 1, {3,4} -> 2: 2
        assertEquals(List.of(new SplitTree.Edge(2, 0, 0, 1), new SplitTree.Edge(2, 0, 1, 1),
                new SplitTree.Edge(2, 2, 2, 2)), tree.edges());
        // k = 2, {0,1} vs the other's {0,1,2}: 2 / 3; {3,4} vs {3,4,5}: 2 / 3
        assertEquals(2.0 / 3, tree.layers().get(0).get(0).stability(), EPS);
        assertEquals(2.0 / 3, tree.layers().get(0).get(1).stability(), EPS);
        // k = 3, {0} and {1,2} overlap only the other's noise: 0; {3,4} vs {3,4,5}: 2 / 3
        assertEquals(0.0, tree.layers().get(1).get(0).stability(), EPS);
        assertEquals(0.0, tree.layers().get(1).get(1).stability(), EPS);
        assertEquals(2.0 / 3, tree.layers().get(1).get(2).stability(), EPS);
    }

    @Test
    void clusteringsOfDifferentTracksOrAMissingKAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SplitTree.of(2, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SplitTree.of(2,
                List.of(new int[] {0, 1}, new int[] {0, 1, 2}), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SplitTree.of(2, REFERENCE, List.of(List.of(SEED_B.get(0)))));
        assertThrows(IllegalArgumentException.class, () -> SplitTree.of(2, List.of(new int[] {0, -2}), List.of()));
    }
}
