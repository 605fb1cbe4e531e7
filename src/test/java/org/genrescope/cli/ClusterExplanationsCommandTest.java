package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.testing.PythonReference;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.json's clusters.explained and clusters.csv against pandas on the run's own cleaned.csv and assignments.csv
 * ({@code src/tools/pandas_cluster_explanations_report.py}); skipped without pandas.
 */
class ClusterExplanationsCommandTest {

    @Test
    void explanationsAreWhatPandasComputesFromTheWrittenFiles(@TempDir Path out) throws Exception {
        assumeTrue(PythonReference.pandasAvailable(), "skipped: python3 with pandas is not installed (needed as the "
                + "independent reference)");
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--recipe", "plain", "--representation", "pca", "--latent", "3", "--restarts", "3", "--cleaned-csv",
                "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode explained = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("clusters")
                .get("explained");
        JsonNode expected = PythonReference.pandasJson("src/tools/pandas_cluster_explanations_report.py",
                List.of(out.resolve("cleaned.csv").toString(), out.resolve("assignments.csv").toString()));
        List<String> csv = Files.readAllLines(out.resolve("clusters.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        int compared = 0;
        for (JsonNode e : explained) {
            JsonNode want = expected.get(e.get("cluster").asText());
            assertEquals(want.get("tracks").asInt(), e.get("tracks").asInt());
            String[] row = csv.get(1 + e.get("cluster").asInt()).split(",");
            for (JsonNode f : e.get("distinguishing_features")) {
                String feature = f.get("feature").asText();
                double w = want.get("difference_in_sd").get(feature).asDouble();
                assertEquals(w, f.get("difference_in_sd").asDouble(), 1e-12, "cluster " + e.get("cluster") + " " + feature);
                int column = header.indexOf(feature + "_difference_in_sd");
                assertEquals(w, Double.parseDouble(row[row.length - header.size() + column]), 1e-12, "clusters.csv");
                compared++;
            }
            List<String> genres = new ArrayList<>();
            e.get("top_genres").forEach(g -> genres.add(g.get("genre").asText() + " " + g.get("tracks").asInt()));
            List<String> wantGenres = new ArrayList<>();
            want.get("top_genres").forEach(g -> wantGenres.add(g.get(0).asText() + " " + g.get(1).asInt()));
            assertEquals(wantGenres, genres, "cluster " + e.get("cluster"));
            List<String> ids = new ArrayList<>();
            e.get("representative_tracks").forEach(t -> ids.add(t.get("track_id").asText()));
            List<String> wantIds = new ArrayList<>();
            want.get("representatives").forEach(t -> wantIds.add(t.asText()));
            assertEquals(wantIds, ids, "cluster " + e.get("cluster"));
            assertTrue(e.get("label").asText().startsWith(wantGenres.get(0).replaceAll(" \\d+$", "") + " "),
                    e.get("label").asText());
        }
        assertEquals(8 * 8, compared, "8 clusters x 8 features");
    }
}
