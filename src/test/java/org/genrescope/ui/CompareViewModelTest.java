package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.ComparisonMetrics;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Spread;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.BarFigure;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The Compare tab's state and texts without a toolkit. Reference values were computed once with scikit-learn 1.2.1
 * and numpy 1.24.2 (/usr/bin/python3) on the labelings below:
 * {@code adjusted_rand_score(a, b) = 0.4444444444444444}, {@code (a, c) = 0.4036697247706422},
 * {@code (b, c) = 0.07407407407407407}, {@code contingency_matrix(b, a) = [[0,0,2],[2,0,0],[1,3,0],[0,0,2]]},
 * {@code np.mean([.1,.3,.2]) = 0.2}, {@code np.std([.1,.3,.2], ddof=1) = 0.1}.
 */
class CompareViewModelTest {
    private static final int[] A = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
    private static final int[] B = {0, 0, 1, 1, 1, 1, -1, -1, 2, 2};
    private static final int[] C = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};

    private static Comparison.Agreement agreement(ComparisonMethod a, int[] la, ComparisonMethod b, int[] lb) {
        ContingencyTable t = ContingencyTable.of(la, lb);
        return new Comparison.Agreement(a, b, MetricValue.of(ExternalMetrics.adjustedRand(t)), t);
    }

    private static Comparison.Result handMade() {
        Map<ComparisonMethod, Map<String, Spread>> summary = new EnumMap<>(ComparisonMethod.class);
        for (ComparisonMethod m : ComparisonMethod.values()) {
            Map<String, Spread> metrics = new LinkedHashMap<>();
            for (String name : ComparisonMetrics.NAMES) {
                metrics.put(name, Spread.ofNumbers(0.1, 0.3, 0.2));
            }
            if (m == ComparisonMethod.AUTOENCODER_DBSCAN) {
                metrics.put("common_silhouette", Spread.of(List.of(MetricValue.undefined("only one cluster"),
                        MetricValue.undefined("only one cluster"), MetricValue.undefined("only one cluster"))));
            }
            summary.put(m, metrics);
        }
        List<Comparison.Agreement> pairs = new ArrayList<>();
        pairs.add(agreement(ComparisonMethod.AUTOENCODER_KMEANS, A, ComparisonMethod.AUTOENCODER_DBSCAN, B));
        pairs.add(agreement(ComparisonMethod.AUTOENCODER_KMEANS, A, ComparisonMethod.PCA_KMEANS, C));
        pairs.add(agreement(ComparisonMethod.AUTOENCODER_DBSCAN, B, ComparisonMethod.PCA_KMEANS, C));
        return new Comparison.Result(Recipe.SEED.config(Path.of("x")), List.of(1L, 2L, 3L), 10, List.of(), summary,
                Map.of(), Map.of(), pairs, new GenreCeiling.Outcome(null, "no genres"), List.of());
    }

    @Test
    void cellsAreMeanAndSampleSdAndAnUndefinedMetricSaysWhyNeverNaN() {
        List<CompareTexts.Row> rows = CompareTexts.rows(handMade());
        CompareTexts.Row silhouette = rows.stream().filter(r -> r.metric().equals("silhouette, scaled features"))
                .findFirst().orElseThrow();
        assertEquals(List.of("0.200 ± 0.100", "0.200 ± 0.100", "0.200 ± 0.100", "undefined: one cluster"),
                silhouette.cells());
        assertTrue(silhouette.tooltip().contains("range 0.100 to 0.300"), silhouette.tooltip());
        CompareTexts.Row eps = rows.stream().filter(r -> r.metric().startsWith("DBSCAN eps")).findFirst().orElseThrow();
        assertEquals(List.of("–", "–", "–", "0.2000 ± 0.1000"), eps.cells(), "eps is DBSCAN's alone");
        for (CompareTexts.Row r : rows) {
            r.cells().forEach(cell -> assertFalse(cell.contains("NaN"), r.metric() + ": " + cell));
        }
        // sd of 1 and 3 (n - 1) is sqrt(2)
        assertEquals("2.000 ± 1.414 (2 of 3 runs)", CompareTexts.meanSd(Spread.of(List.of(MetricValue.of(1),
                MetricValue.undefined("x"), MetricValue.of(3))), "%.3f"));
    }

    @Test
    void theCompactTablesCaptionSaysWhyEachUndefinedCellIsUndefined() {
        List<String> names = List.of("AE + K-Means", "PCA + K-Means", "features + K-Means", "AE + DBSCAN");
        List<CompareTexts.Row> rows = CompareTexts.rows(handMade());
        assertEquals("Undefined for AE + DBSCAN: one cluster (silhouette, features).",
                CompareTexts.undefinedNote(rows, names));
        // two reasons for one method, and one that differs by seed, sent to the row's tooltip
        List<String> none = List.of("0.1", "0.1", "0.1", "0.1");
        List<CompareTexts.Row> mixed = List.of(
                new CompareTexts.Row("silhouette, own space", List.of("0.1", "0.1", "0.1", "undefined: one cluster"),
                        "", "silhouette, own", List.of("0.1", "0.1", "0.1", "undefined")),
                new CompareTexts.Row("Davies-Bouldin, own space", List.of("0.1", "0.1", "0.1", "undefined: one cluster"),
                        "", "Davies-Bouldin, own", List.of("0.1", "0.1", "0.1", "undefined")),
                new CompareTexts.Row("reconstruction MSE", none, "", "reconstruction MSE", none),
                new CompareTexts.Row("purity", List.of("undefined: reasons differ by seed", "0.1", "0.1", "0.1"), "",
                        "purity", List.of("undefined", "0.1", "0.1", "0.1")));
        assertEquals("Undefined for AE + K-Means: reasons differ by seed (purity): hover a row for each seed's. "
                + "Undefined for AE + DBSCAN: one cluster (silhouette, own; Davies-Bouldin, own).",
                CompareTexts.undefinedNote(mixed, names));
        assertEquals("", CompareTexts.undefinedNote(List.of(new CompareTexts.Row("purity", none, "", "purity", none)),
                names));
        // every compact "undefined" cell of a real-shaped comparison is named in the note, with its method
        Comparison.Result r = org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        String note = CompareTexts.undefinedNote(CompareTexts.rows(r), names);
        for (CompareTexts.Row row : CompareTexts.rows(r)) {
            for (int m = 0; m < names.size(); m++) {
                if (row.cells(true).get(m).equals("undefined")) {
                    assertTrue(note.contains(row.metric(true)) && note.contains(names.get(m)), note);
                }
            }
        }
    }

    @Test
    void theCompactFormIsShorterAndTheTooltipKeepsWhatItLeavesOut() {
        MetricValue one = MetricValue.undefined("only one cluster after leaving out 270 noise points");
        assertEquals("undefined", CompareTexts.compactMeanSd(Spread.of(List.of(one, one)), "%.3f"));
        assertEquals("2.000±1.414 (2/3)", CompareTexts.compactMeanSd(Spread.of(List.of(MetricValue.of(1),
                MetricValue.undefined("x"), MetricValue.of(3))), "%.3f"));
        // mean 0.00293, sd (n - 1) 0.00114 / sqrt(2) = 0.000806
        assertEquals("0.0029±0.0008", CompareTexts.compactMeanSd(Spread.ofNumbers(0.00236, 0.00350), "%.4f"));
        Comparison.Result r = org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        List<CompareTexts.Row> rows = CompareTexts.rows(r);
        for (CompareTexts.Row row : rows) {
            assertTrue(row.metric(true).length() <= row.metric(false).length(), row.metric(true));
            assertEquals(row.cells(false).size(), row.cells(true).size());
            for (int i = 0; i < row.cells(false).size(); i++) {
                String full = row.cells(false).get(i);
                String compact = row.cells(true).get(i);
                assertTrue(compact.length() <= full.length(), compact + " for " + full);
                // the same words and numbers but for the ones said shorter (the MSE's decimals, checked below)
                if (!row.metric().equals("reconstruction MSE")) {
                    assertEquals(full.startsWith("undefined") ? "undefined"
                            : full.replace(" ± ", "±").replaceAll(" \\((\\d+) of (\\d+) runs\\)", " ($1/$2)"), compact);
                }
            }
        }
        CompareTexts.Row db = rows.get(0);
        assertEquals("Davies-Bouldin, scaled features", db.metric(false));
        assertEquals("Davies-Bouldin, features", db.metric(true));
        assertTrue(db.tooltip().startsWith("Davies-Bouldin, scaled features\n"), "the full name heads the tooltip");
        CompareTexts.Row mse = rows.stream().filter(x -> x.metric().equals("reconstruction MSE")).findFirst()
                .orElseThrow();
        Spread kept = r.keptSummary().get(ComparisonMethod.AUTOENCODER_KMEANS).get("reconstruction_mse");
        assertEquals(CompareTexts.meanSd(kept, "%.5f"), mse.cells(false).get(0));
        assertEquals(CompareTexts.compactMeanSd(kept, "%.4f"), mse.cells(true).get(0), "four decimals when compact");
        assertTrue(mse.cells(true).get(0).matches("\\d\\.\\d{4}±\\d\\.\\d{4}"), mse.cells(true).get(0));
        assertTrue(CompareTexts.caption(r).contains("(scaled) features: the same space for every method; own "
                + "(space): the one the method clustered"), "the compact names are explained");
    }

    @Test
    void anUndefinedCellSaysEveryRunsReasonAndNeverOneSeedsAsEveryones() {
        MetricValue oneCluster270 = MetricValue.undefined("only one cluster after leaving out 270 noise points");
        MetricValue oneCluster333 = MetricValue.undefined("only one cluster after leaving out 333 noise points");
        assertEquals("undefined: one cluster", CompareTexts.meanSd(Spread.of(List.of(oneCluster270, oneCluster333)),
                "%.3f"), "every run had one cluster; the noise counts are each seed's, in the tooltip");
        assertEquals("undefined: the data has no genre labels", CompareTexts.meanSd(Spread.of(List.of(
                MetricValue.undefined("the data has no genre labels"), MetricValue.undefined(
                        "the data has no genre labels"))), "%.4f"), "one reason for every run: said");
        assertEquals("undefined: reasons differ by seed", CompareTexts.meanSd(Spread.of(List.of(oneCluster270,
                MetricValue.undefined("no spread within clusters"))), "%.3f"),
                "the first run's reason is not every run's");
        assertEquals("undefined: " + Comparison.EVERY_RUN_COLLAPSED, CompareTexts.meanSd(
                Spread.none(Comparison.EVERY_RUN_COLLAPSED), "%.3f"));
    }

    @Test
    void theTableLeavesCollapsedRunsOutOfTheMeansCountsThemAndSaysSo() {
        // by hand in CollapsedComparisonFixture: seed 3's autoencoder collapsed
        Comparison.Result r = org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        List<CompareTexts.Row> rows = CompareTexts.rows(r);
        CompareTexts.Row db = rows.stream().filter(x -> x.metric().equals("Davies-Bouldin, scaled features"))
                .findFirst().orElseThrow();
        // METHODS order: AE + K-Means, PCA + K-Means, features + K-Means, AE + DBSCAN
        assertEquals(List.of("1.400 ± 0.283", "1.700 ± 0.200", "1.400 ± 0.000", "1.000 ± 0.141"), db.cells());
        assertTrue(db.tooltip().contains("autoencoder + K-Means: mean 1.400, sd 0.283, range 1.200 to 1.600 (1 "
                + "collapsed run left out)"), db.tooltip());
        CompareTexts.Row collapsed = rows.get(rows.size() - 1);
        assertEquals(List.of("1 of 3, left out", "–", "–", "1 of 3, left out"), collapsed.cells());
        assertTrue(collapsed.tooltip().contains("left out of the means"), collapsed.tooltip());
        String caption = CompareTexts.caption(r);
        assertTrue(caption.contains("the autoencoder collapsed with seed 3: those runs are counted in the last row "
                + "and left out of the AE methods' means"), caption);
        assertTrue(CompareTexts.caption(handMade()).contains("no autoencoder collapsed"));

        List<CompareTexts.Row> none = CompareTexts.rows(org.genrescope.analysis.CollapsedComparisonFixture.result(true));
        assertEquals("undefined: every run's autoencoder collapsed", none.get(0).cells().get(0));
    }

    @Test
    void theAriMatrixIsScikitLearnsAndSymmetric() {
        List<List<String>> m = CompareTexts.ariMatrix(handMade());
        // METHODS order: AE + K-Means, PCA + K-Means, features + K-Means, AE + DBSCAN
        assertEquals("1", m.get(0).get(0));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", 0.4444444444444444), m.get(0).get(3));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", 0.4036697247706422), m.get(0).get(1));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", 0.07407407407407407), m.get(3).get(1));
        assertEquals("–", m.get(0).get(2), "no partition of the features run in this hand-made result");
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(m.get(i).get(j), m.get(j).get(i));
            }
        }
    }

    @Test
    void theContingencyOfAPairIsScikitLearnsEitherWayRound() {
        CompareTexts.Contingency t = CompareTexts.contingency(handMade(), ComparisonMethod.AUTOENCODER_DBSCAN,
                ComparisonMethod.AUTOENCODER_KMEANS);
        assertEquals(List.of("noise", "0", "1", "2"), t.rowLabels());
        assertEquals(List.of("0", "1", "2"), t.columnLabels());
        assertEquals(List.of(List.of(0, 0, 2), List.of(2, 0, 0), List.of(1, 3, 0), List.of(0, 0, 2)),
                java.util.Arrays.stream(t.counts()).map(r -> java.util.Arrays.stream(r).boxed().toList()).toList());
        CompareTexts.Contingency back = CompareTexts.contingency(handMade(), ComparisonMethod.AUTOENCODER_KMEANS,
                ComparisonMethod.AUTOENCODER_DBSCAN);
        assertEquals(t.rowLabels(), back.columnLabels());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(t.counts()[i][j], back.counts()[j][i]);
            }
        }
        assertNull(CompareTexts.contingency(handMade(), ComparisonMethod.PCA_KMEANS, ComparisonMethod.PCA_KMEANS));
    }

    private static AnalysisConfig small() {
        return Recipe.SEED.config(SharedData.sample()).with("k", 4).with("restarts", 2).with("autoencoder.epochs", 3)
                .with("seed", 5L);
    }

    @Test
    void runsInTheBackgroundCancelsAndKeepsWhatWasShown() {
        QueuedRunner runner = new QueuedRunner();
        List<String> failures = new ArrayList<>();
        CompareViewModel cm = new CompareViewModel(runner, new Pipeline(2, IsolatedAutoencoderTrainer.shared()),
                CompareViewModelTest::small, (doing, t) -> failures.add(doing + ": " + t));
        cm.seedsProperty().set(2);
        cm.compare();
        assertTrue(cm.runningProperty().get());
        assertEquals("Comparing with k\u00a0=\u00a04 over seeds 5, 6...", cm.statusProperty().get());
        cm.cancel();
        runner.runAll();
        assertFalse(cm.runningProperty().get());
        assertEquals("Comparison cancelled.", cm.statusProperty().get());
        assertNull(cm.resultProperty().get());

        cm.compare();
        runner.runAll();
        assertEquals(List.of(), failures);
        Comparison.Result r = cm.resultProperty().get();
        assertNotNull(r);
        assertEquals(List.of(5L, 6L), r.seeds());
        assertTrue(cm.statusProperty().get().startsWith(
                "Compared 1,919 tracks with k\u00a0=\u00a04 over seeds 5, 6 in "), cm.statusProperty().get());
        assertEquals(0, cm.progressProperty().get());
        BarFigure bars = (BarFigure) cm.figureProperty().get();
        assertEquals(r.keptSummary().get(ComparisonMethod.AUTOENCODER_KMEANS).get("common_davies_bouldin").mean()
                .value(), bars.values()[0][0], 0, "the figure shows the mean without the collapsed runs");
        cm.figureMetricProperty().set(CompareViewModel.CEILING);
        assertEquals(List.of("logistic regression", "majority genre"), ((BarFigure) cm.figureProperty().get())
                .seriesNames());
        // every DBSCAN run's eps was chosen on its code, not the settings' 0.1
        r.runs().stream().filter(run -> run.method() == ComparisonMethod.AUTOENCODER_DBSCAN).forEach(run ->
                assertNotEquals01(run.metrics().get("dbscan_eps").value()));
        assertEquals(3, CompareTexts.ceilingRows(r.ceiling()).size());
        assertTrue(CompareTexts.ceilingCaption(r.ceiling()).contains("fold seed 5"));

        cm.reset();
        assertNull(cm.resultProperty().get(), "new data forgets the comparison of the old");
        assertNull(cm.figureProperty().get());
    }

    private static void assertNotEquals01(double eps) {
        assertTrue(eps > 0 && eps != 0.1, "eps " + eps);
    }

    /**
     * A restored comparison sets the Seeds spinner to its own number of seeds, so that the tab's setting matches the
     * result beside it (new user, session 15: "Seeds 3" beside a restored comparison of 2 seeds); a comparison
     * restored over another number sets it again.
     */
    @Test
    void aRestoredComparisonSetsTheSeedsItWasComputedWith() {
        CompareViewModel cm = new CompareViewModel(new QueuedRunner(), null, () -> null, (doing, t) -> { });
        assertEquals(3, cm.seedsProperty().get(), "the premise: 3 at first");
        java.time.Instant saved = java.time.Instant.parse("2026-11-30T19:40:12Z");
        Comparison.Result one = org.genrescope.analysis.CollapsedComparisonFixture.result(true);
        assertEquals(List.of(3L), one.seeds(), "the premise: one seed");
        cm.restore(new CompareViewModel.Restored(one, saved));
        assertEquals(1, cm.seedsProperty().get());
        Comparison.Result three = org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        cm.seedsProperty().set(7);
        cm.restore(new CompareViewModel.Restored(three, saved));
        assertEquals(three.seeds().size(), cm.seedsProperty().get());
    }

    /**
     * A comparison made with other settings than the window's now says so (new user, session 30: a latent-5
     * comparison stood unmarked beside latent size 3); the projection, which it does not use, changes nothing.
     */
    @Test
    void aComparisonOfOtherSettingsSaysSo() {
        Comparison.Result shown = org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        java.util.concurrent.atomic.AtomicReference<org.genrescope.analysis.AnalysisConfig> now =
                new java.util.concurrent.atomic.AtomicReference<>(shown.base());
        CompareViewModel cm = new CompareViewModel(new QueuedRunner(), null, now::get, (doing, t) -> { });
        cm.restore(new CompareViewModel.Restored(shown, java.time.Instant.parse("2026-12-03T15:00:00Z")));
        assertEquals("", cm.staleProperty().get(), "made with the settings on screen");
        now.set(shown.base().with("latent", shown.base().latent() + 1));
        cm.settingsChanged();
        assertEquals(CompareViewModel.STALE, cm.staleProperty().get());
        now.set(shown.base().with("projection", org.genrescope.analysis.ProjectionMethod.TSNE));
        cm.settingsChanged();
        assertEquals("", cm.staleProperty().get(), "the projection is not the comparison's");
        now.set(shown.base().with("k", shown.base().k() + 1));
        cm.settingsChanged();
        assertEquals(CompareViewModel.STALE, cm.staleProperty().get(), "k is the comparison's too");
        cm.reset();
        assertEquals("", cm.staleProperty().get(), "no comparison, nothing to say");
    }

    @Test
    void theBarFiguresMetricIsRememberedAcrossStarts() {
        SettingsStore store = SettingsStore.inMemory();
        java.util.List<String> metrics = new java.util.ArrayList<>(
                org.genrescope.figures.ComparisonFigures.HEADLINE.keySet());
        CompareViewModel first = new CompareViewModel(new QueuedRunner(), null, () -> null, (doing, t) -> { });
        first.rememberFigureMetric(store);
        assertEquals(metrics.get(0), first.figureMetricProperty().get(), "nothing remembered: the first metric");
        first.figureMetricProperty().set(metrics.get(2));
        CompareViewModel next = new CompareViewModel(new QueuedRunner(), null, () -> null, (doing, t) -> { });
        next.rememberFigureMetric(store);
        assertEquals(metrics.get(2), next.figureMetricProperty().get(), "the last choice, after a restart");
        store.put(Preferences.COMPARE_FIGURE_METRIC, "a_metric_no_longer_offered");
        CompareViewModel later = new CompareViewModel(new QueuedRunner(), null, () -> null, (doing, t) -> { });
        later.rememberFigureMetric(store);
        assertEquals(metrics.get(0), later.figureMetricProperty().get(), "an unknown one ignored");
    }
}
