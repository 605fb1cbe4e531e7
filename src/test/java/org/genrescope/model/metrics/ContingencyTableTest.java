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
}
