package org.genrescope.cli;

import org.genrescope.testing.PythonReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.json's profiles_in_feature_units are the members' statistics in original units: checked against pandas
 * (src/tools/pandas_cluster_profiles.py on the run's cleaned.csv and assignments.csv); skipped without pandas.
 */
class ClusterProfilesCommandTest {

    @Test
    void profilesAreTheMembersMeanAndQuartilesAsPandasComputesThem(@TempDir Path out) throws Exception {
        assumeTrue(PythonReference.pandasAvailable(), "skipped: python3 with pandas is not installed (needed as the independent reference)");
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--restarts", "3", "--epochs", "10", "--cleaned-csv", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode expected = reference(out);
        JsonNode profiles = report.get("clusters").get("profiles_in_feature_units");
        int compared = 0;
        for (JsonNode p : profiles) {
            JsonNode want = expected.get(p.get("cluster").asText());
            assertEquals(want.get("tracks").asInt(), p.get("tracks").asInt());
            for (String stat : new String[] {"mean", "q1", "median", "q3"}) {
                Iterator<Map.Entry<String, JsonNode>> fields = want.get(stat).fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    double w = f.getValue().asDouble();
                    double got = p.get(stat).get(f.getKey()).asDouble();
                    assertEquals(w, got, 1e-12 * Math.max(1, Math.abs(w)), "cluster " + p.get("cluster") + " " + stat
                            + " of " + f.getKey());
                    compared++;
                }
            }
        }
        assertEquals(8 * 4 * 8, compared, "8 clusters x 4 statistics x 8 features");
        // The seed scaling cannot be inverted: no decoded centre is passed off as original units.
        assertTrue(report.get("clusters").get("model_view_centres_in_feature_units").isNull());
        assertTrue(report.get("clusters").get("model_view_centres_in_feature_units_undefined").asText()
                .contains("cannot be inverted"));
        assertTrue(report.get("autoencoder").get("decoded_centroids").isNull());
    }

    @Test
    void anInvertibleScalingAlsoGivesTheModelsViewWhichForFeaturesIsTheMean(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--recipe", "plain", "--representation", "features", "--restarts", "3", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode clusters = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("clusters");
        JsonNode view = clusters.get("model_view_centres_in_feature_units");
        assertEquals(8, view.size());
        // K-Means' converged centre on standardised features maps back to its members' mean (up to tolerance).
        for (int c = 0; c < 8; c++) {
            double mean = clusters.get("profiles_in_feature_units").get(c).get("mean").get("tempo").asDouble();
            assertEquals(mean, view.get(c).get("tempo").asDouble(), 1e-6 * mean, "cluster " + c);
        }
    }

    private static JsonNode reference(Path out) throws IOException, InterruptedException {
        return PythonReference.pandasJson("src/tools/pandas_cluster_profiles.py",
                List.of(out.resolve("cleaned.csv").toString(), out.resolve("assignments.csv").toString()));
    }
}
