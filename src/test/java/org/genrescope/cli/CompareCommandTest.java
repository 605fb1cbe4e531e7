package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.genrescope.analysis.ComparisonMetrics;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare command end to end on the bundled sample, two seeds and a short training. */
class CompareCommandTest {

    @Test
    void comparesTheFourMethodsAndWritesTheTableTheSummaryAndTheFigures(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("compare", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--seeds", "1,2", "--epochs", "5", "--restarts", "2", "--k", "5");
        assertEquals(0, run.exitCode(), run.err());
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> expected = new ArrayList<>(List.of("comparison.csv", "comparison.json"));
        for (String figure : List.of("common_calinski_harabasz", "common_davies_bouldin", "common_silhouette",
                "genre_adjusted_rand", "genre_ceiling", "genre_normalized_mutual_info")) {
            expected.add(figure + ".png");
            expected.add(figure + ".svg");
        }
        assertEquals(expected.stream().sorted().toList(), files);
        for (String name : files) {
            if (!name.endsWith(".png")) {
                assertFalse(Files.readString(out.resolve(name)).contains("NaN"), name + " holds a NaN");
            }
        }

        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(1 + 4 * 2, csv.size()); // four methods, two seeds
        List<String> header = List.of(csv.get(0).split(","));
        int silhouette = header.indexOf("common_silhouette");
        JsonNode json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        assertEquals(5, json.get("settings").get("k").asInt());
        // DBSCAN's eps is chosen on each seed's code, so the settings' eps is not the one used
        assertFalse(json.get("settings").has("eps"));
        assertEquals(org.genrescope.model.clustering.DbscanEps.RULE, json.get("dbscan_eps_rule").asText());
        assertEquals(5, json.get("settings").get("autoencoder").get("epochs").asInt());
        assertFalse(json.get("settings").has("representation"), "each method sets its own");
        assertEquals(List.of(1, 2), List.of(json.get("seeds").get(0).asInt(), json.get("seeds").get(1).asInt()));
        int tracks = json.get("tracks").asInt();
        assertEquals(4, json.get("methods").size());
        for (JsonNode method : json.get("methods")) {
            String id = method.get("method").asText();
            // the summary's mean is the mean of the table's defined cells, worked here from the CSV
            List<Double> cells = new ArrayList<>();
            csv.stream().skip(1).filter(l -> l.startsWith(id + ",")).forEach(l -> {
                String cell = l.split(",", -1)[silhouette];
                if (!cell.isEmpty()) {
                    cells.add(Double.parseDouble(cell));
                }
            });
            JsonNode summary = method.get("summary").get("common_silhouette");
            assertEquals(2, summary.get("runs").asInt());
            assertEquals(2 - cells.size(), summary.get("undefined_runs").asInt());
            if (cells.isEmpty()) {
                assertTrue(summary.get("mean").isNull());
                assertTrue(summary.get("mean_undefined").isTextual());
            } else {
                double mean = cells.stream().mapToDouble(Double::doubleValue).sum() / cells.size();
                assertEquals(mean, summary.get("mean").asDouble(), 1e-12);
            }
            assertEquals(ComparisonMetrics.NAMES.size(), method.get("summary").size());
        }

        JsonNode ari = json.get("agreement").get("adjusted_rand");
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, ari.get(i).get(i).asDouble());
            for (int j = 0; j < 4; j++) {
                assertEquals(ari.get(i).get(j), ari.get(j).get(i));
            }
        }
        assertEquals(6, json.get("agreement").get("pairs").size());
        for (JsonNode pair : json.get("agreement").get("pairs")) {
            int sum = 0;
            for (JsonNode row : pair.get("contingency").get("counts")) {
                for (JsonNode count : row) {
                    sum += count.asInt();
                }
            }
            assertEquals(tracks, sum, "every track once in each contingency table");
        }

        JsonNode ceiling = json.get("genre_ceiling");
        assertEquals(5, ceiling.get("folds").asInt());
        assertEquals(1, ceiling.get("fold_seed").asInt());
        JsonNode accuracy = ceiling.get("model_scores").get("accuracy");
        double sum = 0;
        for (JsonNode fold : accuracy.get("per_fold")) {
            sum += fold.asDouble();
        }
        assertEquals(sum / 5, accuracy.get("mean").asDouble(), 1e-12);
        assertTrue(accuracy.get("mean").asDouble()
                > ceiling.get("majority_baseline_scores").get("accuracy").get("mean").asDouble());

        assertTrue(run.out().contains("PCA + K-Means"), run.out());
        assertTrue(run.out().contains("genre ceiling"), run.out());
        // the table's rows in the window's order: the study, PCA, the features, DBSCAN
        int[] rows = org.genrescope.analysis.ComparisonMethod.SHOWN_ORDER.stream()
                .mapToInt(m -> run.out().indexOf("\n" + m.label() + " ")).toArray();
        for (int i = 0; i < rows.length; i++) {
            assertTrue(rows[i] >= 0 && (i == 0 || rows[i] > rows[i - 1]), run.out());
        }
    }

    @Test
    void theConsoleTableLeavesCollapsedRunsOutOfTheMeansAndSaysSo() {
        // CollapsedComparisonFixture: seed 3 collapsed; AE + K-Means DB 1.2, 1.6 kept (mean 1.4, sd sqrt(0.08)),
        // AE + DBSCAN 0.9, 1.1 kept (mean 1.0, sd sqrt(0.02)); the other methods keep all three runs.
        var text = new java.io.ByteArrayOutputStream();
        CompareCommand.print(org.genrescope.analysis.CollapsedComparisonFixture.result(false),
                new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        List<String> lines = text.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("collapsed, left out: seed 3)"), lines.get(0));
        String kmeans = lines.stream().filter(l -> l.startsWith(
                        org.genrescope.analysis.ComparisonMethod.AUTOENCODER_KMEANS.label()))
                .findFirst().orElseThrow(() -> new AssertionError(lines.toString()));
        assertTrue(kmeans.contains("1.4000 +- 0.2828"), kmeans);
        assertTrue(kmeans.trim().endsWith("1 of 3"), kmeans);
        String dbscan = lines.stream().filter(l -> l.startsWith(
                org.genrescope.analysis.ComparisonMethod.AUTOENCODER_DBSCAN.label())).findFirst()
                .orElseThrow();
        assertTrue(dbscan.contains("1.0000 +- 0.1414"), dbscan);

        var all = new java.io.ByteArrayOutputStream();
        CompareCommand.print(org.genrescope.analysis.CollapsedComparisonFixture.result(true),
                new java.io.PrintStream(all, true, java.nio.charset.StandardCharsets.UTF_8));
        String everyRun = all.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(everyRun.contains(org.genrescope.analysis.Comparison.EVERY_RUN_COLLAPSED), everyRun);
        assertFalse(everyRun.contains("NaN"), everyRun);
    }

    @Test
    void theCommandHasHelpWithTheSeedsAndTheAnalysisSettings() {
        CommandRun run = CommandRun.of("compare", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: genrescope compare"), run.out());
        assertTrue(run.out().contains("--seeds") && run.out().contains("Default: 1,2,3"), run.out());
        assertTrue(run.out().contains("--latent") && run.out().contains("--eps"), run.out());
    }

    @Test
    void aRepeatedSeedIsOneLineNamingTheOptionWithExitCode2(@TempDir Path out) {
        CommandRun run = CommandRun.of("compare", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--seeds", "1,1");
        assertEquals(2, run.exitCode());
        assertTrue(run.errorLine().startsWith("genrescope: --seeds: give each seed once, got [1, 1]"), run.err());

        CommandRun notANumber = CommandRun.of("compare", "--input", "x", "--out", out.toString(), "--seeds", "one");
        assertEquals(2, notANumber.exitCode());
        assertTrue(notANumber.err().contains("--seeds"), notANumber.err());
    }
}
