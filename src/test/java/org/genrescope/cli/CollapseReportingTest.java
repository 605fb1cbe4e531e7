package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary and report.json say the same about how the autoencoder's training went: a collapse (the study's ReLU
 * network, seed 1986) and an under-trained net on a small file (flagged as collapsed before), with the loss's fall
 * over the last tenth of the epochs recomputed here from the report's own loss curve.
 */
class CollapseReportingTest {

    private static List<String> notes(CommandRun run) {
        return run.out().lines().filter(l -> l.startsWith("note: ")).map(l -> l.substring(6)).toList();
    }

    private static List<String> warnings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("warnings").forEach(w -> out.add(w.asText()));
        return out;
    }

    @Test
    void theStudysReluCollapseAtSeed1986IsStillFlaggedAlike(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--restarts", "2", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode ae = report.get("autoencoder");
        assertTrue(ae.get("collapsed").asBoolean(), ae.toString());
        assertTrue(ae.get("reconstructs_poorly").asBoolean());
        assertEquals(0, ae.get("dead_units").get("code").get(0).asInt(), "code unit z0 died");
        assertTrue(run.out().contains("-- COLLAPSED: these clusters are not a result (note below)"), run.out());
        String collapse = notes(run).stream().filter(n -> n.startsWith("the autoencoder collapsed: units died"))
                .findFirst().orElseThrow(() -> new AssertionError(run.out()));
        assertTrue(collapse.endsWith("Train again with another --seed, or choose --activation tanh and "
                + "--output-activation identity."), collapse);
        assertTrue(warnings(report).contains(collapse), "report.json's warning is the summary's note");
    }

    @Test
    void aSmallFileIsUnderTrainedNotCollapsedAlike(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("cluster", "--input",
                Path.of("src/test/resources/cases/umap-duplicate-points/tracks.csv").toString(), "--out",
                out.toString(), "--activation", "tanh", "--output-activation", "identity", "--k", "4",
                "--restarts", "2", "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode ae = report.get("autoencoder");
        assertFalse(ae.get("collapsed").asBoolean(), ae.toString());
        assertTrue(ae.get("reconstructs_poorly").asBoolean());
        assertEquals(0, ae.get("dead_units").get("code").size());
        JsonNode loss = ae.get("loss_per_epoch");
        assertEquals(100, loss.size());
        double drop = (loss.get(89).asDouble() - loss.get(99).asDouble()) / loss.get(89).asDouble();
        assertEquals(drop, ae.get("loss_drop_over_last_tenth").asDouble(), 1e-12);
        assertTrue(drop >= 0.01 && ae.get("loss_still_falling").asBoolean(), "drop " + drop);
        assertTrue(run.out().contains("-- loss still falling: under-trained, not collapsed (note below)"), run.out());
        assertFalse(run.out().contains("COLLAPSED"), run.out());
        String note = notes(run).stream().filter(n -> n.contains("under-trained, not collapsed")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertTrue(note.contains(String.format(java.util.Locale.ROOT, "(by %.1f %% over the last 10 epochs)",
                100 * drop)), note);
        assertTrue(note.contains("each epoch over 80 tracks is only 1 Adam step"), note);
        assertTrue(warnings(report).contains(note), "report.json's warning is the summary's note");
        assertEquals(1.0, report.get("metrics").get("vs_genre").get("adjusted_rand").asDouble(), 1e-12);
    }
}
