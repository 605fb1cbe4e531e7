package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.genrescope.analysis.SplitTree;
import org.genrescope.analysis.StabilitySummary;
import org.genrescope.plot.TreeFigure;
import org.junit.jupiter.api.Test;

/**
 * The Stability tab's view model on the bundled sample (PCA, k = 8, 2 restarts, seeds 1 and 2). The expected numbers
 * were computed independently at test-writing time with /usr/bin/python3 from the two runs' labels and metrics, as
 * the runs gave them: scikit-learn 1.2.1's adjusted_rand_score for the ARI, statistics.mean and statistics.stdev
 * (n - 1) for the spreads, scipy's linear_sum_assignment on the contingency table for the matched numbers.
 */
class StabilityViewModelTest {

    /** The settings of the last {@link #studied} model's window. */
    private static SettingsViewModel lastSettings;

    private static StabilityViewModel studied(BackgroundRunner runner) {
        SettingsStore store = Fixtures.quickStore();
        Fixtures.remember(store, "seed", 1L); // the study runs the settings' seed and the next: 1 and 2
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        vm.startUp();
        StabilityViewModel model = new StabilityViewModel(runner, vm.settings(),
                new org.genrescope.analysis.Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()),
                2, vm.dataProperty());
        model.seedsProperty().set(2);
        lastSettings = vm.settings();
        return model;
    }

    @Test
    void twoSeedsGiveTheSpreadTheAriTheMovedTracksAndTheTree() {
        StabilityViewModel model = studied(new CallingThreadRunner());
        model.run();
        assertFalse(model.runningProperty().get());
        assertNotNull(model.outcomeProperty().get(), model.statusProperty().get());
        StabilitySummary s = model.outcomeProperty().get().stability().summary();
        assertEquals(1919, s.tracks());
        // sklearn adjusted_rand_score(labels seed 1, labels seed 2)
        assertEquals(0.7169104672116031, model.ariFigureProperty().get().values()[0][1], 1e-12);
        assertEquals("0.717", model.ariFigureProperty().get().cellLabels().get(0).text(1, 0));
        StabilityRows.Metric silhouette = row(model, "clustered", "silhouette");
        // statistics.mean / stdev of 0.22608069411633439 and 0.2232435168477979
        assertEquals("2 of 2", silhouette.n());
        assertEquals("0.2247", silhouette.mean()); // 0.22466210548206614
        assertEquals("0.002006", silhouette.sd()); // 0.0020061872860104818
        assertEquals("0.2232", silhouette.min());
        assertEquals("0.2261", silhouette.max());
        StabilityRows.Metric ch = row(model, "clustered", "calinski_harabasz");
        assertEquals("Silhouette \u2191", silhouette.name(), "named as the Clusters tab names it");
        assertEquals("Calinski-Harabasz \u2191", ch.name());
        assertEquals("615.1", ch.mean()); // 615.1109459888734
        assertEquals("11.14", ch.sd()); // 11.139376582397142
        // after the Hungarian matching 344 tracks change cluster (so 82.1 % stay); the first 20 by input order, since
        // each is in its most common cluster in 1 of 2 runs
        assertTrue(model.summaryProperty().get().contains("82.1 % of tracks"), model.summaryProperty().get());
        assertTrue(model.summaryProperty().get().contains("No run collapsed"), model.summaryProperty().get());
        List<StabilityRows.Track> tracks = model.tracksProperty().get();
        assertEquals(20, tracks.size());
        assertEquals(List.of(17, 18, 19, 21, 38, 39, 48, 49, 54, 55, 60, 62, 63, 65, 66, 69, 83, 84, 86, 91),
                s.leastStableTracks());
        StabilityRows.Track first = tracks.get(0);
        var table = model.outcomeProperty().get().stability().tracks();
        assertEquals(table.idText(17), first.track());
        assertEquals(table.title(17), first.title());
        // two runs that put it apart: a tie, no cluster is the most common
        assertEquals("tie", first.modal());
        assertEquals("1 of 2 each", first.share());
        assertEquals(2, first.clusters().split(" ").length);

        SplitTree tree = model.outcomeProperty().get().tree();
        assertEquals(2, tree.kMin());
        assertEquals(8, tree.kMax());
        for (List<SplitTree.Node> layer : tree.layers()) {
            int k = layer.get(0).k();
            assertEquals(k, layer.size(), "k = " + k + " has k clusters");
            assertEquals(1919, layer.stream().mapToInt(SplitTree.Node::size).sum());
        }
        // the tree's k = 8 is seed 1's own clustering: numpy.bincount of its labels, sorted
        assertEquals(List.of(132, 182, 203, 246, 270, 274, 305, 307), tree.layers().get(6).stream()
                .map(SplitTree.Node::size).sorted().toList());
        TreeFigure figure = model.treeFigureProperty().get();
        assertEquals(IntStream.rangeClosed(2, 8).mapToObj(k -> "k = " + k).toList(), figure.layerLabels());
        assertEquals(35, figure.nodes().size());
        assertTrue(figure.caption().contains("seeds 2"), figure.caption());
        // a study of other settings than the window's says so (new user, session 30)
        assertEquals("", model.staleProperty().get(), "run with the settings on screen");
        int latent = lastSettings.latentProperty().get();
        lastSettings.latentProperty().set(latent + 1);
        assertEquals(StabilityViewModel.STALE, model.staleProperty().get());
        lastSettings.latentProperty().set(latent);
        assertEquals("", model.staleProperty().get(), "back to the study's settings");
    }

    @Test
    void cancellingStopsTheStudyAndSaysSo() {
        QueuedRunner runner = new QueuedRunner();
        StabilityViewModel model = studied(runner);
        model.run();
        assertTrue(model.runningProperty().get());
        model.run(); // a second press while it runs starts nothing
        assertEquals(1, runner.pending());
        model.cancel();
        runner.runAll();
        assertFalse(model.runningProperty().get());
        assertNull(model.outcomeProperty().get());
        assertEquals("Cancelled; no study on this data yet.", model.statusProperty().get());
    }

    private static StabilityRows.Metric row(StabilityViewModel model, String space, String metric) {
        return model.metricsProperty().get().stream().filter(m -> m.space().equals(space) && m.metric().equals(metric))
                .findFirst().orElseThrow();
    }
}
