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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.genrescope.testing.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of ../shared/cases that concern the numbers (copies in src/test/resources/cases), each run through the
 * command line as a user would: never exit 1 or a stack trace, never NaN or a meaningless number as a score.
 */
class CasesCommandTest {
    /** A number with 16 or more digits before the point: what "Calinski-Harabasz 1132503035978416800000000..." was. */
    private static final Pattern ENDLESS_NUMBER = Pattern.compile("\\d{16,}");

    private static JsonNode report(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    private static void assertNoNumberThatMeansNothing(CommandRun run) {
        assertFalse(run.out().contains("NaN"), run.out());
        // The last line names the output folder, whose temporary name is a long number.
        String summary = run.out().lines().filter(l -> !l.startsWith("wrote ")).reduce("", (a, b) -> a + b + "\n");
        assertFalse(ENDLESS_NUMBER.matcher(summary).find(), summary);
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /**
     * Values beyond +-1e100 are refused where they are read, naming file, line and column, whatever the scaling
     * (the reading side of issue 9): every later stage (summaries, profiles, plots) is then safe. The scalers also
     * handle values up to the largest double exactly (LargeValuesScalingTest), as a second line of defence.
     */
    @Test
    void hugeValuesAreRefusedWhereTheyAreReadWhateverTheScaling(@TempDir Path dir) {
        for (String scaling : List.of("standard", "minmax", "seed", "none")) {
            Path out = dir.resolve(scaling);
            CommandRun run = CommandRun.of("cluster", "--input", Cases.file("huge-values").toString(), "--out",
                    out.toString(), "--recipe", "plain", "--scaling", scaling, "--representation", "features",
                    "--restarts", "2", "--projection", "pca");
            assertEquals(2, run.exitCode(), scaling + ": " + run.err());
            String line = run.errorLine();
            assertTrue(line.startsWith("genrescope: ") && line.contains("huge-values/tracks.csv, line 5, column "
                    + "'tempo'") && line.contains("too large"), scaling + ": " + line);
            assertFalse(run.err().contains("\tat "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(Files.exists(out.resolve("report.json")), scaling);
        }
    }

    @Test
    void kAboveTheDistinctPointsSaysHowManyClustersItFoundAndPrintsNoMeaninglessNumber(@TempDir Path out)
            throws IOException {
        CommandRun run = CommandRun.of("cluster", "--input", Cases.file("k-above-distinct-points").toString(),
                "--out", out.toString(), "--recipe", "plain", "--k", "5", "--representation", "features",
                "--restarts", "3", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        assertNoNumberThatMeansNothing(run);
        assertTrue(run.out().contains("40 tracks kept of 40 read; 3 genres; 3 non-empty clusters of k = 5"), run.out());
        assertTrue(run.out().contains("note: K-Means found only 3 distinct clusters for k = 5"), run.out());
        JsonNode clusters = report(out).get("clusters");
        assertEquals(5, clusters.get("count").asInt());
        assertEquals(3, clusters.get("non_empty").asInt());
        JsonNode space = report(out).get("metrics").get("clustering_space");
        // The repeated points' means differ from them in the last bit: a defined ratio of rounding noise (1e33).
        assertTrue(space.get("calinski_harabasz").asDouble() > 1e20, space.toString());
        assertTrue(space.get("calinski_harabasz_warning").asText().contains("rounding noise"), space.toString());
        assertTrue(run.out().contains("Calinski-Harabasz meaningless (warning below)"), run.out());
        assertTrue(run.out().contains("note: Calinski-Harabasz in the clustered space: the within-cluster spread is "
                + "rounding noise"), run.out());
        int empty = 0;
        for (JsonNode p : clusters.get("profiles_in_feature_units")) {
            empty += p.get("tracks").asInt() == 0 && p.get("mean").isNull() ? 1 : 0;
        }
        assertEquals(2, empty, "two empty clusters, without statistics");
    }

    @Test
    void umapKeepsFourRepeatedPointsAsFourGroups(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("cluster", "--input", Cases.file("umap-duplicate-points").toString(),
                "--out", out.toString(), "--recipe", "plain", "--k", "4", "--representation", "features",
                "--restarts", "3", "--projection", "umap");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("umap embedded the 4 distinct points and drew each of the 76 exact duplicates "
                + "on its twin"), run.out());
        List<String> lines = Files.readAllLines(out.resolve("assignments.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int cluster = header.indexOf("cluster");
        int x = header.indexOf("x");
        int y = header.indexOf("y");
        Map<String, double[]> byCluster = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] xy = {Double.parseDouble(cells[x]), Double.parseDouble(cells[y])};
            double[] first = byCluster.computeIfAbsent(cells[cluster], c -> xy);
            assertEquals(first[0], xy[0], "each copy on its twin");
            assertEquals(first[1], xy[1], "each copy on its twin");
        }
        assertEquals(4, byCluster.size(), "four clusters of one point each");
        List<double[]> spots = new ArrayList<>(byCluster.values());
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                double dist = Math.hypot(spots.get(a)[0] - spots.get(b)[0], spots.get(a)[1] - spots.get(b)[1]);
                smallest = Math.min(smallest, dist);
                largest = Math.max(largest, dist);
            }
        }
        assertTrue(smallest > 0.1 * largest, "four separate groups: smallest " + smallest + ", largest " + largest);
    }

    @Test
    void theSeedRecipeKeepsTheThreeGenresOfASmallFileWhoseClubbingWouldLeaveOne(@TempDir Path out) throws IOException {
        // 14 Rock, 13 Folk, 13 Electronic: the recipe's median rule calls Rock alone major and would club the other
        // two into it; with one genre left, every agreement metric would compare the clusters with a constant
        CommandRun run = CommandRun.of("cluster", "--input", Cases.file("k-above-distinct-points").toString(),
                "--out", out.toString(), "--recipe", "seed", "--k", "5", "--representation", "features",
                "--restarts", "3", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("40 tracks kept of 40 read; 3 genres;"), run.out());
        assertTrue(run.err().contains("clubbing of minor genres was not applied: it would merge Electronic, Folk into "
                + "Rock"), run.err());
        assertFalse(run.err().contains("has no genre named"), "the recipe's own drop list names no missing genre: "
                + run.err());
    }

    @Test
    void allNoiseLeavesTheInternalMetricsUndefinedWithTheReason(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("cluster", "--input", Cases.file("umap-duplicate-points").toString(),
                "--out", out.toString(), "--recipe", "plain", "--algorithm", "dbscan", "--eps", "0.001",
                "--min-points", "25", "--representation", "features", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        assertNoNumberThatMeansNothing(run);
        assertTrue(run.out().contains("clustered space: Davies-Bouldin undefined (every point is noise), "
                + "Calinski-Harabasz undefined (every point is noise), silhouette undefined (every point is noise)"),
                run.out());
        JsonNode space = report(out).get("metrics").get("clustering_space");
        assertTrue(space.get("davies_bouldin").isNull());
        assertEquals("every point is noise", space.get("davies_bouldin_undefined").asText());
        assertEquals("every point is noise", space.get("silhouette_undefined").asText());
    }

    @Test
    void oneClusterLeavesThemUndefinedAndASingleGenreGetsANote(@TempDir Path dir) throws IOException {
        // The duplicate-points case with one genre for all: DBSCAN finds the four points as four clusters of 20.
        List<String> lines = Files.readAllLines(Cases.file("umap-duplicate-points"));
        List<String> oneGenre = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            oneGenre.add(line.substring(0, line.lastIndexOf(',') + 1) + "Rock");
        }
        Path csv = dir.resolve("rock.csv");
        Files.write(csv, oneGenre);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("cluster", "--input", csv.toString(), "--out", out.toString(), "--recipe",
                "plain", "--k", "2", "--representation", "features", "--restarts", "2", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        assertNoNumberThatMeansNothing(run);
        assertTrue(run.out().contains("note: every labelled track has the same genre, so agreement with genres"),
                run.out());
        assertTrue(report(out).get("warnings").toString().contains("says nothing about the clusters"));
    }
}
