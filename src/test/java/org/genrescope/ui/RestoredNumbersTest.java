package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.session.SessionKeeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart shows the cluster numbers the user last saw: a training renumbered to match the result before it is kept
 * on disk with those numbers, not with the clustering's own (which a restart used to show).
 */
class RestoredNumbersTest {
    @TempDir
    Path dir;

    @Test
    void aRestartShowsTheRenumberedClustersAsTheyWereShown() {
        SettingsStore store = Fixtures.quickStore();
        Path file = dir.resolve("last-session.genrescope");
        Pipeline pipeline = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel first = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(),
                pipeline, 2, keeper);
        first.startUp();
        first.settings().longProperty("seed").set(first.settings().longProperty("seed").get() + 1);
        first.train();
        AnalysisResult own = first.trainedProperty().get();
        AnalysisResult shown = first.resultProperty().get();
        // the premise: the new seed's clusters came out under other numbers, and the window renumbered them
        assertFalse(java.util.Arrays.equals(own.clustering().labels(), shown.clustering().labels()),
                "the second seed's own numbers differ from the ones shown");
        first.saveState();
        keeper.close(30);

        Pipeline again = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        SessionKeeper second = new SessionKeeper(file, again, "test");
        WorkbenchViewModel restarted = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(),
                again, 2, second);
        restarted.startUp();
        AnalysisResult restored = restarted.resultProperty().get();
        assertTrue(restored.reusedStages().contains(Pipeline.RESTORED), restarted.statusProperty().get());
        assertArrayEquals(shown.clustering().labels(), restored.clustering().labels());
        assertArrayEquals(shown.modelCentroids(), restored.modelCentroids(), 1e-12, "the centres follow the numbers");
        second.close(30);
    }
}
