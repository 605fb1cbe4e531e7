package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.ComparisonMetrics;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.figures.ComparisonFigures;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.BarFigure;
import org.genrescope.session.Session;
import org.genrescope.session.SessionFormatException;
import org.genrescope.session.SessionJson;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Compare tab's result kept in the session (session 14): a comparison computed on the bundled sample, written
 * into a session and read back, shows every number it showed when computed, to the last digit; a misshapen one is
 * refused; a session without one (as written before) reads as none. And each noise count says whose it is.
 */
class CompareRestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Comparison.Result computed;
    private static AnalysisResult trained;

    @BeforeAll
    static void compare() throws Exception {
        AnalysisConfig config = Recipe.SEED.config(SharedData.sample()).with("k", 4).with("restarts", 2)
                .with("autoencoder.epochs", 3).with("seed", 5L);
        Pipeline pipeline = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        computed = Comparison.run(pipeline, config, List.of(5L, 6L, 7L), ProgressListener.NONE,
                CancellationToken.NEVER);
        trained = pipeline.run(config, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private static byte[] sessionBytes(Comparison.Result comparison) {
        return SessionJson.write(Session.of(trained, Map.of(), "test").withComparison(comparison));
    }

    private static Comparison.Result restored() throws SessionFormatException {
        return SessionJson.read(sessionBytes(computed)).comparison();
    }

    @Test
    void aRestoredComparisonShowsEveryNumberItShowedWhenComputed() throws Exception {
        Comparison.Result back = restored();
        assertNotNull(back);
        // the result itself: what the runs gave, and the summaries derived again from them
        assertEquals(computed.base().withInput(computed.base().input().toAbsolutePath()), back.base(),
                "the settings compared with, on the session's data (its path written absolute)");
        assertEquals(computed.seeds(), back.seeds());
        assertEquals(computed.tracks(), back.tracks());
        assertEquals(computed.runs(), back.runs(), "every run's metrics, undefined ones with their reasons");
        assertEquals(computed.summary(), back.summary());
        assertEquals(computed.summaryNotCollapsed(), back.summaryNotCollapsed());
        assertEquals(computed.collapsed(), back.collapsed());
        assertEquals(computed.keptSummary(), back.keptSummary());
        // the reasons of metrics undefined in every run are data derived from the runs, equal above: not vacuous
        assertTrue(back.keptSummary().values().stream().flatMap(m -> m.values().stream())
                .anyMatch(s -> s.everyRun() != null), "some metric undefined in every run (such as PCA's MSE)");
        assertEquals(computed.ceiling(), back.ceiling());
        assertEquals(computed.warnings(), back.warnings());
        assertEquals(computed.agreement().size(), back.agreement().size());
        for (int i = 0; i < computed.agreement().size(); i++) {
            Comparison.Agreement a = computed.agreement().get(i);
            Comparison.Agreement b = back.agreement().get(i);
            assertEquals(a.a(), b.a());
            assertEquals(a.b(), b.b());
            assertEquals(a.adjustedRand(), b.adjustedRand());
            assertArrayEquals(a.table().truthClasses(), b.table().truthClasses());
            assertArrayEquals(a.table().clusters(), b.table().clusters());
            assertArrayEquals(a.table().toArray(), b.table().toArray());
        }

        // every text of the tab: the metrics table with its tooltips and headings, the captions, the ARI matrix,
        // every pair's contingency table, the genre ceiling
        assertEquals(CompareTexts.rows(computed), CompareTexts.rows(back));
        assertEquals(CompareTexts.metricsHeading(computed), CompareTexts.metricsHeading(back));
        assertEquals(CompareTexts.caption(computed), CompareTexts.caption(back));
        assertEquals(CompareTexts.ariMatrix(computed), CompareTexts.ariMatrix(back));
        assertEquals(CompareTexts.agreementHeading(computed), CompareTexts.agreementHeading(back));
        assertEquals(CompareTexts.contingencyHeading(computed), CompareTexts.contingencyHeading(back));
        for (ComparisonMethod a : CompareTexts.METHODS) {
            for (ComparisonMethod b : CompareTexts.METHODS) {
                CompareTexts.Contingency x = CompareTexts.contingency(computed, a, b);
                CompareTexts.Contingency y = CompareTexts.contingency(back, a, b);
                if (x == null) {
                    assertNull(y);
                    continue;
                }
                assertEquals(x.rowLabels(), y.rowLabels());
                assertEquals(x.columnLabels(), y.columnLabels());
                assertArrayEquals(x.counts(), y.counts());
            }
        }
        assertEquals(CompareTexts.ceilingRows(computed.ceiling()), CompareTexts.ceilingRows(back.ceiling()));
        assertEquals(CompareTexts.ceilingCaption(computed.ceiling()), CompareTexts.ceilingCaption(back.ceiling()));
        // every bar figure, with its error bars
        for (String metric : ComparisonFigures.HEADLINE.keySet()) {
            assertSameBars(ComparisonFigures.metric(computed, metric), ComparisonFigures.metric(back, metric));
        }
        assertSameBars(ComparisonFigures.ceiling(computed.ceiling()), ComparisonFigures.ceiling(back.ceiling()));
        // not a vacuous comparison: the sample's comparison has numbers in every method's column
        assertTrue(CompareTexts.rows(back).get(0).cells().stream().filter(c -> c.contains("±")).count() >= 3,
                CompareTexts.rows(back).get(0).cells().toString());
        assertTrue(back.ceiling().isDefined());
    }

    private static void assertSameBars(BarFigure a, BarFigure b) {
        if (a == null) {
            assertNull(b);
            return;
        }
        assertEquals(a.title(), b.title());
        assertEquals(a.categories(), b.categories());
        assertEquals(a.seriesNames(), b.seriesNames());
        assertEquals(a.caption(), b.caption());
        assertArrayEquals(a.values(), b.values());
        assertEquals(a.hasErrorBars(), b.hasErrorBars());
        if (a.hasErrorBars()) {
            assertArrayEquals(a.errorLow(), b.errorLow());
            assertArrayEquals(a.errorHigh(), b.errorHigh());
        }
    }

    @Test
    void theRestoredTabSaysItWasRestoredNotComputed() throws Exception {
        CompareViewModel cm = new CompareViewModel(new QueuedRunner(), null, () -> null, (doing, t) -> { });
        Comparison.Result back = restored();
        cm.restore(new CompareViewModel.Restored(back, Instant.parse("2026-11-30T19:40:12Z")));
        assertEquals(back, cm.resultProperty().get());
        assertEquals("Restored from the session saved 2026-11-30 19:40 UTC, not computed again: 1,919 tracks compared "
                + "with k\u00a0=\u00a04 over seeds 5, 6, 7. Compare runs it again.", cm.statusProperty().get());
        assertNotNull(cm.figureProperty().get(), "the figure of the restored comparison");
    }

    @Test
    void aSessionWithoutAComparisonReadsAsNone() throws Exception {
        assertNull(SessionJson.read(sessionBytes(null)).comparison(), "as written before session 14");
        ObjectNode tree = (ObjectNode) JSON.readTree(sessionBytes(computed));
        tree.remove("comparison");
        assertNull(SessionJson.read(JSON.writeValueAsBytes(tree)).comparison());
        assertEquals(Session.SCHEMA_VERSION, tree.get("schema_version").asInt(), "an optional field: version 1 kept");
    }

    /** {@code edit} applied to the written comparison, read back: the sentence it is refused with. */
    private static String refused(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(sessionBytes(computed));
        edit.accept((ObjectNode) tree.get("comparison"));
        byte[] bytes = JSON.writeValueAsBytes(tree);
        return assertThrows(SessionFormatException.class, () -> SessionJson.read(bytes)).getMessage();
    }

    @Test
    void aMisshapenComparisonIsRefusedSayingWhatIsWrong() throws Exception {
        String pair = "comparison.agreement of autoencoder_kmeans and autoencoder_dbscan";
        // one track moved out of the largest cell into its row's next: the same total, but not the ARI kept
        assertTrue(refused(c -> {
            ArrayNode counts = (ArrayNode) c.get("agreement").get(0).get("counts");
            int bi = 0;
            int bj = 0;
            for (int i = 0; i < counts.size(); i++) {
                for (int j = 0; j < counts.get(i).size(); j++) {
                    if (counts.get(i).get(j).asInt() > counts.get(bi).get(bj).asInt()) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            ArrayNode row = (ArrayNode) counts.get(bi);
            int to = (bj + 1) % row.size();
            row.set(bj, row.get(bj).asInt() - 1);
            row.set(to, row.get(to).asInt() + 1);
        }).startsWith(pair + " has ARI "));
        assertTrue(refused(c -> {
            ArrayNode row = (ArrayNode) c.get("agreement").get(0).get("counts").get(0);
            row.set(0, row.get(0).asInt() + 1);
        }).matches(pair + " counts 1920 tracks of 1919"), "a table of another number of tracks");
        assertEquals(pair + ": count [0][0] is negative: -1", refused(c -> {
            ArrayNode row = (ArrayNode) c.get("agreement").get(0).get("counts").get(0);
            row.set(0, -1);
        }));
        assertEquals("comparison.runs: autoencoder_kmeans with seed 5 has no noise", refused(c ->
                ((ObjectNode) c.get("runs").get(0).get("metrics")).remove("noise")));
        assertEquals("comparison names the method \"umap_kmeans\", which Genrescope does not know", refused(c ->
                ((ObjectNode) c.get("runs").get(0)).put("method", "umap_kmeans")));
        assertEquals("comparison.runs has a run of seed 99, not one of the seeds compared", refused(c ->
                ((ObjectNode) c.get("runs").get(0)).put("seed", 99)));
        assertEquals("comparison.genre_ceiling.model has 4 folds' scores for 5 folds", refused(c ->
                ((ArrayNode) c.get("genre_ceiling").get("model")).remove(0)));
    }

    // ---- item 3: which noise count is whose ----

    /**
     * DBSCAN's noise over seeds 1, 2, 3 as the real data gave it over seeds 1986-1988 (k = 8, latent size 5, the
     * window's settings; session 14's report of "270 noise points" beside "267.0 ± 67.5"): 270, 333, 198; numpy 1.24.2
     * (/usr/bin/python3): {@code np.mean([270, 333, 198]) = 267.0}, {@code np.std([270, 333, 198], ddof=1) =
     * 67.54998149518622}. Every DBSCAN run found one cluster, so its silhouette is undefined with seed-own reasons.
     */
    private static Comparison.Result noisy() {
        long[] seeds = {1, 2, 3};
        int[] noise = {270, 333, 198};
        List<Comparison.Run> runs = new ArrayList<>();
        for (int s = 0; s < seeds.length; s++) {
            for (ComparisonMethod m : ComparisonMethod.values()) {
                Map<String, MetricValue> metrics = new LinkedHashMap<>();
                for (String name : ComparisonMetrics.NAMES) {
                    metrics.put(name, MetricValue.of(1));
                }
                if (m == ComparisonMethod.AUTOENCODER_DBSCAN) {
                    metrics.put("noise", MetricValue.of(noise[s]));
                    metrics.put("own_silhouette", MetricValue.undefined("only one cluster after leaving out "
                            + noise[s] + " noise points"));
                } else {
                    metrics.put("noise", MetricValue.of(0));
                }
                runs.add(new Comparison.Run(m, seeds[s], false, metrics));
            }
        }
        return Comparison.summarised(Recipe.SEED.config(Path.of("x")), List.of(1L, 2L, 3L), 2000, runs, List.of(),
                new GenreCeiling.Outcome(null, "no genres"), List.of());
    }

    private static CompareTexts.Row row(Comparison.Result r, String metric) {
        return CompareTexts.rows(r).stream().filter(x -> x.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void eachNoiseCountSaysWhetherItIsOneSeedsOrTheMeanOverTheSeeds() {
        Comparison.Result r = noisy();
        assertEquals("Each method's metrics: mean ± sd over 3 seeds", CompareTexts.metricsHeading(r));
        CompareTexts.Row noise = row(r, "noise tracks");
        assertEquals("267.0 ± 67.5", noise.cells().get(3)); // numpy: 267.0 ± 67.549...
        assertTrue(noise.tooltip().contains("autoencoder + DBSCAN: mean 267.0, sd 67.5, range 198.0 to 333.0\n    "
                + "seed 1: 270, seed 2: 333, seed 3: 198"), noise.tooltip());
        CompareTexts.Row silhouette = row(r, "silhouette, own space");
        assertEquals("undefined: one cluster", silhouette.cells().get(3));
        // the count in a reason is named by its seed, never beside the mean as if it were the same number
        assertTrue(silhouette.tooltip().contains("autoencoder + DBSCAN: undefined in every run\n"
                + "    seed 1: undefined (only one cluster after leaving out 270 noise points)\n"
                + "    seed 2: undefined (only one cluster after leaving out 333 noise points)\n"
                + "    seed 3: undefined (only one cluster after leaving out 198 noise points)"), silhouette.tooltip());
        assertEquals("Contingency of two methods' clusters, seed 1 (its noise row is that seed's)",
                CompareTexts.contingencyHeading(r));
        assertEquals("Agreement between the methods (ARI), seed 1", CompareTexts.agreementHeading(r));
        assertEquals("Genre ceiling: how much genre the features hold", CompareTexts.ceilingHeading(r), "no ceiling");
        Comparison.Result withCeiling = new Comparison.Result(r.base(), r.seeds(), r.tracks(), r.runs(), r.summary(),
                r.summaryNotCollapsed(), r.collapsed(), r.agreement(), new GenreCeiling.Outcome(
                        new GenreCeiling.Result(5, 1986, 2000, 7, List.of(), List.of()), null), r.warnings());
        assertEquals("Genre ceiling: how much genre the features hold (± over 5 folds, seed 1986)",
                CompareTexts.ceilingHeading(withCeiling), "its ± is over folds of one seed, not over the seeds");
    }

    @Test
    void theContingencysNoiseRowIsTheFirstSeedsNoiseAndTheMeanIsOverAllSeeds() {
        // on a real comparison: the table counts seed 5's DBSCAN labels; the noise row's mean is over 5, 6, 7
        List<Double> noise = computed.runs().stream().filter(x -> x.method() == ComparisonMethod.AUTOENCODER_DBSCAN)
                .map(x -> x.metrics().get("noise").value()).toList();
        CompareTexts.Contingency t = CompareTexts.contingency(computed, ComparisonMethod.AUTOENCODER_DBSCAN,
                ComparisonMethod.AUTOENCODER_KMEANS);
        int noiseRow = t.rowLabels().indexOf("noise");
        int counted = noiseRow < 0 ? 0 : java.util.Arrays.stream(t.counts()[noiseRow]).sum();
        assertEquals(noise.get(0), counted, 0, "the table's noise row is the first seed's count");
        // by hand over the runs whose autoencoder did not collapse (the table leaves those out, and says so)
        List<Comparison.Run> dbscan = computed.runs().stream()
                .filter(x -> x.method() == ComparisonMethod.AUTOENCODER_DBSCAN).toList();
        double[] kept = dbscan.stream().filter(x -> !x.collapsed()).mapToDouble(x -> x.metrics().get("noise").value())
                .toArray();
        assertTrue(kept.length >= 2, "a mean and a deviation to check");
        double mean = 0;
        for (double v : kept) {
            mean += v / kept.length;
        }
        double squares = 0;
        for (double v : kept) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (kept.length - 1));
        CompareTexts.Row row = row(computed, "noise tracks");
        assertEquals(String.format(java.util.Locale.ROOT, "%,.1f ± %,.1f", mean, sd), row.cells().get(3));
        List<String> bySeed = new ArrayList<>();
        for (Comparison.Run run : dbscan) {
            bySeed.add("seed " + run.seed() + ": " + (run.collapsed() ? "autoencoder collapsed, left out"
                    : String.format(java.util.Locale.ROOT, "%,.0f", run.metrics().get("noise").value())));
        }
        assertTrue(row.tooltip().contains(String.join(", ", bySeed)), row.tooltip());
        assertEquals("Each method's metrics: mean ± sd over 3 seeds", CompareTexts.metricsHeading(computed));
        assertTrue(CompareTexts.contingencyHeading(computed).contains("seed 5"));
    }
}
