package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockOrderTest {

    @Test
    void aShuffledBlockTableComesBackDiagonal() {
        // Genres g0..g2 own clusters {0, 3}, {1}, {2, 4}; rows are given as g2, g0, g1.
        int[][] counts = {
            {1, 2, 50, 0, 30},   // g2: main cluster 2, also 4
            {40, 1, 0, 20, 0},   // g0: main cluster 0, also 3
            {0, 60, 3, 1, 2},    // g1: main cluster 1
        };
        BlockOrder order = BlockOrder.of(counts);
        int[][] ordered = order.apply(counts);
        assertTrue(BlockOrder.isStaircase(ordered), Arrays.deepToString(ordered));
        // The given order is already a valid block order (g2, g0, g1); each genre's main cluster comes first in
        // its block, then the other cluster it owns: clusters 2, 4 | 0, 3 | 1.
        assertArrayEquals(new int[] {0, 1, 2}, order.rows());
        assertArrayEquals(new int[] {2, 4, 0, 3, 1}, order.columns());
        assertEquals(List.of("g2", "g0", "g1"), BlockOrder.reorder(List.of("g2", "g0", "g1"), order.rows()));
        // Rows in another order follow their main clusters: g1 (cluster 1) moves after g0 and g2's blocks.
        int[][] swapped = {counts[2], counts[0], counts[1]};
        BlockOrder again = BlockOrder.of(swapped);
        assertTrue(BlockOrder.isStaircase(again.apply(swapped)));
    }

    @Test
    void onRandomTablesTheOrderIsAPermutationCountsFollowTheirLabelsAndMainClustersStepRight() {
        Random random = new Random(16);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(12);
            int columns = 1 + random.nextInt(30);
            int[][] counts = new int[rows][columns];
            for (int[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(5000);
                }
            }
            if (random.nextBoolean()) {
                Arrays.fill(counts[random.nextInt(rows)], 0); // an empty row sorts last
            }
            BlockOrder order = BlockOrder.of(counts);
            int[][] ordered = order.apply(counts);
            assertTrue(isPermutation(order.rows(), rows) && isPermutation(order.columns(), columns));
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    assertEquals(counts[order.rows()[i]][order.columns()[j]], ordered[i][j]);
                }
            }
            assertTrue(BlockOrder.isStaircase(ordered), "trial " + trial + ": " + Arrays.deepToString(ordered));
            long before = Arrays.stream(counts).flatMapToInt(Arrays::stream).asLongStream().sum();
            long after = Arrays.stream(ordered).flatMapToInt(Arrays::stream).asLongStream().sum();
            assertEquals(before, after);
        }
    }

    private static boolean isPermutation(int[] order, int n) {
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            if (sorted[i] != i) {
                return false;
            }
        }
        return sorted.length == n;
    }
}
