package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final SweepGrid GRID = new SweepGrid(List.of(2, 3), List.of(2, 3, 4), List.of(1L, 2L));

    private static AnalysisConfig settings() {
        return Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA)
                .with("restarts", 2);
    }

    private static Sweep sweep() {
        return new Sweep(new Pipeline(2, IsolatedAutoencoderTrainer.shared()), 2);
    }

    @Test
    void everyCellIsTheMetricsOfAFullRunWithItsLatentSizeKAndSeed() throws Exception {
        AnalysisConfig base = Sweep.baseConfig(settings());
        List<SweepCell> cells = sweep().run(base, GRID, Map.of(), c -> { }, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(12, cells.size());
        List<List<Object>> order = cells.stream().map(c -> List.<Object>of(c.latent(), c.k(), c.seed())).toList();
        assertEquals(List.of(2, 2, 1L), order.get(0));
        assertEquals(List.of(2, 2, 2L), order.get(1));
        assertEquals(List.of(3, 4, 2L), order.get(11));
        // cells the sweep reached by its own pipeline run (latent 2, k 2, seed 1), by reclustering the PCA code that
        // run built with another seed (k 2, seed 2) and with another k (k 4, seed 2; latent 3, k 3, seed 1), against
        // fresh runs
        for (SweepCell cell : List.of(cells.get(0), cells.get(1), cells.get(5), cells.get(8))) {
            AnalysisConfig direct = base.with("latent", cell.latent()).with("k", cell.k()).with("seed", cell.seed());
            AnalysisResult fresh = new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(direct,
                    ProgressListener.NONE, CancellationToken.NEVER);
            for (SweepMetric m : SweepMetric.values()) {
                if (m == SweepMetric.CLUSTERING_SILHOUETTE || m == SweepMetric.FEATURE_SILHOUETTE) {
                    // computed with the other k of the group, summed in another order: equal to rounding
                    double want = m.of(fresh).value();
                    assertEquals(want, cell.metric(m).value(), 1e-12 * Math.abs(want), m.key() + " of "
                            + cell.position());
                } else {
                    assertEquals(m.of(fresh), cell.metric(m), m.key() + " of " + cell.position());
                }
            }
        }
        assertTrue(cells.get(0).metric(SweepMetric.FEATURE_SILHOUETTE).isDefined());
        assertEquals(SweepMetric.NOT_AN_AUTOENCODER, cells.get(0).metric(SweepMetric.COLLAPSED).undefinedReason());
    }

    @Test
    void aCancelledSweepResumedWithItsFinishedCellsRunsOnlyTheRestAndEndsTheSame() throws Exception {
        AnalysisConfig base = Sweep.baseConfig(settings());
        List<SweepCell> whole = sweep().run(base, GRID, Map.of(), c -> { }, ProgressListener.NONE,
                CancellationToken.NEVER);

        CancellationSource cancel = new CancellationSource();
        Map<SweepCell.Position, SweepCell> finished = new HashMap<>();
        assertThrows(CancelledException.class, () -> sweep().run(base, GRID, Map.of(), c -> {
            finished.put(c.position(), c);
            if (finished.size() == 6) {
                cancel.cancel();
            }
        }, ProgressListener.NONE, cancel));
        // latent size 2 is whole (its pipeline run's cell, then the other five together); latent 3 never started
        assertEquals(6, finished.size());
        assertTrue(finished.keySet().stream().allMatch(p -> p.latent() == 2), finished.keySet().toString());

        List<SweepCell> ranAgain = new ArrayList<>();
        List<SweepCell> resumed = sweep().run(base, GRID, finished, ranAgain::add, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(6, ranAgain.size());
        assertTrue(ranAgain.stream().noneMatch(c -> finished.containsKey(c.position())), ranAgain.toString());
        assertEquals(whole, resumed);
    }

    @Test
    void aSweepCancelledDuringItsSilhouettesKeepsTheCellsFinishedBefore() throws Exception {
        AnalysisConfig base = Sweep.baseConfig(settings());
        List<SweepCell> whole = sweep().run(base, GRID, Map.of(), c -> { }, ProgressListener.NONE,
                CancellationToken.NEVER);

        CancellationSource cancel = new CancellationSource();
        Map<SweepCell.Position, SweepCell> finished = new HashMap<>();
        List<String> heard = new ArrayList<>();
        assertThrows(CancelledException.class, () -> sweep().run(base, GRID, Map.of(), c -> finished.put(c.position(),
                c), (stage, done, total, message) -> {
                    if ("sweep".equals(stage) && message.contains("silhouettes")) {
                        heard.add(message);
                        cancel.cancel();
                    }
                }, cancel));
        assertTrue(heard.get(0).startsWith("latent 2: silhouettes of 5 cells"), heard.get(0));
        // the cell the pipeline finished when it built latent 2's code; the five clustered after it are lost
        assertEquals(java.util.Set.of(new SweepCell.Position(2, 2, 1)), finished.keySet());

        List<SweepCell> ranAgain = new ArrayList<>();
        List<SweepCell> resumed = sweep().run(base, GRID, finished, ranAgain::add, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(11, ranAgain.size());
        // the resumed sweep's pipeline run scores latent 2, k 3, seed 1 alone, which the whole sweep scored with the
        // other cells: its silhouettes are the same sums in another order
        assertEquals(whole.size(), resumed.size());
        for (int i = 0; i < whole.size(); i++) {
            assertSameUpToSummationOrder(whole.get(i), resumed.get(i));
        }
    }

    private static void assertSameUpToSummationOrder(SweepCell want, SweepCell got) {
        assertEquals(want.position(), got.position());
        for (SweepMetric m : SweepMetric.values()) {
            if (m == SweepMetric.CLUSTERING_SILHOUETTE || m == SweepMetric.FEATURE_SILHOUETTE) {
                assertEquals(want.metric(m).value(), got.metric(m).value(), 1e-15, m.key() + " of " + got.position());
            } else {
                assertEquals(want.metric(m), got.metric(m), m.key() + " of " + got.position());
            }
        }
    }

    /**
     * The cells of a latent size are handed on together, after their silhouettes; the progress shows the work done
     * meanwhile (each cell's K-Means, then the silhouettes) instead of standing at the cells finished.
     */
    @Test
    void theProgressMovesWithTheWorkNotOnlyWithTheFinishedCells() throws Exception {
        AnalysisConfig base = Sweep.baseConfig(settings());
        List<long[]> reports = java.util.Collections.synchronizedList(new ArrayList<>()); // done, total, cells handed
        List<SweepCell> handed = java.util.Collections.synchronizedList(new ArrayList<>());
        sweep().run(base, GRID, Map.of(), handed::add, (stage, done, total, message) -> {
            if ("sweep".equals(stage)) {
                reports.add(new long[] {done, total, handed.size()});
            }
        }, CancellationToken.NEVER);
        long total = (long) GRID.cells() * SweepProgress.CELL;
        long before = 0;
        for (long[] r : reports) {
            assertEquals(total, r[1]);
            assertTrue(r[0] >= before, "progress went back from " + before + " to " + r[0]);
            before = r[0];
        }
        assertEquals(total, reports.get(reports.size() - 1)[0]);
        // while latent 2's five clustered cells wait for their silhouettes, one cell is handed on, and the bar shows
        // the five K-Means done: 1 cell + 5 x 75 units
        assertTrue(reports.stream().anyMatch(r -> r[2] == 1 && r[0] == SweepProgress.CELL
                + 5L * SweepProgress.CLUSTERED), "no report after latent 2's K-Means");
        assertTrue(reports.stream().anyMatch(r -> r[2] == 1 && r[0] > SweepProgress.CELL + 5L * SweepProgress.CLUSTERED
                && r[0] < 6L * SweepProgress.CELL), "no report during latent 2's silhouettes");
    }

    @Test
    void theAutoencoderIsTrainedOncePerLatentSizeAndSeed() throws Exception {
        java.util.concurrent.atomic.AtomicInteger trainings = new java.util.concurrent.atomic.AtomicInteger();
        org.genrescope.model.embedding.AutoencoderTraining counting = (x, n, d, config, progress, epochs, cancel) -> {
            trainings.incrementAndGet();
            return IsolatedAutoencoderTrainer.shared().train(x, n, d, config, progress, epochs, cancel);
        };
        AnalysisConfig base = Sweep.baseConfig(Recipe.PLAIN.config(SharedData.sample()).with("restarts", 2)
                .with("autoencoder.epochs", 3));
        SweepGrid grid = new SweepGrid(List.of(2, 3), List.of(2, 3), List.of(1L, 2L));
        List<SweepCell> cells = new Sweep(new Pipeline(2, counting), 2).run(base, grid, Map.of(), c -> { },
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(4, trainings.get());
        assertEquals(8, cells.size());
        for (SweepCell c : cells) {
            assertTrue(c.metric(SweepMetric.RECONSTRUCTION_MSE).isDefined(), c.position().toString());
            double collapsed = c.metric(SweepMetric.COLLAPSED).value();
            assertTrue(collapsed == 0 || collapsed == 1, c.position().toString());
            // the k = 2 and k = 3 cells of one latent size and seed share their encoder
            SweepCell twin = cells.stream().filter(o -> o.latent() == c.latent() && o.seed() == c.seed()
                    && o.k() != c.k()).findFirst().orElseThrow();
            assertEquals(c.metric(SweepMetric.RECONSTRUCTION_MSE), twin.metric(SweepMetric.RECONSTRUCTION_MSE));
            assertEquals(c.metric(SweepMetric.COLLAPSED), twin.metric(SweepMetric.COLLAPSED));
        }
    }

    @Test
    void aSweepNeedsKMeansAndALatentSize() {
        InvalidSettingException dbscan = assertThrows(InvalidSettingException.class,
                () -> Sweep.baseConfig(settings().with("algorithm", ClusteringAlgorithm.DBSCAN)));
        assertEquals("--algorithm", dbscan.setting());
        InvalidSettingException features = assertThrows(InvalidSettingException.class,
                () -> Sweep.baseConfig(settings().with("representation", Representation.FEATURES)));
        assertEquals("--representation", features.setting());
        assertEquals(ProjectionMethod.NONE, Sweep.baseConfig(settings()).projection());
    }

    @Test
    void theSummaryIsTheMeanAndSampleStandardDeviationOfTheDefinedValues() {
        SweepSummary.Stat s = SweepSummary.stat(List.of(org.genrescope.model.metrics.MetricValue.of(1),
                org.genrescope.model.metrics.MetricValue.of(2), org.genrescope.model.metrics.MetricValue.of(6),
                org.genrescope.model.metrics.MetricValue.undefined("only one cluster")));
        assertEquals(3.0, s.mean().value(), 1e-15);
        assertEquals(Math.sqrt(7), s.sd().value(), 1e-15); // ((1-3)^2 + (2-3)^2 + (6-3)^2) / 2 = 7
        assertEquals(3, s.defined());
        SweepSummary.Stat one = SweepSummary.stat(List.of(org.genrescope.model.metrics.MetricValue.of(4)));
        assertEquals(4.0, one.mean().value());
        assertTrue(!one.sd().isDefined());
        SweepSummary.Stat none = SweepSummary.stat(List.of(
                org.genrescope.model.metrics.MetricValue.undefined("only one cluster")));
        assertEquals("only one cluster", none.mean().undefinedReason());
    }
}
