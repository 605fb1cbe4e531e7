package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.session.SessionKeeper;
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
            WorkbenchViewModel vm = trained(runner);
            stepSixTimesAndCheck(vm, runner, random, seed);
        }
    }

    /**
     * Train pressed again with nothing changed while the sweep still runs ("Shown again": the k range goes on), then
     * the slider steps (a new user, session 22, saw k = 11's preview under a slider and status at k = 12).
     */
    @Test
    void shownAgainWhileTheSweepRunsThenStepsEndsAtTheSlidersK() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            QueuedRunner runner = new QueuedRunner();
            WorkbenchViewModel vm = trained(runner);
            vm.train(); // nothing changed: shown again
            if (random.nextBoolean()) {
                runner.runAny(random);
            }
            while (runner.pending() > 1 && random.nextBoolean()) {
                runner.runAny(random);
            }
            stepSixTimesAndCheck(vm, runner, random, seed);
        }
    }

    /**
     * The new user's preconditions (session 11, item 1): a restored session (its k sweep kept on disk, only scored
     * again), the latent size changed but not trained, and the sweep still filling in when the k slider steps six
     * times; background work ends in any order.
     */
    @Test
    void aRestoredSessionWithAChangedLatentSizeEndsAtTheSlidersKToo(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = dir.resolve("last-session.genrescope");
        SettingsStore store = restoredStore();
        Pipeline pipeline = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel first = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(),
                pipeline, 2, keeper);
        first.startUp();
        assertEquals(first.sweep().totalProperty().get(), first.sweep().readyProperty().get(), "the premise: swept");
        first.saveState();
        keeper.close(30);
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            QueuedRunner runner = new QueuedRunner();
            Pipeline again = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
            SessionKeeper restarted = new SessionKeeper(file, again, "test");
            // a store of its own: the window remembers the latent size moved below
            WorkbenchViewModel vm = new WorkbenchViewModel(runner, restoredStore(), new SettingsViewModel(), again, 2,
                    restarted);
            vm.startUp();
            while (vm.trainedProperty().get() == null && runner.pending() > 0) {
                runner.runOldest();
            }
            assertTrue(vm.trainedProperty().get().reusedStages().contains(Pipeline.RESTORED), "seed " + seed);
            // the latent size moved without training: the results are out of date, the slider still answers
            vm.settings().latentProperty().set(vm.settings().latentProperty().get() + 1);
            assertTrue(vm.outOfDateProperty().get(), "seed " + seed);
            stepSixTimesAndCheck(vm, runner, random, seed);
            restarted.close(30);
        }
    }

    /**
     * A preview of a k the slider has left is stopped, not finished: at a million tracks a preview takes seconds, and
     * six quick moves left the window on the trained k for 11-25 s, the last k's preview waiting for the first's (new
     * user, session 16).
     */
    @Test
    void aPreviewOfAKTheSliderLeftIsStopped() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = trained(runner);
        int trainedK = vm.trainedProperty().get().config().k();
        int pendingBefore = runner.pending(); // the sweep, waiting
        vm.settings().kProperty().set(trainedK + 1); // its preview queued
        vm.settings().kProperty().set(trainedK + 2); // leaves it
        assertEquals(pendingBefore + 1, runner.pending(), "one preview at a time: the second waits for the first");
        runner.runNewest(); // the first preview: stopped
        assertEquals(1, runner.failures().size(), "the left k's preview ended: " + runner.failures());
        assertTrue(runner.failures().get(0) instanceof org.genrescope.task.CancelledException,
                runner.failures().get(0).toString());
        assertEquals(trainedK, vm.resultProperty().get().config().k(), "nothing of the left k shown");
        while (runner.pending() > pendingBefore) {
            runner.runNewest(); // the slider's k's preview, queued when the first stopped, and its numbering
        }
        assertEquals(1, runner.failures().size(), runner.failures().toString());
        assertEquals(trainedK + 2, vm.resultProperty().get().config().k(), "the slider's k shown");
        assertEquals(pendingBefore, runner.pending(), "only the sweep waits");
    }

    /**
     * A workbench on the quick settings, its data loaded and trained, stopped while the sweep (and what it queued)
     * waits.
     */
    private static WorkbenchViewModel trained(QueuedRunner runner) {
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        while (vm.trainedProperty().get() == null && runner.pending() > 0) {
            runner.runOldest();
        }
        return vm;
    }

    private static SettingsStore restoredStore() {
        SettingsStore store = Fixtures.quickStore();
        Fixtures.remember(store, "k", 6);
        return store;
    }

    /**
     * Steps the k slider six times, running queued background work in between at {@code random}, then all of it in
     * any order; checks that the slider's last k is the one shown, in the result and the status line.
     */
    private static void stepSixTimesAndCheck(WorkbenchViewModel vm, QueuedRunner runner, Random random, long seed) {
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
