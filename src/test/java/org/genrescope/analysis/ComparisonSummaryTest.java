package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.MetricValue;
import org.junit.jupiter.api.Test;

/**
 * The comparison's summaries over seeds against pandas (src/tools/comparison_pandas_summary.py on a comparison.csv
 * the compare command wrote for the bundled sample: groupby mean, std with ddof 1, min, max, count), and by hand.
 */
class ComparisonSummaryTest {

    @Test
    void theSummaryOfEachMethodAndMetricIsPandas() throws IOException {
        List<Comparison.Run> runs = readRuns("/comparison/comparison.csv");
        JsonNode pandas;
        try (InputStream in = getClass().getResourceAsStream("/comparison/pandas_summary.json")) {
            pandas = new ObjectMapper().readTree(in);
        }
        Map<ComparisonMethod, Map<String, Spread>> summary = Comparison.summarise(runs);
        assertEquals(4, summary.size());
        int compared = 0;
        for (var method : summary.entrySet()) {
            for (var metric : method.getValue().entrySet()) {
                JsonNode expected = pandas.get(method.getKey().id()).get(metric.getKey());
                Spread s = metric.getValue();
                assertEquals(expected.get("count").asInt(), s.runs() - s.undefined(), metric.getKey());
                check(expected.get("mean"), s.mean());
                check(expected.get("std"), s.sd());
                check(expected.get("min"), s.min());
                check(expected.get("max"), s.max());
                compared++;
            }
        }
        assertEquals(4 * ComparisonMetrics.NAMES.size(), compared);
    }

    private static void check(JsonNode expected, MetricValue actual) {
        if (expected.isNull()) {
            assertFalse(actual.isDefined(), "pandas has NaN, we have " + actual);
        } else {
            assertTrue(actual.isDefined(), "pandas has " + expected + ", we have " + actual);
            assertEquals(expected.asDouble(), actual.value(), 1e-12 * Math.max(1, Math.abs(expected.asDouble())));
        }
    }

    @Test
    void aSpreadByHandCountsUndefinedRunsAndNeverAveragesThem() {
        // 1, 2, 4: mean 7/3, sample variance ((4/3)^2 + (1/3)^2 + (5/3)^2) / 2 = 7/3
        Spread s = Spread.of(List.of(MetricValue.of(1), MetricValue.undefined("only one cluster"), MetricValue.of(2),
                MetricValue.of(4)));
        assertEquals(4, s.runs());
        assertEquals(1, s.undefined());
        assertEquals(7.0 / 3, s.mean().value(), 1e-15);
        assertEquals(Math.sqrt(7.0 / 3), s.sd().value(), 1e-15);
        assertEquals(1, s.min().value());
        assertEquals(4, s.max().value());

        Spread one = Spread.ofNumbers(0.5);
        assertEquals(0.5, one.mean().value());
        assertEquals("one defined run: no spread", one.sd().undefinedReason());

        assertNull(s.everyRun(), "defined in some run: no reason of every run");

        Spread none = Spread.of(List.of(MetricValue.undefined("only one cluster")));
        assertEquals("undefined in every run (only one cluster)", none.mean().undefinedReason());
        assertFalse(none.max().isDefined());
        assertEquals("only one cluster", none.everyRun().reason());
        assertTrue(none.everyRun().shared());
        assertEquals("undefined in every run (only one cluster)", none.everyRun().sentence("seed 1"),
                "a shared reason names no run");
        Spread differing = Spread.of(List.of(MetricValue.undefined("only one cluster after leaving out 270 noise points"),
                MetricValue.undefined("only one cluster after leaving out 333 noise points")));
        // the reason is data: the first run's, its index, and that the other run's differs
        assertEquals("only one cluster after leaving out 270 noise points", differing.everyRun().reason());
        assertEquals(0, differing.everyRun().run());
        assertFalse(differing.everyRun().shared(), "one run's count is not said as every run's");
        assertEquals(List.of("only one cluster after leaving out 270 noise points",
                "only one cluster after leaving out 333 noise points"), differing.everyRun().reasons());
        assertEquals("undefined in every run (seed 1986: only one cluster after leaving out 270 noise points)",
                differing.everyRun().sentence("seed 1986"));
        // comparison.json's mean_undefined, which knows no seeds, names it as the first run (as before)
        assertEquals("undefined in every run (the first run: only one cluster after leaving out 270 noise points)",
                differing.mean().undefinedReason());

        Spread empty = Spread.of(List.of());
        assertEquals("no runs", empty.mean().undefinedReason());
        assertNull(empty.everyRun(), "no run, so no reason of every run");
        assertEquals(Comparison.EVERY_RUN_COLLAPSED, Spread.none(Comparison.EVERY_RUN_COLLAPSED).sd()
                .undefinedReason());
    }

    @Test
    void aNumberOfRoundingNoiseIsNeverAveraged() {
        MetricValue noise = MetricValue.roundingNoise(3.8e31, " (4.8e-31 of the total)");
        assertTrue(noise.meaningless());
        assertFalse(MetricValue.degenerate(1, "every labelled track has the same genre").meaningless());
        // 2 and 4: mean 3, sd sqrt(2); the noise run counts as undefined, its warning as its reason
        Spread s = Spread.of(List.of(MetricValue.of(2), noise, MetricValue.of(4)));
        assertEquals(3, s.mean().value(), 0);
        assertEquals(Math.sqrt(2), s.sd().value(), 1e-15);
        assertEquals(1, s.undefined());
        Spread all = Spread.of(List.of(noise, noise));
        assertFalse(all.mean().isDefined());
        assertEquals("undefined in every run (the within-cluster spread is rounding noise (4.8e-31 of the total))",
                all.mean().undefinedReason());
    }

    @Test
    void aReasonOfEveryRunMustComeFromEveryRun() {
        MetricValue none = MetricValue.undefined("only one cluster");
        Spread.UndefinedInEveryRun two = new Spread.UndefinedInEveryRun(List.of("a", "b"), 1);
        assertEquals("b", two.reason());
        assertThrows(IllegalArgumentException.class, () -> new Spread(3, 3, none, none, none, none, two),
                "two reasons for three runs");
        assertThrows(IllegalArgumentException.class, () -> new Spread(2, 1, none, none, none, none, two),
                "a run was defined");
        assertThrows(IllegalArgumentException.class, () -> new Spread.UndefinedInEveryRun(List.of("a"), 1),
                "run 1 of one run");
    }

    @Test
    void agreementComparesEachPairOnceWithTheirContingencyTable() {
        Map<ComparisonMethod, int[]> labels = new LinkedHashMap<>();
        labels.put(ComparisonMethod.AUTOENCODER_KMEANS, new int[] {0, 0, 1, 1});
        labels.put(ComparisonMethod.AUTOENCODER_DBSCAN, new int[] {-1, 0, 0, 0});
        labels.put(ComparisonMethod.PCA_KMEANS, new int[] {1, 1, 0, 0});
        List<Comparison.Agreement> pairs = Comparison.agreement(labels);
        assertEquals(3, pairs.size());
        // the same partition under other names: ARI 1
        Comparison.Agreement same = pairs.get(1);
        assertEquals(ComparisonMethod.PCA_KMEANS, same.b());
        assertEquals(1.0, same.adjustedRand().value(), 1e-15);
        // {0,0,1,1} against {-1,0,0,0}: scikit-learn's adjusted_rand_score gives 0.0
        assertEquals(0.0, pairs.get(0).adjustedRand().value(), 1e-15);
        ContingencyTable t = pairs.get(0).table();
        assertEquals(List.of(-1, 0), java.util.Arrays.stream(t.clusters()).boxed().toList());
        assertEquals(1, t.count(0, 0)); // cluster 0 of the first and noise of the second: track 0
        assertEquals(1, t.count(0, 1));
        assertEquals(2, t.count(1, 1));
    }

    /** The runs of a comparison.csv: an empty cell is an undefined metric. */
    static List<Comparison.Run> readRuns(String resource) throws IOException {
        String text;
        try (InputStream in = ComparisonSummaryTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        List<String> header = List.of(lines[0].split(","));
        assertEquals("method", header.get(0));
        assertEquals(ComparisonMetrics.NAMES, header.subList(3, 3 + ComparisonMetrics.NAMES.size()));
        List<Comparison.Run> runs = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            // the metric cells hold no commas; the last cell (the reasons) may
            String[] cells = lines[i].split(",", header.size());
            Map<String, MetricValue> metrics = new LinkedHashMap<>();
            for (int m = 0; m < ComparisonMetrics.NAMES.size(); m++) {
                String cell = cells[3 + m];
                metrics.put(ComparisonMetrics.NAMES.get(m), cell.isEmpty() ? MetricValue.undefined("empty cell")
                        : MetricValue.of(Double.parseDouble(cell)));
            }
            ComparisonMethod method = java.util.Arrays.stream(ComparisonMethod.values())
                    .filter(mm -> mm.id().equals(cells[0])).findFirst().orElseThrow();
            runs.add(new Comparison.Run(method, Long.parseLong(cells[1]), Boolean.parseBoolean(cells[2]), metrics));
        }
        return runs;
    }
}
