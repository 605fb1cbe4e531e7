package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContingencyTableTest {

    @Test
    void countsPointsPerClassAndClusterInAscendingLabelOrder() {
        int[] truth = {7, 7, 3, 3, 3, -1};
        int[] pred = {2, 0, 0, 0, 2, 2};

        ContingencyTable table = ContingencyTable.of(truth, pred);

        assertArrayEquals(new int[] {-1, 3, 7}, table.truthClasses());
        assertArrayEquals(new int[] {0, 2}, table.clusters());
        assertArrayEquals(new int[][] {{0, 1}, {2, 1}, {1, 1}}, table.toArray());
        assertEquals(6, table.total());
        assertEquals(3, table.classSize(1));
        assertEquals(3, table.clusterSize(0));
        assertEquals(2, table.count(1, 0));
    }

    @Test
    void dominantClusterIsTheMostCommonOneWithTiesGoingToTheSmallestLabel() {
        int[] truth = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        int[] pred = {5, 5, 9, 9, 4, 9, 9, 9, 5};

        List<DominantCluster> dominant = ContingencyTable.of(truth, pred).dominantClusters();

        assertEquals(List.of(
                new DominantCluster(0, 5, 3, 2),
                new DominantCluster(1, 4, 2, 1), // tie between clusters 4 and 9
                new DominantCluster(2, 9, 4, 3)), dominant);
        assertEquals(0.75, dominant.get(2).share());
    }

    @Test
    void accessorsDoNotExposeInternalState() {
        ContingencyTable table = ContingencyTable.of(new int[] {1, 2}, new int[] {1, 2});
        table.truthClasses()[0] = 99;
        table.toArray()[0][0] = 99;
        assertEquals(1, table.truthClasses()[0]);
        assertEquals(1, table.count(0, 0));
    }

    @Test
    void rejectsLabelingsOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(new int[] {1, 2, 3}, new int[] {1, 2}));
        assertEquals("Found input variables with inconsistent numbers of samples: 3 truth labels,"
                + " 2 predicted labels", e.getMessage());
    }

    @Test
    void aTableFromItsCountsIsTheTableItsLabelingsGive() {
        int[] truth = {7, 7, 3, 3, 3, -1, 0, 0, 7};
        int[] pred = {2, 0, 0, 0, 2, 2, -1, 5, 5};
        ContingencyTable counted = ContingencyTable.of(truth, pred);

        ContingencyTable rebuilt = ContingencyTable.ofCounts(counted.truthClasses(), counted.clusters(),
                counted.toArray());

        assertArrayEquals(counted.truthClasses(), rebuilt.truthClasses());
        assertArrayEquals(counted.clusters(), rebuilt.clusters());
        assertArrayEquals(counted.toArray(), rebuilt.toArray());
        assertEquals(counted.total(), rebuilt.total());
        for (int i = 0; i < counted.classCount(); i++) {
            assertEquals(counted.classSize(i), rebuilt.classSize(i));
        }
        for (int j = 0; j < counted.clusterCount(); j++) {
            assertEquals(counted.clusterSize(j), rebuilt.clusterSize(j));
        }
        assertEquals(counted.dominantClusters(), rebuilt.dominantClusters());
        // the metrics read the same counts: the same bits
        assertEquals(Double.doubleToLongBits(ExternalMetrics.adjustedRand(counted)),
                Double.doubleToLongBits(ExternalMetrics.adjustedRand(rebuilt)));
    }

    @Test
    void countsNoLabelingCouldGiveAreRefusedSayingWhy() {
        assertEquals("the row labels are not strictly ascending: 3 then 3", assertThrows(
                IllegalArgumentException.class, () -> ContingencyTable.ofCounts(new int[] {3, 3}, new int[] {0},
                        new int[][] {{1}, {1}})).getMessage());
        assertEquals("the column labels are not strictly ascending: 2 then 1", assertThrows(
                IllegalArgumentException.class, () -> ContingencyTable.ofCounts(new int[] {0}, new int[] {2, 1},
                        new int[][] {{1, 1}})).getMessage());
        assertEquals("1 rows of counts for 2 row labels", assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.ofCounts(new int[] {0, 1}, new int[] {0}, new int[][] {{1}})).getMessage());
        assertEquals("row 0 of counts has 1 counts for 2 column labels", assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.ofCounts(new int[] {0}, new int[] {0, 1}, new int[][] {{1}})).getMessage());
        assertEquals("count [0][1] is negative: -1", assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.ofCounts(new int[] {0}, new int[] {0, 1}, new int[][] {{2, -1}})).getMessage());
        assertEquals("row label 1 counts no point", assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.ofCounts(new int[] {0, 1}, new int[] {0}, new int[][] {{1}, {0}})).getMessage());
        assertEquals("column label 4 counts no point", assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.ofCounts(new int[] {0}, new int[] {0, 4}, new int[][] {{1, 0}})).getMessage());
        assertEquals("the counts total 4294967294 points, more than an int holds", assertThrows(
                IllegalArgumentException.class, () -> ContingencyTable.ofCounts(new int[] {0}, new int[] {0, 1},
                        new int[][] {{Integer.MAX_VALUE, Integer.MAX_VALUE}})).getMessage());
    }
}
