package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.FormingLayout;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.plot.ScatterFigure;
import org.junit.jupiter.api.Test;

/** The projection's layout as it forms, from the pipeline to the Clusters plot, and never the result. */
class FormingLayoutViewModelTest {

    /** Runs work at once but holds hand-overs to the UI thread until {@link #flush}, as a busy FX thread would. */
    private static final class HeldUiRunner implements BackgroundRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            new CallingThreadRunner().run(work, done, failed);
        }

        @Override
        public void onUiThread(Runnable action) {
            held.add(action);
        }

        void flush() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    private static FormingLayout layout(int iteration) {
        return new FormingLayout("t-SNE", new double[] {0, 0, 1, 1, 2, 0}, new int[] {0, 1, -1}, 2, iteration, 750, 3);
    }

    @Test
    void layoutsReachTheUiCoalescedNewestFirstAndOnlyWhileTheRunIsActive() {
        HeldUiRunner runner = new HeldUiRunner();
        ProgressViewModel progress = new ProgressViewModel(runner);
        boolean[] active = {true};
        FormingLayout.Listener relay = progress.forming().relay(() -> active[0]);
        relay.formed(layout(10));
        relay.formed(layout(11));
        relay.formed(layout(12));
        assertEquals(1, runner.held.size(), "one hand-over pending for three layouts");
        runner.flush();
        assertEquals(12, progress.forming().layoutProperty().get().iteration(), "the newest wins");
        relay.formed(layout(13));
        active[0] = false; // the run ended (or a newer one began) before the UI thread got to it
        runner.flush();
        assertEquals(12, progress.forming().layoutProperty().get().iteration(), "a late layout changes nothing");
        progress.say("Trained ...");
        assertNull(progress.forming().layoutProperty().get(), "gone when the work ends");
    }

    @Test
    void theFormingFigureSaysSoColoursByClusterAndIsNoResult() {
        FormingLayout sampled = new FormingLayout("UMAP", new double[] {0, 0, 1, 1, 2, 0}, new int[] {1, 0, -1}, 2,
                40, 200, 150_000);
        ScatterFigure f = FormingScatter.figure(sampled, "Data: synthetic.");
        assertEquals("UMAP (a seeded sample of 3 of the 150,000 points) forming: epoch 40 of 200; the final layout "
                + "replaces it", f.title());
        assertEquals("Still forming: this layout is not a result and cannot be exported. Data: synthetic.", f.caption());
        assertEquals(List.of("Cluster 0", "Cluster 1"), f.categoryNames());
        assertEquals(3, f.data().size());
        assertArrayEquals(new int[] {1, 0, -1}, new int[] {f.data().category(0), f.data().category(1),
                f.data().category(2)});
        assertEquals(2.0, f.data().x(2), 0.0);
        assertEquals("t-SNE forming: iteration 300 of 750; the final layout replaces it", new FormingLayout("t-SNE",
                new double[2], new int[1], 1, 300, 750, 1).describe());
    }

    /**
     * Choosing t-SNE re-projects the trained clusters; the plot hears the layout as it forms, each point in the
     * cluster the result gives it, and the result (never one of them) replaces it.
     */
    @Test
    void aReprojectionShowsItsFormingLayoutsWithTheClustersThenTheResult() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        AnalysisResult before = vm.resultProperty().get();
        List<FormingLayout> seen = new ArrayList<>();
        List<Boolean> trainingWhenSeen = new ArrayList<>();
        vm.progress().forming().layoutProperty().addListener((o, was, now) -> {
            if (now != null) {
                seen.add(now);
                trainingWhenSeen.add(vm.trainingProperty().get());
            }
        });
        vm.settings().<ProjectionMethod>objectProperty("projection").set(ProjectionMethod.TSNE);
        AnalysisResult after = vm.resultProperty().get();
        assertEquals(ProjectionMethod.TSNE, after.config().projection());
        assertFalse(seen.isEmpty(), "t-SNE of " + before.projection().size() + " points ran past one interval");
        int n = after.projection().size();
        int[] labels = after.clustering().labels();
        for (FormingLayout l : seen) {
            assertEquals("t-SNE", l.method());
            assertEquals(n, l.size());
            assertEquals(n, l.points());
            assertTrue(l.iteration() < l.iterations());
            for (int i = 0; i < n; i++) {
                assertEquals(labels[i], l.cluster(i));
            }
        }
        assertTrue(trainingWhenSeen.stream().allMatch(t -> t), "only while the run runs");
        FormingLayout last = seen.get(seen.size() - 1);
        boolean differs = false;
        for (int i = 0; i < n && !differs; i++) {
            differs = last.x(i) != after.projection().x(i) || last.y(i) != after.projection().y(i);
        }
        assertTrue(differs, "the result is the final layout, not a forming one");
        assertNull(vm.progress().forming().layoutProperty().get(), "the result replaced the forming layout");
        assertSame(after, vm.trainedProperty().get());
    }
}
