package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterExplanations;
import org.genrescope.analysis.ClusterRenumbering;
import org.junit.jupiter.api.Test;

/**
 * A k slider move renumbers the result off the UI thread (the runner's work, not the call that shows it), the
 * numbers are those {@link ClusterRenumbering#matchedTo} gives, and what the tabs need of the renumbered result is
 * ready when it is shown: its explanations and means (moved from the source's, equal to computing them anew) and the
 * plot's prepared points.
 */
class NumberedResultTest {

    @Test
    void aKSliderMoveIsRenumberedInTheBackgroundAndShownReady() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runAll(); // load, train, sweep the k range
        AnalysisResult k8 = vm.resultProperty().get();
        assertTrue(vm.sweep().isFullResultReady(7), "the sweep has k = 7");
        vm.settings().kProperty().set(7);
        assertSame(k8, vm.resultProperty().get(), "nothing renumbered on the calling (UI) thread");
        assertEquals(1, runner.pending(), "the renumbering is queued as background work");
        runner.runAll();
        AnalysisResult shown = vm.resultProperty().get();
        assertEquals(7, shown.config().k());
        AnalysisResult want = ClusterRenumbering.matchedTo(k8, sweptFull(vm, 7));
        assertArrayEquals(want.clustering().labels(), shown.clustering().labels());
        assertArrayEquals(want.contingency().clusters(), shown.contingency().clusters());
        assertTrue(ResultDetails.kept(shown), "the explanations are ready");
        assertEquals(ClusterExplanations.of(shown), ResultDetails.explanations(shown), "moved = computed anew");
        assertArrayEquals(shown.centroids(), ResultDetails.centroids(shown), 0.0);
        assertTrue(ScatterPoints.of(shown, ResultFigures.ColourBy.CLUSTER, false).prepared(), "the points are ready");
    }

    @Test
    void aRenumberingOvertakenByAnotherKIsNotShown() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runAll();
        AnalysisResult k8 = vm.resultProperty().get();
        vm.settings().kProperty().set(7);
        vm.settings().kProperty().set(6);
        assertEquals(2, runner.pending());
        runner.runNewest();
        assertEquals(6, vm.resultProperty().get().config().k());
        runner.runOldest(); // k = 7's, overtaken: dropped
        assertEquals(6, vm.resultProperty().get().config().k());
        assertArrayEquals(ClusterRenumbering.matchedTo(k8, sweptFull(vm, 6)).clustering().labels(),
                vm.resultProperty().get().clustering().labels());
    }

    @Test
    void aTrainingIsRenumberedOnItsWorker() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runAll();
        AnalysisResult before = vm.resultProperty().get();
        vm.settings().longProperty("seed").set(vm.settings().longProperty("seed").get() + 1);
        vm.train();
        runner.runOldest(); // the training's work: the pipeline and the renumbering; the result shown at its end
        AnalysisResult trained = vm.trainedProperty().get();
        AnalysisResult shown = vm.resultProperty().get();
        assertNotNull(trained);
        assertArrayEquals(ClusterRenumbering.matchedTo(before, trained).clustering().labels(),
                shown.clustering().labels());
        assertTrue(ResultDetails.kept(shown), "the explanations are ready");
        assertTrue(ScatterPoints.of(shown, ResultFigures.ColourBy.CLUSTER, false).prepared(), "the points are ready");
    }

    /** The sweep's full result for {@code k}, as computed (before any renumbering). */
    private static AnalysisResult sweptFull(WorkbenchViewModel vm, int k) {
        return vm.sweep().fullResult(k);
    }
}
