package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.model.clustering.ClusterMatching;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.ContingencyTable;
import org.junit.jupiter.api.Test;

/**
 * Cluster numbers stay put in the window: a k slider move, the way back, and a training with another seed show their
 * clusters under the numbers of the clusters they overlap most in the result shown before.
 */
class ClusterNumbersViewModelTest {

    @Test
    void movingKAndBackKeepsTheNumbersOfTheClustersThatStay() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        AnalysisResult k8 = vm.resultProperty().get();
        vm.settings().kProperty().set(7);
        AnalysisResult k7 = vm.resultProperty().get();
        assertEquals(7, k7.clustering().clusterCount());
        assertIdentity(ClusterMatching.numbersWithin(k8.clustering(), k7.clustering()));
        assertTableFollowsTheNumbers(k7);
        vm.settings().kProperty().set(8);
        AnalysisResult back = vm.resultProperty().get();
        assertEquals(8, back.config().k());
        assertIdentity(ClusterMatching.numbersWithin(k7.clustering(), back.clustering()));
        // the same k = 8 clusters come back; only where k = 7 had to fit a number above 6 into 0..6 (a merge left
        // its number free) do two clusters trade numbers, every other keeps its number (and colour) throughout
        assertSamePartition(k8.clustering().labels(), back.clustering().labels());
        java.util.Set<Integer> moved = new java.util.TreeSet<>();
        for (int i = 0; i < back.rows(); i++) {
            if (k8.clustering().label(i) != back.clustering().label(i)) {
                moved.add(k8.clustering().label(i));
            }
        }
        assertTrue(moved.size() <= 2, "clusters renumbered on the way: " + moved);
    }

    @Test
    void aTrainingWithAnotherSeedIsShownUnderThePreviousNumbers() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        AnalysisResult before = vm.resultProperty().get();
        vm.settings().longProperty("seed").set(vm.settings().longProperty("seed").get() + 1);
        vm.train();
        AnalysisResult trained = vm.trainedProperty().get();
        AnalysisResult shown = vm.resultProperty().get();
        assertNotEquals(before.config().seed(), trained.config().seed());
        Clustering want = ClusterMatching.match(before.clustering(), trained.clustering());
        assertArrayEquals(want.labels(), shown.clustering().labels());
        assertArrayEquals(want.centroidsOrNull(), shown.clustering().centroidsOrNull());
        assertTrue(agreement(before, shown) >= agreement(before, trained), "renumbering never lowers the agreement");
        assertSamePartition(trained.clustering().labels(), shown.clustering().labels());
        assertEquals(trained.vsGenre(), shown.vsGenre(), "the metrics are the partition's, whatever its numbers");
        assertTableFollowsTheNumbers(shown);
    }

    private static void assertIdentity(int[] numbers) {
        for (int a = 0; a < numbers.length; a++) {
            assertEquals(a, numbers[a], "matching the shown result again changes no number");
        }
    }

    private static void assertTableFollowsTheNumbers(AnalysisResult r) {
        ContingencyTable want = ContingencyTable.of(r.genreCodes(), r.clustering().labels());
        assertArrayEquals(want.clusters(), r.contingency().clusters());
        for (int i = 0; i < want.classCount(); i++) {
            assertArrayEquals(want.toArray()[i], r.contingency().toArray()[i], "genre row " + i);
        }
    }

    private static void assertSamePartition(int[] a, int[] b) {
        int[] map = new int[64];
        java.util.Arrays.fill(map, -2);
        for (int i = 0; i < a.length; i++) {
            if (map[a[i]] == -2) {
                map[a[i]] = b[i];
            }
            assertEquals(map[a[i]], b[i], "track " + i + " left its cluster's company");
        }
    }

    private static int agreement(AnalysisResult a, AnalysisResult b) {
        int same = 0;
        for (int i = 0; i < a.rows(); i++) {
            same += a.clustering().label(i) == b.clustering().label(i) ? 1 : 0;
        }
        return same;
    }
}
