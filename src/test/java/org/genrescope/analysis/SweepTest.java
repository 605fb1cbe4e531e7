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
        // cells the sweep reached by reclustering (k 3 and 4) and by its own pipeline run (k 2), against fresh runs
        for (SweepCell cell : List.of(cells.get(0), cells.get(5), cells.get(8))) {
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
            if (finished.size() == 5) {
                cancel.cancel();
            }
        }, ProgressListener.NONE, cancel));
        // the k after the first of a latent size and seed finish together (their silhouettes are computed together),
        // so the group the cancellation fell in is handed on whole: cells 5 and 6 here
        assertEquals(6, finished.size());

        List<SweepCell> ranAgain = new ArrayList<>();
        List<SweepCell> resumed = sweep().run(base, GRID, finished, ranAgain::add, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(6, ranAgain.size());
        assertTrue(ranAgain.stream().noneMatch(c -> finished.containsKey(c.position())), ranAgain.toString());
        assertEquals(whole, resumed);
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
