package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.genrescope.analysis.AnalysisResult;
import org.junit.jupiter.api.Test;

/**
 * The k slider moved several steps quickly while the sweep and the previews are still running: whatever order the
 * background work ends in, the window ends showing the slider's k (a new user saw k = 7's plot and metrics under
 * k = 12).
 */
class KSliderRaceTest {

    @Test
    void theResultShownEndsAtTheSlidersKWhateverOrderTheWorkEndsIn() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            QueuedRunner runner = new QueuedRunner();
            WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
            vm.startUp();
            // the load and the training, then stop while the sweep (and what it queued) waits
            while (vm.trainedProperty().get() == null && runner.pending() > 0) {
                runner.runOldest();
            }
            int from = vm.settings().kProperty().get();
            for (int step = 1; step <= 6; step++) {
                vm.settings().kProperty().set(from + step);
                if (runner.pending() > 0 && random.nextBoolean()) {
                    runner.runAny(random);
                }
            }
            while (runner.pending() > 0) {
                runner.runAny(random);
            }
            AnalysisResult shown = vm.resultProperty().get();
            assertEquals(from + 6, shown.config().k(), "seed " + seed + ": the slider's k is shown");
            assertEquals(from + 6, shown.clustering().clusterCount(), "seed " + seed);
            assertTrue(vm.statusProperty().get().contains((from + 6) + " clusters"),
                    "seed " + seed + ": " + vm.statusProperty().get());
        }
    }
}
