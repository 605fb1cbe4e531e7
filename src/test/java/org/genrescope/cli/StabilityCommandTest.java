package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.testing.PythonReference;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stability command end to end on the bundled sample with 3 seeds: its summary agrees with pandas and numpy on
 * its own CSVs (src/tools/check_stability.py), and each seed's row holds the metrics that {@code cluster --seed S}
 * reports for that seed.
 */
class StabilityCommandTest {
    private static final String[] FAST = {"--epochs", "10", "--restarts", "3"};

    @Test
    void threeSeedsSummarisedAsPandasAndNumpyRecomputeThem(@TempDir Path out) throws Exception {
        // tanh and identity units cannot die, so no run collapses in 10 epochs (with ReLU all three do)
        CommandRun run = run("stability", "--input", SharedData.sample().toString(), "--seeds", "1..3",
                "--activation", "tanh", "--output-activation", "identity", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> perSeed = Files.readAllLines(out.resolve("stability.csv"));
        assertEquals(4, perSeed.size(), "a header and one row per seed");
        assertTrue(perSeed.get(0).startsWith("seed,collapsed,clustering_space.davies_bouldin,"), perSeed.get(0));
        assertTrue(perSeed.get(0).contains(",vs_genre.adjusted_rand,"), perSeed.get(0));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("stability.json").toFile());
        assertEquals(3, summary.get("runs").asInt());
        assertEquals(3, summary.get("runs_kept").asInt(), summary.get("collapsed_note").asText());
        assertEquals(List.of(1L, 2L, 3L), longs(summary.get("seeds")));
        assertTrue(summary.get("settings").get("seed") == null, "the seed is not one setting here");
        assertTrue(run.out().contains("pairwise ARI between the runs' partitions: mean"), run.out());
        splitTreeAgreesWithTheRunsOwnClusters(out, summary.get("settings").get("k").asInt());

        assumeTrue(PythonReference.pandasAvailable(), "skipped: python3 with pandas is not installed (needed as the "
                + "independent reference)");
        JsonNode want = PythonReference.pandasJson("src/tools/check_stability.py", List.of(out.toString()));
        Iterator<Map.Entry<String, JsonNode>> metrics = want.get("metrics").fields();
        int compared = 0;
        while (metrics.hasNext()) {
            Map.Entry<String, JsonNode> m = metrics.next();
            JsonNode got = summary.get("metrics").get(m.getKey());
            assertEquals(m.getValue().get("n").asInt(), got.get("n").asInt(), m.getKey());
            for (String stat : new String[] {"mean", "sd", "min", "max"}) {
                JsonNode w = m.getValue().get(stat);
                if (w.isNull()) {
                    assertTrue(got.get(stat).isNull(), m.getKey() + " " + stat);
                } else {
                    assertEquals(w.asDouble(), got.get(stat).asDouble(), 1e-12 * Math.max(1, Math.abs(w.asDouble())),
                            m.getKey() + " " + stat);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 4 * 14, "every metric's four figures compared, got " + compared);
        assertEquals(longs(want.get("kept_seeds")), longs(summary.get("pairwise_ari").get("seeds")));
        JsonNode matrix = summary.get("pairwise_ari").get("matrix");
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.size(); j++) {
                assertEquals(want.get("ari").get("matrix").get(i).get(j).asDouble(), matrix.get(i).get(j).asDouble(),
                        1e-12, "ARI " + i + " " + j);
            }
        }
        if (matrix.size() >= 2) {
            assertEquals(want.get("ari").get("mean").asDouble(), summary.get("pairwise_ari").get("mean").asDouble(), 1e-12);
        }
        JsonNode tracks = summary.get("tracks");
        assertEquals(want.get("always_same_cluster_share").asDouble(), tracks.get("always_same_cluster_share").asDouble(),
                1e-12);
        assertEquals(want.get("mean_modal_share").asDouble(), tracks.get("mean_modal_share").asDouble(), 1e-12);
        List<String> perTrack = Files.readAllLines(out.resolve("stability-tracks.csv"));
        assertEquals(want.get("distinct_clusters").size() + 1, perTrack.size());
        for (int i = 0; i < want.get("distinct_clusters").size(); i++) {
            String[] cells = perTrack.get(i + 1).split(",");
            assertEquals(want.get("distinct_clusters").get(i).asInt(), Integer.parseInt(cells[3]), "track row " + i);
            assertEquals(want.get("modal_share").get(i).asDouble(), Double.parseDouble(cells[4]), 1e-15, "track row " + i);
        }
        List<String> leastStable = new java.util.ArrayList<>();
        summary.get("least_stable_tracks").forEach(t -> leastStable.add(t.get("track_id").asText()));
        List<String> wantLeast = new java.util.ArrayList<>();
        want.get("least_stable").forEach(t -> wantLeast.add(t.asText()));
        assertEquals(wantLeast, leastStable);
    }

    @Test
    void eachSeedsRowHoldsTheMetricsClusterReportsForThatSeed(@TempDir Path dir) throws Exception {
        Path stability = dir.resolve("stability");
        Path single = dir.resolve("single");
        assertEquals(0, run("stability", "--input", SharedData.sample().toString(), "--seeds", "4,9",
                "--out", stability.toString()).exitCode());
        CommandRun cluster = run("cluster", "--input", SharedData.sample().toString(), "--seed", "9",
                "--projection", "none", "--out", single.toString());
        assertEquals(0, cluster.exitCode(), cluster.err());
        JsonNode report = new ObjectMapper().readTree(single.resolve("report.json").toFile());
        List<String> rows = Files.readAllLines(stability.resolve("stability.csv"));
        String[] header = rows.get(0).split(",", -1);
        String[] seed9 = rows.get(2).split(",", -1);
        assertEquals("9", seed9[0]);
        assertEquals(report.get("autoencoder").get("collapsed").asText(), seed9[1]);
        for (int c = 2; c < header.length; c++) {
            String[] key = header[c].split("\\.");
            JsonNode value = report.get("metrics").get(key[0]).get(key[1]);
            if (value.isNull()) {
                assertEquals("", seed9[c], header[c]);
            } else {
                assertEquals(value.asDouble(), Double.parseDouble(seed9[c]), header[c]); // the same double, exactly
            }
        }
        assertEquals(14, header.length - 2, "3 internal metrics in each space and 8 agreement metrics");
    }

    /**
     * The split tree's files exist, its CSV adds up (each layer holds every track, each cluster's edges carry all its
     * tracks down and all of the next layer's up, each share is tracks / parent size) and, at the runs' own k, its
     * nodes are seed 1's clusters in stability-tracks.csv with the mean best Jaccard index against seeds 2 and 3
     * computed here from that file's columns.
     */
    private static void splitTreeAgreesWithTheRunsOwnClusters(Path out, int ownK) throws Exception {
        for (String file : new String[] {"split-tree.png", "split-tree.svg", "split-tree.csv"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        List<String> perTrack = Files.readAllLines(out.resolve("stability-tracks.csv"));
        int n = perTrack.size() - 1;
        int[][] seeds = new int[3][n];
        for (int i = 0; i < n; i++) {
            String[] c = perTrack.get(i + 1).split(",", -1); // the seed columns are the last three, never quoted
            for (int s = 0; s < 3; s++) {
                seeds[s][i] = Integer.parseInt(c[c.length - 3 + s]);
            }
        }
        Map<String, Integer> size = new java.util.HashMap<>();
        Map<Integer, Integer> layerTotal = new java.util.TreeMap<>();
        Map<String, Integer> down = new java.util.HashMap<>();
        Map<String, Integer> up = new java.util.HashMap<>();
        List<String> ownLayer = new java.util.ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve("split-tree.csv"));
        assertEquals("row,k,cluster,next_cluster,tracks,share_of_parent,stability", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            int k = Integer.parseInt(c[1]);
            int tracks = Integer.parseInt(c[4]);
            if (c[0].equals("node")) {
                size.put(k + "/" + c[2], tracks);
                layerTotal.merge(k, tracks, Integer::sum);
                if (k == ownK) {
                    ownLayer.add(String.format(java.util.Locale.ROOT, "%d %.12f", tracks, Double.parseDouble(c[6])));
                }
            } else {
                assertEquals("edge", c[0]);
                down.merge(k + "/" + c[2], tracks, Integer::sum);
                up.merge((k + 1) + "/" + c[3], tracks, Integer::sum);
                assertEquals((double) tracks / size.get(k + "/" + c[2]), Double.parseDouble(c[5]), 1e-15, line);
            }
        }
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), List.copyOf(layerTotal.keySet()), "the default --tree-k 2..8");
        layerTotal.values().forEach(total -> assertEquals(n, total, "every layer holds every track"));
        size.forEach((node, tracks) -> {
            if (!node.startsWith("8/")) {
                assertEquals(tracks, down.get(node), "edges down from " + node);
            }
            if (!node.startsWith("2/")) {
                assertEquals(tracks, up.get(node), "edges up into " + node);
            }
        });
        List<String> want = new java.util.ArrayList<>();
        for (int c = 0; c < ownK; c++) {
            int members = 0;
            double sum = 0;
            for (int other = 1; other <= 2; other++) {
                double best = 0;
                for (int d = 0; d < ownK; d++) {
                    int inter = 0;
                    int union = 0;
                    for (int i = 0; i < n; i++) {
                        boolean a = seeds[0][i] == c;
                        boolean b = seeds[other][i] == d;
                        inter += a && b ? 1 : 0;
                        union += a || b ? 1 : 0;
                    }
                    best = union == 0 ? best : Math.max(best, (double) inter / union);
                }
                sum += best;
            }
            for (int i = 0; i < n; i++) {
                members += seeds[0][i] == c ? 1 : 0;
            }
            want.add(String.format(java.util.Locale.ROOT, "%d %.12f", members, sum / 2));
        }
        java.util.Collections.sort(want);
        java.util.Collections.sort(ownLayer);
        assertEquals(want, ownLayer, "seed 1's clusters at k = " + ownK + ": size and stability");
    }

    @Test
    void treeRangesReadFromToAndRefuseBadOnes() {
        assertEquals(List.of(2, 8), java.util.Arrays.stream(StabilityCommand.parseTreeK(StabilityCommand.DEFAULT_TREE_K))
                .boxed().toList());
        assertEquals(org.genrescope.ui.StabilityViewModel.DEFAULT_TREE_K_MIN + ".."
                + org.genrescope.ui.StabilityViewModel.DEFAULT_TREE_K_MAX, StabilityCommand.DEFAULT_TREE_K,
                "the window's default range");
        assertEquals(List.of(3, 3), java.util.Arrays.stream(StabilityCommand.parseTreeK(" 3..3")).boxed().toList());
        for (String bad : new String[] {"5..3", "1..4", "0..2", "4", "a..b", "2..", ""}) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> StabilityCommand.parseTreeK(bad), bad);
            assertEquals("--tree-k", e.setting());
        }
    }

    @Test
    void aBadTreeRangeIsOneLineNamingTheOptionAndExitsTwo(@TempDir Path out) {
        for (String bad : new String[] {"5..3", "1..4", "2..5000"}) {
            CommandRun run = run("stability", "--input", SharedData.sample().toString(), "--seeds", "1..2",
                    "--tree-k", bad, "--out", out.toString());
            assertEquals(2, run.exitCode(), bad + ": " + run.err());
            assertTrue(run.errorLine().contains("--tree-k"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace");
            assertFalse(Files.exists(out.resolve("stability.json")), "nothing written");
        }
        CommandRun above = run("stability", "--input", SharedData.sample().toString(), "--seeds", "1..2",
                "--tree-k", "2..5000", "--out", out.toString());
        assertTrue(above.errorLine().contains("above the 1919 tracks"), above.err());
    }

    @Test
    void seedListsReadRangesAndCommaLists() {
        assertEquals(List.of(1L, 2L, 3L), StabilityCommand.parseSeeds("1..3"));
        assertEquals(List.of(1986L, 1L, 2L, 7L), StabilityCommand.parseSeeds("1986, 1..2,7"));
        assertEquals(List.of(-1L, 0L), StabilityCommand.parseSeeds("-1..0"));
        for (String bad : new String[] {"1", "3..1", "1,1", "1..3,2", "a..b", "", "1..5000"}) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> StabilityCommand.parseSeeds(bad), bad);
            assertEquals("--seeds", e.setting());
        }
    }

    @Test
    void theCommandHasHelp() {
        CommandRun run = CommandRun.of("stability", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: genrescope stability"), run.out());
        assertTrue(run.out().contains("--seeds=LIST") && run.out().contains("--latent=N"), run.out());
    }

    @Test
    void badSeedsOrAlsoASingleSeedOptionAreOneLineAndExitTwo(@TempDir Path out) {
        CommandRun backwards = run("stability", "--input", SharedData.sample().toString(), "--seeds", "5..2",
                "--out", out.toString());
        assertEquals(2, backwards.exitCode());
        assertTrue(backwards.errorLine().contains("--seeds"), backwards.err());
        assertFalse(backwards.err().contains("\tat "), "no stack trace");
        CommandRun both = run("stability", "--input", SharedData.sample().toString(), "--seeds", "1..2", "--seed", "3",
                "--projection", "tsne", "--out", out.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.errorLine().contains("--seed"), both.err());
        assertTrue(both.err().contains("note: --projection is not used"), both.err());
    }

    private static CommandRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + FAST.length);
        System.arraycopy(FAST, 0, all, args.length, FAST.length);
        return CommandRun.of(all);
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }
}
