package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WorkbenchViewModelTest {

    /** Runs everything on the calling thread, so the view model can be tested without a toolkit. */
    static final class SameThreadRunner extends BackgroundRunner {
        @Override
        public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                failed.accept(t);
                return;
            }
            done.accept(result);
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }
    }

    @Test
    void runningTheSeedRecipeOnTheSampleShowsItsMetrics() {
        WorkbenchViewModel vm = new WorkbenchViewModel(new SameThreadRunner());
        vm.runSeedRecipe();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Done: "), vm.statusProperty().get());
        assertTrue(vm.summaryProperty().get().contains("Davies-Bouldin"), vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().contains("ARI"), vm.summaryProperty().get());
    }
}
