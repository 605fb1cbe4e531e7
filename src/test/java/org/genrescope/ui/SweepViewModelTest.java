package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.BundledSample;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Sweep;
import org.genrescope.analysis.SweepCell;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Sweep tab's logic without a toolkit: the engine is a stand-in whose cells carry hand-chosen metrics, so every
 * number the heatmap and its tooltip show is checked against arithmetic done here by hand.
 */
class SweepViewModelTest {
    private static DataSet sample;
    private static DataSet otherData;

    private final SettingsViewModel settings = new SettingsViewModel();
    private final SimpleObjectProperty<DataSet> data = new SimpleObjectProperty<>();
    private final FakeEngine engine = new FakeEngine();
    private SweepViewModel vm;

    private static DataSet sampleAgain;

    @BeforeAll
    static void openTheSampleAndAnotherFile(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Pipeline pipeline = new Pipeline(1, IsolatedAutoencoderTrainer.shared());
        Pipeline.Prepared prepared = pipeline.prepare(Recipe.SEED.config(Path.of(BundledSample.FOLDER)),
                ProgressListener.NONE, CancellationToken.NEVER);
        sample = DataSet.of(prepared, true);
        sampleAgain = DataSet.of(prepared, true); // as a training that re-scales hands the window the same file
        Path csv = Fixtures.flatCsv(folder.resolve("other.csv"), 60, List.of());
        otherData = DataSet.of(pipeline.prepare(Recipe.SEED.config(csv).with("label", "genre")
                .with("id_column", "track_id"), ProgressListener.NONE, CancellationToken.NEVER), false);
    }

    @BeforeEach
    void newViewModel() {
        data.set(sample);
        vm = new SweepViewModel(new CallingThreadRunner(), settings, data, engine);
        vm.latentsProperty().set("2..3");
        vm.ksProperty().set("2..5");
        vm.seedsProperty().set("1,2");
    }

    /**
     * Silhouette in the scaled features of a cell: 0.1 x latent + 0.01 x k, plus 0.2 for seed 2; so each cell's
     * mean is 0.1 x latent + 0.01 x k + 0.1 and its sample sd sqrt(2 x 0.1^2 / 1) = 0.1414. The autoencoder
     * collapses for latent 2 with seed 2 only.
     */
    static SweepCell cell(int latent, int k, long seed) {
        Map<SweepMetric, MetricValue> values = new EnumMap<>(SweepMetric.class);
        for (SweepMetric m : SweepMetric.values()) {
            values.put(m, MetricValue.of(k));
        }
        values.put(SweepMetric.FEATURE_SILHOUETTE, MetricValue.of(0.1 * latent + 0.01 * k + (seed == 2 ? 0.2 : 0)));
        values.put(SweepMetric.CLUSTERING_SILHOUETTE, MetricValue.of(0.5));
        values.put(SweepMetric.ADJUSTED_RAND, seed == 1 ? MetricValue.of(0.04) : MetricValue.undefined("one genre"));
        values.put(SweepMetric.COLLAPSED, MetricValue.of(latent == 2 && seed == 2 ? 1 : 0));
        return new SweepCell(latent, k, seed, values);
    }

    /** Runs as {@link Sweep#run} does: skips the finished cells, hands on each new one, may be cancelled. */
    static final class FakeEngine implements SweepViewModel.Engine {
        final List<SweepCell.Position> ran = new ArrayList<>();
        Map<SweepCell.Position, SweepCell> lastFinished;
        AnalysisConfig lastBase;
        Runnable afterCell = () -> { };

        @Override
        public List<SweepCell> run(AnalysisConfig base, SweepGrid grid, Map<SweepCell.Position, SweepCell> finished,
                                   java.util.function.Consumer<SweepCell> onCell, ProgressListener progress,
                                   CancellationToken cancel) {
            lastBase = base;
            lastFinished = Map.copyOf(finished);
            List<SweepCell> all = new ArrayList<>();
            for (int latent : grid.latents()) {
                for (long seed : grid.seeds()) {
                    for (int k : grid.ks()) {
                        SweepCell kept = finished.get(new SweepCell.Position(latent, k, seed));
                        if (kept != null) {
                            all.add(kept);
                            continue;
                        }
                        cancel.throwIfCancelled();
                        SweepCell c = cell(latent, k, seed);
                        ran.add(c.position());
                        all.add(c);
                        onCell.accept(c);
                        progress.progress("sweep", all.size(), grid.cells(), "latent " + latent + ", k " + k + " done");
                        afterCell.run();
                    }
                }
            }
            all.sort(Sweep.GRID_ORDER);
            return all;
        }
    }

    @Test
    void theHeatmapShowsTheMeanOverSeedsAndTheClusteredSpaceBesideTheCommonOne() {
        vm.run();
        assertEquals(16, engine.ran.size());
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Sweep finished: 16 cells (16 run, 0 kept)"),
                vm.statusProperty().get());
        HeatmapFigure f = vm.figureProperty().get();
        assertEquals(List.of("2", "3"), f.rowLabels());
        assertEquals(List.of("2", "3", "4", "5"), f.columnLabels());
        assertEquals(0.1 * 3 + 0.01 * 5 + 0.1, f.value(1, 3), 1e-12); // latent 3, k 5: (0.35 + 0.55) / 2
        assertEquals("0.450\n±0.141", f.text(1, 3));
        assertTrue(f.isHatched(0, 0), "latent 2 collapsed for seed 2");
        assertFalse(f.isHatched(1, 0));
        assertTrue(f.caption().contains("Synthetic"), "the data's credit: " + f.caption());
        assertEquals("Silhouette in the clustered space (clustering_space.silhouette)",
                vm.besideFigureProperty().get().title());
        assertEquals(0.5, vm.besideFigureProperty().get().value(0, 0), 1e-15);
        // Sweep.baseConfig: no projection, the window's other settings
        assertEquals(org.genrescope.analysis.ProjectionMethod.NONE, engine.lastBase.projection());
    }

    @Test
    void switchingTheMetricRedrawsWithoutRunningAgain() {
        vm.run();
        vm.metricProperty().set(SweepMetric.ADJUSTED_RAND);
        assertEquals(16, engine.ran.size(), "switching runs nothing");
        HeatmapFigure f = vm.figureProperty().get();
        assertTrue(f.title().startsWith("Adjusted Rand index with the genres"), f.title());
        assertNull(vm.besideFigureProperty().get(), "an agreement metric has no second space");
        assertEquals(0.04, f.value(0, 0), 1e-15); // defined for seed 1 only: its value, no spread
        assertEquals("0.0400", f.text(0, 0));
        vm.metricProperty().set(SweepMetric.FEATURE_DAVIES_BOULDIN);
        assertEquals("Davies-Bouldin in the clustered space (clustering_space.davies_bouldin)",
                vm.besideFigureProperty().get().title());
        assertEquals(5.0, vm.figureProperty().get().value(1, 3), 1e-15); // every other metric is k
        assertFalse(SweepViewModel.CHOICES.contains(SweepMetric.CLUSTERING_SILHOUETTE), "shown beside, not chosen");
        assertTrue(SweepViewModel.CHOICES.contains(SweepMetric.RECONSTRUCTION_MSE));
    }

    @Test
    void theTooltipGivesTheMeanAndTheSpreadAsComputedByHand() {
        vm.run();
        // latent 3, k 5: seeds 0.35 and 0.55; mean 0.45; sd sqrt(((0.35-0.45)^2 + (0.55-0.45)^2) / 1) = 0.141421
        assertEquals("latent size 3, k 5\nSilhouette in the scaled features\nmean 0.4500 over 2 seeds\n"
                + "sd 0.1414, range 0.3500 to 0.5500, n = 2\nClick to load latent size 3 and k 5 into the settings.",
                vm.tooltip(SweepMetric.FEATURE_SILHOUETTE, 1, 3));
        // latent 2, k 2: 0.22 and 0.42, seed 2 collapsed
        String collapsed = vm.tooltip(SweepMetric.FEATURE_SILHOUETTE, 0, 0);
        assertTrue(collapsed.contains("mean 0.3200 over 2 seeds\nsd 0.1414, range 0.2200 to 0.4200, n = 2"), collapsed);
        assertTrue(collapsed.contains("the autoencoder collapsed for 1 of 2 seeds"), collapsed);
        String ari = vm.tooltip(SweepMetric.ADJUSTED_RAND, 0, 0);
        assertTrue(ari.contains("mean 0.04000 over 1 seed (undefined for 1)\nsd none (one value), range 0.04000 to "
                + "0.04000, n = 1"), ari);
        assertEquals("", vm.tooltip(SweepMetric.ADJUSTED_RAND, 2, 0), "outside the grid");
    }

    @Test
    void clickingACellLoadsItsLatentSizeAndKIntoTheSettings() {
        vm.run();
        settings.setKRange(2, 4);
        vm.choose(1, 3);
        assertEquals(3, settings.latentProperty().get());
        assertEquals(5, settings.kProperty().get());
        assertEquals(5, settings.kRangeMaxProperty().get(), "the k range widens to hold the cell's k");
        assertTrue(vm.statusProperty().get().contains("latent size 3 and k 5"), vm.statusProperty().get());
        vm.choose(0, 0);
        assertEquals(2, settings.latentProperty().get());
        assertEquals(2, settings.kProperty().get());
        assertEquals(5, settings.kRangeMaxProperty().get(), "never narrowed");
    }

    @Test
    void aCancelledSweepKeepsItsCellsAndTheNextRunResumesFromThem() {
        engine.afterCell = () -> {
            if (engine.ran.size() == 3) {
                vm.cancel();
            }
        };
        vm.run();
        assertFalse(vm.runningProperty().get());
        assertEquals(3, vm.cells().size());
        assertTrue(vm.statusProperty().get().startsWith("Sweep cancelled after 3 of 16 cells."), vm.statusProperty().get());
        assertEquals("", vm.errorProperty().get(), "a cancel is no error");
        HeatmapFigure partial = vm.figureProperty().get();
        assertNotNull(partial, "the finished cells are drawn");
        assertTrue(partial.caption().contains("not run yet"), partial.caption());

        engine.afterCell = () -> { };
        engine.ran.clear();
        vm.run();
        assertEquals(3, engine.lastFinished.size(), "the three cells are handed back as finished");
        assertEquals(13, engine.ran.size(), "only the rest ran");
        assertTrue(vm.statusProperty().get().startsWith("Sweep finished: 16 cells (13 run, 3 kept)"));
    }

    @Test
    void theSameGridRunsNothingAgainAndALargerOneOnlyItsNewCells() {
        vm.run();
        engine.ran.clear();
        vm.run();
        assertEquals(List.of(), engine.ran);
        vm.ksProperty().set("2..6");
        vm.run();
        assertEquals(4, engine.ran.size(), "k 6 for 2 latent sizes x 2 seeds");
        assertTrue(engine.ran.stream().allMatch(p -> p.k() == 6));
    }

    @Test
    void otherSettingsOrOtherDataStartAnew() {
        vm.run();
        engine.ran.clear();
        settings.intProperty("restarts").set(settings.intProperty("restarts").get() + 1);
        vm.run();
        assertEquals(16, engine.ran.size(), "other restarts: other cells");
        engine.ran.clear();
        settings.latentProperty().set(7); // the grid sets the latent size and k: no reason to run again
        settings.kProperty().set(9);
        vm.run();
        assertEquals(List.of(), engine.ran);
        data.set(sampleAgain);
        assertNotNull(vm.figureProperty().get(), "the same file, re-scaled by a training: the sweep stays");
        vm.run();
        assertEquals(List.of(), engine.ran);
        data.set(otherData);
        assertNull(vm.figureProperty().get(), "another file forgets the old data's sweep");
        vm.run();
        assertEquals(16, engine.ran.size());
    }

    @Test
    void badInputIsOneSentenceAndRunsNothing() {
        vm.latentsProperty().set("4..2");
        vm.run();
        assertEquals("Latent sizes: the range 4..2 runs downwards; write it as 2..4.", vm.errorProperty().get());
        vm.latentsProperty().set("2");
        vm.seedsProperty().set("one");
        vm.run();
        assertTrue(vm.errorProperty().get().startsWith("Seeds: needs a range such as 2..7"), vm.errorProperty().get());
        vm.seedsProperty().set("1");
        settings.objectProperty("algorithm").set(ClusteringAlgorithm.DBSCAN);
        vm.run();
        assertTrue(vm.errorProperty().get().contains("needs kmeans"), vm.errorProperty().get());
        assertEquals(List.of(), engine.ran);
        data.set(null);
        vm.run();
        assertEquals("Open data before running a sweep.", vm.errorProperty().get());
    }
}
