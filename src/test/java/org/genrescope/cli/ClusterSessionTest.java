package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.Versions;
import org.genrescope.features.FittedScaler;
import org.genrescope.session.Session;
import org.genrescope.session.SessionJson;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster command's session.json (issue 12) reads back and holds this run: data, settings, clusters, model. */
class ClusterSessionTest {

    @Test
    void sessionJsonReadsBackAndMatchesTheReportAndTheAssignments(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--restarts", "2", "--recipe", "plain", "--representation", "features", "--scaling", "standard",
                "--projection", "none", "--cleaned-csv");
        assertEquals(0, run.exitCode(), run.err());
        Session session = SessionJson.read(Files.readAllBytes(out.resolve("session.json")));
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> assignments = Files.readAllLines(out.resolve("assignments.csv"));

        assertEquals(report.get("input").get("sha256").asText(), session.inputSha256());
        assertEquals(assignments.size() - 1, session.rows());
        assertEquals(2, session.config().restarts());
        assertEquals("features", session.config().representation().id());
        assertEquals(Versions.app(), session.versions().get("app"));
        assertEquals(Versions.all().get("smile"), session.versions().get("smile"));

        int[] labels = session.stages().clustering().labels();
        for (int i = 1; i < assignments.size(); i++) {
            assertEquals(Integer.parseInt(assignments.get(i).split(",")[2]), labels[i - 1], "line " + (i + 1));
        }
        JsonNode sizes = report.get("clusters").get("sizes");
        for (int c = 0; c < session.summary().clusterSizes().size(); c++) {
            assertEquals(sizes.get(Integer.toString(c)).asInt(), session.summary().clusterSizes().get(c));
        }
        // the centres apply assigns by are the report's centroids, to the last digit
        double[] centres = session.stages().clustering().centroidsOrNull();
        JsonNode reported = report.get("clusters").get("centroids");
        int width = reported.get(0).size();
        for (int c = 0; c < reported.size(); c++) {
            for (int f = 0; f < width; f++) {
                assertEquals(reported.get(c).get(f).asDouble(), centres[c * width + f], "centroid " + c + ", " + f);
            }
        }
        assertNull(session.model().corePoints(), "K-Means keeps no core points");

        // the saved scaler, restored, maps cleaned.csv's raw features to the z columns cluster wrote (features are
        // the clustered representation here), bit for bit
        List<String> features = session.model().features();
        assertEquals(8, features.size());
        FittedScaler scaler = session.model().scaler().restore(features.size());
        List<String> cleaned = Files.readAllLines(out.resolve("cleaned.csv"));
        List<String> header = List.of(cleaned.get(0).split(","));
        List<Integer> columns = new ArrayList<>();
        for (String f : features) {
            columns.add(header.indexOf(f));
        }
        for (int i = 1; i < cleaned.size(); i += 97) {
            String[] cells = splitCsv(cleaned.get(i));
            double[] row = new double[features.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = Double.parseDouble(cells[cells.length - header.size() + columns.get(j)]);
            }
            scaler.transformRow(row);
            String[] z = assignments.get(i).split(",");
            for (int j = 0; j < row.length; j++) {
                assertEquals(Double.parseDouble(z[3 + j]), row[j], "track line " + (i + 1) + ", " + features.get(j));
            }
        }
        // and the report's standard-scaling parameters are the saved ones
        double[] offset = session.model().scaler().get("offset_in_units");
        for (int j = 0; j < offset.length; j++) {
            assertEquals(report.get("scaling").get("offset").get(j).asDouble(), offset[j]);
        }
    }

    @Test
    void anAutoencoderSessionKeepsItsWeights(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--restarts", "2", "--epochs", "5", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        Session session = SessionJson.read(Files.readAllBytes(out.resolve("session.json")));
        assertNotNull(session.stages().autoencoder());
        assertEquals(session.model().features().size(), session.stages().autoencoder().widths()[0]);
        assertEquals("seed", session.model().scaler().kind());
        assertArrayEquals(new double[] {5}, new double[] {session.stages().autoencoder().lossPerEpoch().length});
    }

    /** Splits a cleaned.csv line whose quoted cells (titles, albums) may hold commas; numbers are never quoted. */
    private static String[] splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(new String[0]);
    }
}
