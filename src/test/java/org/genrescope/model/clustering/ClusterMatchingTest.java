package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cluster numbers follow the greatest overlap with the previous clustering, worked out by hand. */
class ClusterMatchingTest {

    @Test
    void aPermutedLabellingGetsThePreviousNumbersBack() {
        int[] previous = {0, 0, 1, 1, 2, 2, 3};
        int[] next = {2, 2, 3, 3, 0, 0, 1}; // the same partition, numbered otherwise
        assertArrayEquals(previous, ClusterMatching.relabel(previous, next));
        assertArrayEquals(new int[] {2, 3, 0, 1}, ClusterMatching.numbers(previous, next));
    }

    @Test
    void eachNewClusterTakesTheNumberOfTheClusterItOverlapsMost() {
        int[] previous = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        // new 0 holds two of previous 2 and one of previous 1; new 1 all of previous 0; new 2 two of previous 1 and one
        // of previous 2. Best total: 0->2 (2), 1->0 (3), 2->1 (2) = 7
        int[] next = {1, 1, 1, 2, 2, 0, 0, 0, 2};
        assertArrayEquals(new int[] {2, 0, 1}, ClusterMatching.numbers(previous, next));
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2, 2, 2, 1}, ClusterMatching.relabel(previous, next));
    }

    @Test
    void moreNewClustersThanBeforeGetTheLowestFreeNumbers() {
        int[] previous = {0, 0, 0, 0, 1, 1, 1, 1};
        // previous 0 split into new 0 and new 2, previous 1 into new 1 and new 3; the larger parts keep the numbers
        int[] next = {2, 2, 2, 0, 3, 1, 1, 1};
        assertArrayEquals(new int[] {2, 1, 0, 3}, ClusterMatching.numbers(previous, next));
        assertArrayEquals(new int[] {0, 0, 0, 2, 3, 1, 1, 1}, ClusterMatching.relabel(previous, next));
    }

    @Test
    void fewerNewClustersKeepThePreviousNumbersInTheRelabellingAndAreCompactedInAClustering() {
        int[] previous = {0, 0, 1, 1, 2, 2, 3, 3};
        // previous 1 and 2 merged into new 0; new 1 is previous 3, new 2 previous 0
        int[] next = {2, 2, 0, 0, 0, 0, 1, 1};
        int[] numbers = ClusterMatching.numbers(previous, next);
        assertEquals(3, numbers[1]);
        assertEquals(0, numbers[2]);
        assertEquals(true, numbers[0] == 1 || numbers[0] == 2, "the merged cluster takes one of its parts' numbers");
        double[] centroids = {10, 11, 12}; // one dimension: new cluster a's centre is 10 + a
        Clustering matched = ClusterMatching.match(new Clustering(previous, 4, null, Double.NaN, 0),
                new Clustering(next, 3, centroids, 5.0, 0));
        // within 0..2: new 2 -> 0 and the merged cluster keep their numbers; new 1 (matched to 3) takes the one left
        int merged = numbers[0];
        int left = merged == 1 ? 2 : 1;
        int[] want = {0, 0, merged, merged, merged, merged, left, left};
        assertArrayEquals(want, matched.labels());
        assertEquals(3, matched.clusterCount());
        double[] moved = new double[3];
        moved[0] = 12;
        moved[merged] = 10;
        moved[left] = 11;
        assertArrayEquals(moved, matched.centroidsOrNull());
        assertEquals(5.0, matched.inertiaOrNaN());
    }

    @Test
    void noiseStaysNoiseAndCountsInNoOverlap() {
        int[] previous = {-1, -1, -1, 0, 0, 1, 1};
        // new cluster 1 holds the three previous noise points and one of previous 0: it is still matched to 0 by that
        // one point, since noise is no cluster; new 0 holds previous 1
        int[] next = {1, 1, 1, 1, -1, 0, 0};
        assertArrayEquals(new int[] {0, 0, 0, 0, -1, 1, 1}, ClusterMatching.relabel(previous, next));
        Clustering matched = ClusterMatching.match(new Clustering(previous, 2, null, Double.NaN, 3),
                new Clustering(next, 2, null, Double.NaN, 1));
        assertArrayEquals(new int[] {0, 0, 0, 0, -1, 1, 1}, matched.labels());
        assertEquals(1, matched.noiseCount());
    }

    @Test
    void anEmptyKMeansClusterGetsANumberToo() {
        int[] previous = {0, 0, 1, 1, 2, 2};
        int[] next = {1, 1, 0, 0, 0, 0}; // cluster 2 of 3 is empty
        Clustering matched = ClusterMatching.match(new Clustering(previous, 3, null, Double.NaN, 0),
                new Clustering(next, 3, new double[] {0, 1, 2}, 1.0, 0));
        assertEquals(0, matched.label(0));
        assertEquals(3, matched.clusterCount());
        int[] sizes = matched.clusterSizes();
        assertEquals(2, sizes[0]);
        assertEquals(4, sizes[1] + sizes[2]);
        assertEquals(1.0, matched.centroidsOrNull()[0], "new cluster 1's centre moved with it to number 0");
    }

    @Test
    void theRelabellingIsABijectionThatNeverLowersTheOverlap() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 30 + random.nextInt(50);
            int kPrev = 1 + random.nextInt(6);
            int kNext = 1 + random.nextInt(6);
            int[] previous = new int[n];
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                previous[i] = random.nextInt(kPrev);
                next[i] = random.nextInt(kNext);
            }
            int[] relabelled = ClusterMatching.relabel(previous, next);
            // the same partition
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(next[i] == next[j], relabelled[i] == relabelled[j]);
                }
            }
            // agreement with previous is at least that of the original numbering
            assertEquals(true, agreement(previous, relabelled) >= agreement(previous, next), "trial " + trial);
        }
    }

    @Test
    void differentPointCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClusterMatching.relabel(new int[] {0, 1}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> ClusterMatching.relabel(new int[] {0, -2}, new int[] {0, 1}));
    }

    private static int agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same;
    }
}
