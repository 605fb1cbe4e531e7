package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.genrescope.testing.PythonReference;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply command (issue 12): on the data a session was fitted on it writes cluster's assignments.csv to the
 * byte; new tracks get the clusters an independent numpy computation from the session's numbers gives
 * (src/tools/apply_reference.py); a bad session or a missing column is one sentence with exit code 2.
 */
class ApplyCommandTest {
    private static final String[] FEATURES = {"acousticness", "danceability", "energy", "instrumentalness", "liveness",
        "speechiness", "tempo", "valence"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CommandRun cluster(Path input, Path out, String... settings) {
        List<String> args = new ArrayList<>(List.of("cluster", "--input", input.toString(), "--out", out.toString(),
                "--projection", "none"));
        args.addAll(List.of(settings));
        CommandRun run = CommandRun.of(args.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static CommandRun apply(Path session, Path input, Path out) {
        return CommandRun.of("apply", "--session", session.toString(), "--input", input.toString(), "--out",
                out.toString());
    }

    @Test
    void kMeansOnAnAutoencoderAppliedToItsOwnDataGivesClusterSAssignmentsToTheByte(@TempDir Path dir)
            throws IOException {
        Path fitted = dir.resolve("cluster");
        cluster(SharedData.sample(), fitted, "--epochs", "5", "--restarts", "2");
        CommandRun run = apply(fitted.resolve("session.json"), SharedData.sample(), dir.resolve("apply"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(fitted.resolve("assignments.csv")),
                Files.readString(dir.resolve("apply").resolve("assignments.csv")));
        assertFalse(run.err().contains("SHA-256"), run.err());
    }

    @Test
    void dbscanAppliedToItsOwnDataGivesClusterSAssignmentsToTheByte(@TempDir Path dir) throws IOException {
        Path fitted = dir.resolve("cluster");
        // 17 clusters and 1,010 noise tracks on the sample; 13 tracks lie within eps of core points of two clusters
        // (6 of them nearer to a core point of the cluster DBSCAN did not give them)
        cluster(SharedData.sample(), fitted, "--recipe", "plain", "--representation", "features", "--scaling",
                "standard", "--algorithm", "dbscan", "--eps", "1.0", "--min-points", "5");
        List<String> clustered = Files.readAllLines(fitted.resolve("assignments.csv"));
        Set<String> labels = new HashSet<>();
        clustered.stream().skip(1).forEach(line -> labels.add(line.split(",")[2]));
        assertTrue(labels.contains("-1") && labels.size() > 3, "noise and several clusters: " + labels);
        CommandRun run = apply(fitted.resolve("session.json"), SharedData.sample(), dir.resolve("apply"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(clustered, Files.readAllLines(dir.resolve("apply").resolve("assignments.csv")));
    }

    @Test
    void newTracksGetTheNearestCentreOfTheSavedAutoencoderSCodes(@TempDir Path dir) throws Exception {
        Path data = writeBlobs(dir.resolve("tracks.csv"), 240, 0, 12);
        Path fitted = dir.resolve("cluster");
        cluster(data, fitted, "--recipe", "plain", "--k", "3", "--restarts", "3", "--epochs", "30", "--activation",
                "tanh", "--output-activation", "identity", "--scaling", "minmax");
        Path changed = modifiedCopy(data, dir.resolve("new.csv"));
        CommandRun run = apply(fitted.resolve("session.json"), changed, dir.resolve("apply"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("is not the data the session was fitted on (its SHA-256 differs)"), run.err());
        assertLabelsAsNumpy(fitted.resolve("session.json"), changed, dir.resolve("apply"), 3);
    }

    @Test
    void newTracksGetTheClusterOfACorePointWithinEpsOrNoise(@TempDir Path dir) throws Exception {
        Path data = writeBlobs(dir.resolve("tracks.csv"), 240, 0, 21);
        Path fitted = dir.resolve("cluster");
        cluster(data, fitted, "--recipe", "plain", "--representation", "features", "--scaling", "standard",
                "--algorithm", "dbscan", "--eps", "0.6", "--min-points", "5");
        Path changed = modifiedCopy(data, dir.resolve("new.csv"));
        CommandRun run = apply(fitted.resolve("session.json"), changed, dir.resolve("apply"));
        assertEquals(0, run.exitCode(), run.err());
        List<Integer> labels = assertLabelsAsNumpy(fitted.resolve("session.json"), changed, dir.resolve("apply"), 2);
        assertTrue(labels.contains(-1), "the far tracks are noise: " + labels);
    }

    @Test
    void aFileThatIsNotAUsableSessionIsOneSentence(@TempDir Path dir) throws IOException {
        Path data = writeBlobs(dir.resolve("tracks.csv"), 60, 0, 5);
        Path notJson = Files.writeString(dir.resolve("notes.json"), "k = 8\n");
        CommandRun garbage = apply(notJson, data, dir.resolve("out"));
        assertEquals(2, garbage.exitCode());
        assertTrue(garbage.errorLine().startsWith("genrescope: --session: " + notJson
                + " is not a usable session: it is not a Genrescope session (a session is a JSON object; its first "
                + "line reads \"k = 8\")"), garbage.err());
        assertOneSentence(garbage);

        Path fitted = dir.resolve("cluster");
        cluster(data, fitted, "--recipe", "plain", "--representation", "features", "--k", "2", "--restarts", "1");
        ObjectNode session = (ObjectNode) JSON.readTree(fitted.resolve("session.json").toFile());
        session.put("schema_version", 7);
        Path newer = Files.write(dir.resolve("newer.json"), JSON.writeValueAsBytes(session));
        CommandRun tooNew = apply(newer, data, dir.resolve("out"));
        assertEquals(2, tooNew.exitCode());
        assertEquals("genrescope: --session: " + newer + " is not a usable session: it was written by a newer "
                + "Genrescope (schema version 7; this one reads up to 1).", tooNew.errorLine());
        assertOneSentence(tooNew);

        Path report = fitted.resolve("report.json");
        CommandRun notASession = apply(report, data, dir.resolve("out"));
        assertEquals(2, notASession.exitCode());
        assertEquals("genrescope: --session: " + report + " is not a usable session: it is not a Genrescope session "
                + "(no \"format\": \"genrescope-session\").", notASession.errorLine());

        session.put("schema_version", 1);
        ((ObjectNode) session.get("model").get("scaler")).put("kind", "zscore");
        Path misshapen = Files.write(dir.resolve("misshapen.json"), JSON.writeValueAsBytes(session));
        CommandRun badScaler = apply(misshapen, data, dir.resolve("out"));
        assertEquals(2, badScaler.exitCode());
        assertEquals("genrescope: --session: " + misshapen + " is not a usable session: model.scaler: the scaling "
                + "'zscore' is not one of seed, standard, minmax, none.", badScaler.errorLine());

        ((ObjectNode) session.get("model")).remove(List.of("features", "scaler", "core_points"));
        Path older = Files.write(dir.resolve("older.json"), JSON.writeValueAsBytes(session));
        CommandRun withoutModel = apply(older, data, dir.resolve("out"));
        assertEquals(2, withoutModel.exitCode());
        assertTrue(withoutModel.errorLine().startsWith("genrescope: --session: " + older
                + " cannot assign tracks: it holds no fitted model"), withoutModel.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("assignments.csv")));
    }

    @Test
    void anInputWithoutAFeatureTheModelReadsIsOneSentenceNamingFileAndColumn(@TempDir Path dir) throws IOException {
        Path data = writeBlobs(dir.resolve("tracks.csv"), 60, 0, 5);
        Path fitted = dir.resolve("cluster");
        cluster(data, fitted, "--recipe", "plain", "--representation", "features", "--k", "2", "--restarts", "1");
        List<String> lines = Files.readAllLines(data);
        List<String> withoutEnergy = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",")));
            cells.remove(3); // track_id, acousticness, danceability, energy
            withoutEnergy.add(String.join(",", cells));
        }
        Path lacking = Files.write(dir.resolve("lacking.csv"), withoutEnergy);
        CommandRun run = apply(fitted.resolve("session.json"), lacking, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.errorLine().startsWith("genrescope: " + lacking), run.err());
        assertTrue(run.errorLine().contains("energy"), run.err());
        assertOneSentence(run);
        assertFalse(Files.exists(dir.resolve("out").resolve("assignments.csv")));
    }

    @Test
    void aFeatureIsFoundByItsShortNameSoAnFmaSessionAppliesToAFlatCsv(@TempDir Path dir) throws IOException {
        Path plain = writeBlobs(dir.resolve("plain.csv"), 90, 0, 8);
        List<String> lines = new ArrayList<>(Files.readAllLines(plain));
        lines.set(0, lines.get(0).replaceAll(",(?=[a-z]+(,|$))", ",echonest.audio_features.")
                .replace("echonest.audio_features.genre", "genre"));
        assertTrue(lines.get(0).contains(",echonest.audio_features.tempo,"), lines.get(0));
        Path fmaNames = Files.write(dir.resolve("fma-names.csv"), lines);
        Path fitted = dir.resolve("cluster");
        cluster(fmaNames, fitted, "--recipe", "plain", "--representation", "features", "--k", "3", "--restarts", "2");
        CommandRun run = apply(fitted.resolve("session.json"), plain, dir.resolve("apply"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(fitted.resolve("assignments.csv")),
                Files.readString(dir.resolve("apply").resolve("assignments.csv")));
    }

    private static void assertOneSentence(CommandRun run) {
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("genrescope:")).count(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(run.errorLine().endsWith("."), run.errorLine());
    }

    /**
     * Checks apply's assignments.csv against src/tools/apply_reference.py (numpy, from the session's numbers): the
     * same ids in the input's order and the same clusters; at least {@code clusters} distinct clusters, so that a
     * constant answer cannot pass. Returns the labels.
     */
    private static List<Integer> assertLabelsAsNumpy(Path session, Path input, Path out, int clusters)
            throws Exception {
        JsonNode reference = PythonReference.pandasJson("src/tools/apply_reference.py",
                List.of(session.toString(), input.toString()));
        List<String> written = Files.readAllLines(out.resolve("assignments.csv"));
        List<String> rows = Files.readAllLines(input);
        assertEquals(rows.size(), written.size(), "one line per track");
        List<Integer> labels = new ArrayList<>();
        for (int i = 1; i < written.size(); i++) {
            String[] cells = written.get(i).split(",");
            assertEquals(rows.get(i).split(",")[0], cells[0], "track id of line " + (i + 1));
            labels.add(Integer.parseInt(cells[2]));
            assertEquals(reference.get("labels").get(i - 1).asInt(), labels.get(i - 1), "cluster of line " + (i + 1));
        }
        assertTrue(new HashSet<>(labels).stream().filter(l -> l >= 0).count() >= clusters, "clusters: " + labels);
        return labels;
    }

    /** {@code n} tracks in three blobs of the audio features (tempo in bpm), genre by blob, ids from {@code firstId}. */
    private static Path writeBlobs(Path file, int n, int firstId, long seed) throws IOException {
        Random random = new Random(seed);
        double[][] centres = {{0.2, 0.7, 0.8, 0.1, 0.2, 0.1, 0.3, 0.7}, {0.8, 0.3, 0.2, 0.8, 0.1, 0.05, 0.6, 0.2},
            {0.5, 0.5, 0.5, 0.4, 0.7, 0.5, 0.8, 0.5}};
        String[] genres = {"Pop", "Folk", "Spoken"};
        StringBuilder csv = new StringBuilder("track_id," + String.join(",", FEATURES) + ",genre\n");
        for (int i = 0; i < n; i++) {
            int blob = i % 3;
            csv.append(firstId + i);
            for (int f = 0; f < FEATURES.length; f++) {
                double v = Math.min(1, Math.max(0, centres[blob][f] + 0.06 * random.nextGaussian()));
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", f == 6 ? 60 + 140 * v : v));
            }
            csv.append(',').append(genres[blob]).append('\n');
        }
        return Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The data changed as new data would be: the first 30 tracks gone, every value moved a little, and 30 new tracks
     * (ids from 10,000), 10 of them far from every blob.
     */
    private static Path modifiedCopy(Path data, Path file) throws IOException {
        Random random = new Random(99);
        List<String> lines = Files.readAllLines(data);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(31, lines.size())) {
            String[] cells = line.split(",");
            csv.append(cells[0]);
            for (int f = 1; f <= FEATURES.length; f++) {
                double v = Double.parseDouble(cells[f]);
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", v * (1 + 0.03 * random.nextGaussian())));
            }
            csv.append(',').append(cells[FEATURES.length + 1]).append('\n');
        }
        List<String> fresh = Files.readAllLines(writeBlobs(file, 20, 10_000, 7));
        fresh.subList(1, fresh.size()).forEach(line -> csv.append(line).append('\n'));
        for (int i = 0; i < 10; i++) {
            csv.append(20_000 + i);
            for (int f = 0; f < FEATURES.length; f++) {
                double v = (i + f) % 2 == 0 ? 0.98 : 0.02;
                csv.append(',').append(f == 6 ? 60 + 140 * v : v);
            }
            csv.append(",Noise\n");
        }
        return Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }
}
