package org.genrescope.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.embedding.Activation;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.model.projection.Projection2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session file: exact round trip, a size bound, and a file that cannot be used read as none, with a note. */
class SessionFileTest {
    private static final String SHA = "ab".repeat(32);
    /** Doubles whose text is easy to get wrong: they must come back with the same bits. */
    private static final double[] AWKWARD = {0.1 + 0.2, -0.0, Double.MIN_VALUE, 1e-320, Double.MAX_VALUE, 1.0 / 3,
        -123456.789e-5, 5e-324};

    @TempDir
    Path dir;

    /** A session of 3 tracks with a 2-1-2 network, a projection and a k sweep, by hand. */
    private static Session session() {
        AnalysisConfig config = Recipe.SEED.config(Path.of("/data/fma_metadata")).with("latent", 1)
                .with("projection", ProjectionMethod.UMAP);
        TrainedAutoencoder.Weights w = new TrainedAutoencoder.Weights(new int[] {2, 1, 2}, 0,
                List.of(Activation.TANH, Activation.IDENTITY), new double[][] {{AWKWARD[0], AWKWARD[1]}, {AWKWARD[2],
                    AWKWARD[3]}}, new double[][] {{AWKWARD[4]}, {AWKWARD[5], AWKWARD[6]}}, new double[] {0.5, 0.25},
                new double[0], 2);
        Projection2D p = new Projection2D(new double[] {1, 2, 3, 4, AWKWARD[7], -1}, new boolean[] {false, true, false},
                "umap", Double.NaN, 200);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("feature_space.silhouette", AWKWARD[0]);
        metrics.put("feature_space.calinski_harabasz", null);
        ResultSummary summary = new ResultSummary(2, List.of(2, 1), 0, metrics);
        Map<Integer, Clustering> sweep = Map.of(2, new Clustering(new int[] {0, 0, 1}, 2, new double[] {0.5, 2}, 0.25, 0));
        return new Session(Instant.parse("2026-11-29T12:00:00Z"), "1.0-test", 3, summary,
                new Pipeline.Saved(SHA, config, w, sweep.get(2), p, List.of("umap embedded 1 point approximately")), sweep);
    }

    @Test
    void everyFieldComesBackExactly() throws Exception {
        Session s = session();
        Path file = dir.resolve("s.genrescope");
        SessionFile.write(file, s);
        SessionFile.Read r = SessionFile.read(file);
        assertEquals("", r.note());
        Session back = r.session();
        assertEquals(s.savedAt(), back.savedAt());
        assertEquals(s.version(), back.version());
        assertEquals(s.config(), back.config());
        assertEquals(SHA, back.inputSha256());
        assertEquals(s.summary(), back.summary());
        TrainedAutoencoder.Weights w = s.stages().autoencoder();
        TrainedAutoencoder.Weights wb = back.stages().autoencoder();
        assertArrayEquals(w.widths(), wb.widths());
        assertEquals(w.activations(), wb.activations());
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(w.weights()[l], wb.weights()[l], 0.0);
            assertArrayEquals(w.biases()[l], wb.biases()[l], 0.0);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(wb.weights()[0][1]), "-0.0 kept");
        assertArrayEquals(w.lossPerEpoch(), wb.lossPerEpoch(), 0.0);
        assertEquals(2, wb.keptEpoch());
        assertEquals(s.stages().projection(), back.stages().projection());
        assertEquals(s.stages().clustering(), back.stages().clustering());
        assertEquals(s.stages().projectionWarnings(), back.stages().projectionWarnings());
        assertEquals(s.sweep(), back.sweep().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue)));
        assertArrayEquals(new int[] {0, 0, 1}, back.sweep().get(2).labels());
        assertTrue(Files.readString(file).contains("\"schema_version\":1"), "plain JSON with its version");
    }

    @Test
    void aSessionAboveTheLimitLeavesOutItsSweepThenItsProjection() throws Exception {
        Path file = dir.resolve("s.genrescope");
        long full = SessionFile.write(file, session());
        long withoutSweep = SessionFile.write(file, session(), full - 1);
        assertNotNull(SessionFile.read(file).session().stages().projection());
        assertTrue(SessionFile.read(file).session().sweep().isEmpty());
        SessionFile.write(file, session(), withoutSweep - 1);
        Session back = SessionFile.read(file).session();
        assertNull(back.stages().projection());
        assertNotNull(back.stages().autoencoder(), "the model always stays");
        assertNotNull(back.stages().clustering(), "and the clustering shown");
    }

    @Test
    void noFileIsNoSessionAndNothingToSay() {
        SessionFile.Read r = SessionFile.read(dir.resolve("none.genrescope"));
        assertNull(r.session());
        assertEquals("", r.note());
    }

    private SessionFile.Read readText(String text) throws Exception {
        Path file = dir.resolve("bad.genrescope");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SessionFile.read(file);
    }

    private String written() {
        return new String(SessionJson.write(session()), StandardCharsets.UTF_8);
    }

    private void assertUnusable(SessionFile.Read r, String why) {
        assertNull(r.session());
        assertTrue(r.note().startsWith("The last session ("), r.note());
        assertTrue(r.note().contains(why), r.note());
        assertTrue(r.note().endsWith("; everything is computed afresh."), r.note());
        assertEquals(-1, r.note().indexOf('\n'), "one line");
    }

    @Test
    void aCorruptFileIsIgnoredWithANote() throws Exception {
        String json = written();
        assertUnusable(readText(json.substring(0, json.length() / 2)), "it is not valid JSON (it ends at line 1, "
                + "column " + (json.length() / 2 + 1) + " before its last closing bracket: the file is cut off)");
        assertUnusable(readText("{\"format\": genrescope}"), "it is not valid JSON (line 1, column 12: Unrecognized "
                + "token 'genrescope': was expecting");
        assertUnusable(readText(""), "not a Genrescope session");
        assertUnusable(readText("[1, 2]"), "not a Genrescope session");
        assertUnusable(readText("track_id,acousticness,danceability,energy\n1,0.1,0.2,0.3\n"), "it is not a Genrescope "
                + "session (a session is a JSON object; its first line reads \"track_id,acousticness,danceability,"
                + "energy\", a data table's header: open it as data instead)");
        assertUnusable(readText("{\"format\": \"something-else\"}"), "not a Genrescope session");
        assertUnusable(readText(json.replace("\"sha256\":\"" + SHA + "\"", "\"sha256\":\"xyz\"")), "SHA-256");
        assertUnusable(readText(json.replace("\"labels\":[0,0,1]", "\"labels\":[0,7,1]")), "label 7 of 2 clusters");
        assertUnusable(readText(json.replace("\"clustering\":{\"clusters\":2", "\"clustering\":{\"clusters\":-2")),
                "label 0 of -2 clusters");
        assertUnusable(readText(json.replace("\"labels\":[0,0,1]", "\"labels\":[0,0]")), "labels 2 of 3 tracks");
        assertUnusable(readText(json.replace("\"activation\":\"TANH\"", "\"activation\":\"SWISH\"")), "SWISH");
        assertUnusable(readText(json.replace("\"latent\":\"1\"", "\"latent\":\"-3\"")), "--latent");
        assertUnusable(readText(json.replace("\"saved_at\":\"2026-11-29T12:00:00Z\"", "\"saved_at\":\"yesterday\"")),
                "saved_at");
        assertUnusable(readText(json.replace("\"xy\":[1.0,2.0", "\"xy\":[\"a\",2.0")), "not a number");
    }

    @Test
    void aNewerSchemaIsNotReadButNamed() throws Exception {
        assertUnusable(readText(written().replace("\"schema_version\":1", "\"schema_version\":2")),
                "written by a newer Genrescope (schema version 2; this one reads up to 1)");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws Exception {
        Path file = dir.resolve("huge.genrescope");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(SessionFile.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertUnusable(SessionFile.read(file), "more than the 64 MB a session may be");
    }

    @Test
    void weightsThatDoNotFormTheNetworkAreRefusedWhenRestored() {
        TrainedAutoencoder.Weights w = session().stages().autoencoder();
        var config = session().config().autoencoderConfig();
        double[] x = {0, 1, 1, 0, 0.5, 0.5};
        assertEquals(1, TrainedAutoencoder.restore(config, w, x, 3).latentSize());
        TrainedAutoencoder.Weights badShape = new TrainedAutoencoder.Weights(new int[] {2, 1, 2}, 0, w.activations(),
                new double[][] {{1}, {1, 2}}, w.biases(), w.lossPerEpoch(), w.validationLossPerEpoch(), 2);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainedAutoencoder.restore(config, badShape, x, 3));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainedAutoencoder.restore(config.withSeed(1).withEpochs(3), w, new double[] {1, 2, 3}, 1),
                "x of 3 features for a 2-feature network");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TrainedAutoencoder.restore(
                new org.genrescope.model.embedding.AutoencoderConfig(2, config.training(), 1), w, x, 3),
                "a code of 1 is not the latent size 2");
    }

    /**
     * How the window showed the result (colour by genre, the selected tracks' ids) comes back; a session without it
     * (written before, or by the command line) reads as coloured by cluster with nothing selected; a misshapen one is
     * refused like any misshapen field.
     */
    @Test
    void theWindowsViewComesBackAndAnOlderSessionHasNone() throws Exception {
        Session s = session().withView(new SessionView(true, java.util.List.of("7", "abc")));
        Path file = dir.resolve("v.genrescope");
        SessionFile.write(file, s);
        assertEquals(s.view(), SessionFile.read(file).session().view());
        assertEquals(SessionView.NONE, SessionFile.read(write(session())).session().view(), "none kept: none written");
        assertFalse(written().contains("\"view\""), "the command line's session.json stays as it was");
        String json = new String(SessionJson.write(s), StandardCharsets.UTF_8);
        assertUnusable(readText(json.replace("\"colour_by\":\"genre\"", "\"colour_by\":\"mood\"")), "view.colour_by");
        assertUnusable(readText(json.replace("[\"7\",\"abc\"]", "[7,\"abc\"]")), "view.selected_tracks holds 7");
        assertUnusable(readText(json.replace("[\"7\",\"abc\"]", "[\"1\",\"2\",\"3\",\"4\"]")),
                "at most 3 track ids");
        // the select mode (session 14): box unless lasso was chosen; a view written before it selects with a box
        assertTrue(json.contains("\"select_mode\":\"box\""), json);
        Session lasso = session().withView(new SessionView(false, java.util.List.of(), true));
        assertEquals(lasso.view(), SessionFile.read(write(lasso)).session().view());
        assertTrue(SessionFile.read(write(lasso)).session().view().lassoSelect());
        assertEquals(s.view(), readText(json.replace(",\"select_mode\":\"box\"", "")).session().view());
        assertUnusable(readText(json.replace("\"select_mode\":\"box\"", "\"select_mode\":\"circle\"")),
                "view.select_mode is \"circle\"");
    }

    private Path write(Session s) throws Exception {
        Path file = dir.resolve("plain.genrescope");
        SessionFile.write(file, s);
        return file;
    }
}
