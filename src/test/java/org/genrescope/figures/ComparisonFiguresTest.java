package org.genrescope.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Spread;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.SvgExporter;
import org.junit.jupiter.api.Test;

/** The compare figures show the summary's means with the seeds' range, and say which method has no bar and why. */
class ComparisonFiguresTest {

    @Test
    void aReasonOfOneRunIsNamedByItsSeed() {
        // seed 1986's autoencoder collapsed: the first run kept is seed 1987's, whose reason the caption names by seed
        long[] seeds = {1986, 1987, 1988};
        int[] noise = {270, 333, 198};
        List<Comparison.Run> runs = new java.util.ArrayList<>();
        for (int s = 0; s < seeds.length; s++) {
            for (ComparisonMethod m : ComparisonMethod.values()) {
                Map<String, MetricValue> metrics = new LinkedHashMap<>();
                org.genrescope.analysis.ComparisonMetrics.NAMES.forEach(name -> metrics.put(name, MetricValue.of(1)));
                if (m == ComparisonMethod.AUTOENCODER_DBSCAN) {
                    metrics.put("common_silhouette", MetricValue.undefined("only one cluster after leaving out "
                            + noise[s] + " noise points"));
                }
                runs.add(new Comparison.Run(m, seeds[s], s == 0 && m.trainsAnAutoencoder(), metrics));
            }
        }
        Comparison.Result r = Comparison.summarised(Recipe.SEED.config(Path.of("x")), List.of(1986L, 1987L, 1988L),
                10, runs, List.of(), new GenreCeiling.Outcome(null, "no genres"), List.of());
        Spread kept = r.keptSummary().get(ComparisonMethod.AUTOENCODER_DBSCAN).get("common_silhouette");
        assertEquals(0, kept.everyRun().run(), "the first of the kept runs");
        assertEquals(1987, r.keptRuns(ComparisonMethod.AUTOENCODER_DBSCAN).get(0).seed());
        assertEquals("undefined in every run (seed 1987: only one cluster after leaving out 333 noise points)",
                r.undefinedReason(ComparisonMethod.AUTOENCODER_DBSCAN, kept));
        BarFigure figure = ComparisonFigures.metric(r, "common_silhouette");
        assertTrue(figure.caption().contains("no bar for AE + DBSCAN: undefined in every run (seed 1987: "
                + "only one cluster after leaving out 333 noise points)"), figure.caption());

        // comparison.json names the seeds too: the summary of every run quotes seed 1986's, the kept runs' 1987's
        Map<String, Object> json = org.genrescope.analysis.report.ComparisonJson.toMap(r);
        @SuppressWarnings("unchecked")
        Map<String, Object> dbscan = ((List<Map<String, Object>>) json.get("methods")).stream()
                .filter(m -> m.get("method").equals(ComparisonMethod.AUTOENCODER_DBSCAN.id())).findFirst().orElseThrow();
        assertEquals("undefined in every run (seed 1986: only one cluster after leaving out 270 noise points)",
                ((Map<?, ?>) ((Map<?, ?>) dbscan.get("summary")).get("common_silhouette")).get("mean_undefined"));
        assertEquals("undefined in every run (seed 1987: only one cluster after leaving out 333 noise points)",
                ((Map<?, ?>) ((Map<?, ?>) dbscan.get("summary_not_collapsed")).get("common_silhouette"))
                        .get("sd_undefined"));

        Spread shared = Spread.of(List.of(MetricValue.undefined("only one cluster"),
                MetricValue.undefined("only one cluster")));
        assertEquals("undefined in every run (only one cluster)", r.undefinedReason(
                ComparisonMethod.AUTOENCODER_DBSCAN, shared), "one reason: as is");
        assertEquals(Comparison.EVERY_RUN_COLLAPSED, r.undefinedReason(ComparisonMethod.AUTOENCODER_KMEANS,
                Spread.none(Comparison.EVERY_RUN_COLLAPSED)), "no runs: the spread's own reason");
    }

    @Test
    void barsAreTheMeansAndErrorBarsTheRangeAndAnUndefinedMethodIsNamed() {
        Map<ComparisonMethod, Map<String, Spread>> summary = new EnumMap<>(ComparisonMethod.class);
        summary.put(ComparisonMethod.AUTOENCODER_KMEANS, Map.of("common_silhouette",
                Spread.ofNumbers(0.1, 0.3, 0.2)));
        summary.put(ComparisonMethod.AUTOENCODER_DBSCAN, Map.of("common_silhouette",
                Spread.of(List.of(MetricValue.undefined("only one cluster")))));
        summary.put(ComparisonMethod.PCA_KMEANS, Map.of("common_silhouette", Spread.of(List.of(MetricValue.of(0.25),
                MetricValue.undefined("only one cluster"), MetricValue.of(0.27)))));
        Map<ComparisonMethod, Integer> collapsed = new EnumMap<>(ComparisonMethod.class);
        collapsed.put(ComparisonMethod.AUTOENCODER_KMEANS, 1);
        // the collapsed run (0.2) left out: the kept runs are 0.1 and 0.3
        Map<ComparisonMethod, Map<String, Spread>> kept = Map.of(ComparisonMethod.AUTOENCODER_KMEANS,
                Map.of("common_silhouette", Spread.ofNumbers(0.1, 0.3)));
        Comparison.Result r = new Comparison.Result(Recipe.SEED.config(Path.of("x")), List.of(1L, 2L, 3L), 10,
                List.of(), summary, kept, collapsed, List.of(), new GenreCeiling.Outcome(null, "no genres"),
                List.of());

        BarFigure figure = ComparisonFigures.metric(r, "common_silhouette");
        assertEquals(List.of("AE + K-Means", "PCA + K-Means (2 of 3 runs)"), figure.categories());
        assertArrayEquals(new double[] {0.2, 0.26}, figure.values()[0], 1e-15);
        assertArrayEquals(new double[] {0.1, 0.25}, figure.errorLow()[0], 1e-15);
        assertArrayEquals(new double[] {0.3, 0.27}, figure.errorHigh()[0], 1e-15);
        assertTrue(figure.caption().contains("no bar for AE + DBSCAN: undefined in every run (only one "
                + "cluster)"), figure.caption());
        assertTrue(figure.caption().contains("AE + K-Means: 1 of 3 runs collapsed, left out"),
                figure.caption());
        assertTrue(figure.caption().contains("PCA + K-Means: defined in 2 of 3 runs"), figure.caption());
        assertTrue(figure.caption().contains("the autoencoder's code. AE + K-Means: 1 of 3"), "the notes begin a "
                + "sentence, named as the bars are: " + figure.caption());
        // each error bar is three lines (the whisker and two caps) on top of the same figure without them
        BarFigure plain = BarFigure.of(figure.title(), figure.categories(), figure.seriesNames(), figure.values(),
                figure.yLabel()).withCaption(figure.caption());
        assertEquals(lines(SvgExporter.toSvg(plain, 600, 400)) + 3 * 2, lines(SvgExporter.toSvg(figure, 600, 400)));

        assertNull(ComparisonFigures.ceiling(r.ceiling()), "no ceiling, no figure");
    }

    /** A bar of no height (Davies-Bouldin of clusters that are each one repeated point) is said in the caption. */
    @Test
    void aMeanOfZeroInEveryRunIsSaidSinceItsBarHasNoHeight() {
        Map<ComparisonMethod, Map<String, Spread>> summary = new EnumMap<>(ComparisonMethod.class);
        summary.put(ComparisonMethod.AUTOENCODER_KMEANS, Map.of("common_davies_bouldin",
                Spread.ofNumbers(0.0, 0.0, 0.0)));
        summary.put(ComparisonMethod.PCA_KMEANS, Map.of("common_davies_bouldin", Spread.ofNumbers(0.0, 0.4, 0.2)));
        summary.put(ComparisonMethod.FEATURES_KMEANS, Map.of("common_davies_bouldin", Spread.of(List.of(
                MetricValue.of(0), MetricValue.undefined("only one cluster")))));
        Comparison.Result r = new Comparison.Result(Recipe.SEED.config(Path.of("x")), List.of(1L, 2L, 3L), 10,
                List.of(), summary, summary, Map.of(), List.of(), new GenreCeiling.Outcome(null, "no genres"),
                List.of());
        BarFigure figure = ComparisonFigures.metric(r, "common_davies_bouldin");
        assertEquals(3, figure.categories().size(), figure.categories().toString());
        assertTrue(figure.caption().contains("AE + K-Means: 0 in every run, a bar of no height"), figure.caption());
        assertTrue(figure.caption().contains("0 in every run where defined, a bar of no height"), figure.caption());
        assertEquals(2, figure.caption().split("bar of no height", -1).length - 1, "not PCA + K-Means, whose "
                + "mean is 0.2: " + figure.caption());
    }

    @Test
    void barsLeaveTheCollapsedRunsOutAndTheCaptionCountsThem() {
        // by hand in CollapsedComparisonFixture: seed 3's autoencoder collapsed
        Comparison.Result r = org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        BarFigure figure = ComparisonFigures.metric(r, "common_davies_bouldin");
        // in the order the table lists the methods (DBSCAN last; a new user saw them differ, session 17)
        assertEquals(List.of("AE + K-Means", "PCA + K-Means", "features + K-Means", "AE + DBSCAN"),
                figure.categories());
        assertEquals(ComparisonMethod.SHOWN_ORDER.stream().map(ComparisonFigures::barLabel).toList(),
                figure.categories());
        assertEquals("Davies-Bouldin", figure.yLabel(), "the axis is named, not the report key");
        assertTrue(figure.caption().contains("AE: the autoencoder's code"), figure.caption());
        assertArrayEquals(new double[] {1.4, 1.7, 1.4, 1.0}, figure.values()[0], 1e-12);
        assertArrayEquals(new double[] {1.2, 1.5, 1.4, 0.9}, figure.errorLow()[0], 1e-12);
        assertArrayEquals(new double[] {1.6, 1.9, 1.4, 1.1}, figure.errorHigh()[0], 1e-12);
        assertTrue(figure.caption().contains("AE + K-Means: 1 of 3 runs collapsed, left out"),
                figure.caption());
        BarFigure none = ComparisonFigures.metric(org.genrescope.analysis.CollapsedComparisonFixture.result(true),
                "common_davies_bouldin");
        assertEquals(List.of("PCA + K-Means", "features + K-Means"), none.categories());
        assertTrue(none.caption().contains("No bar for AE + K-Means: every run's autoencoder collapsed"),
                none.caption());
    }

    private static int lines(String svg) {
        return svg.split("<line", -1).length - 1;
    }

    @Test
    void errorBarsMustMatchTheBarsAndBeFinite() {
        BarFigure bars = BarFigure.of("t", List.of("a", "b"), List.of("s"), new double[][] {{1, 2}}, "y");
        assertThrows(IllegalArgumentException.class,
                () -> bars.withErrorBars(new double[][] {{0}}, new double[][] {{2, 3}}));
        assertThrows(IllegalArgumentException.class,
                () -> bars.withErrorBars(new double[][] {{0, Double.NaN}}, new double[][] {{2, 3}}));
        BarFigure withBars = bars.withErrorBars(new double[][] {{0, 1}}, new double[][] {{2, 3}});
        assertTrue(withBars.hasErrorBars());
        assertArrayEquals(new double[] {0, 1}, withBars.withCaption("c").errorLow()[0], "a new caption keeps them");
    }

    /**
     * The value axis says the metric as the window's tables do (session 16: one source of the names); it said
     * "adjusted Rand index" and "silhouette" where every table says "ARI" and "Silhouette".
     */
    @Test
    void theAxisNamesTheMetricAsTheTablesDo() {
        assertEquals("ARI", ComparisonFigures.axis("genre_adjusted_rand"));
        assertEquals("Silhouette", ComparisonFigures.axis("common_silhouette"));
        assertEquals("Davies-Bouldin", ComparisonFigures.axis("common_davies_bouldin"));
        assertEquals("Calinski-Harabasz", ComparisonFigures.axis("own_calinski_harabasz"));
        assertEquals("NMI", ComparisonFigures.axis("genre_normalized_mutual_info"));
        assertEquals("clusters_non_empty", ComparisonFigures.axis("clusters_non_empty"), "no metric: the key");
    }
}
