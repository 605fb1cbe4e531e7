package org.genrescope.analysis.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genrescope.analysis.StabilityRun;
import org.genrescope.analysis.StabilitySummary;
import org.genrescope.data.CsvText;
import org.genrescope.data.TrackTable;
import org.genrescope.files.AtomicFiles;
import org.genrescope.task.CancellationToken;

/**
 * Writes a stability study's files into a folder as one {@link AtomicFiles.Batch}, {@value #SUMMARY} last (as
 * {@link ResultWriters} does): {@value #PER_SEED} (one row per seed: {@code seed,collapsed}, then every metric by its
 * report.json key, empty where undefined), {@value #TRACKS} ({@code track_id,genre,cluster,distinct_clusters,
 * modal_share}, then each seed's matched cluster as {@code seed_S}, or {@code seed_S_collapsed}; one row per track in
 * input order) and {@value #SUMMARY}.
 */
public final class StabilityWriters {
    public static final String PER_SEED = "stability.csv";
    public static final String TRACKS = "stability-tracks.csv";
    public static final String SUMMARY = "stability.json";
    public static final int SCHEMA = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false); // the batch owns it

    private StabilityWriters() { }

    /**
     * Writes the three files into {@code folder} (created if needed).
     *
     * @throws IOException when a file cannot be written; no file is then changed, unless a rename itself failed
     * @throws org.genrescope.task.CancelledException when cancelled before the renames; no file is then changed
     */
    public static void writeAll(StabilityRun.Outcome outcome, Path folder, CancellationToken cancel) throws IOException {
        writeAll(outcome, folder, cancel, batch -> { });
    }

    /** Files written by someone else into the same batch as the stability files. */
    @FunctionalInterface
    public interface MoreFiles {
        /** Creates and writes its files in {@code batch}, without committing it. */
        void writeInto(AtomicFiles.Batch batch) throws IOException;
    }

    /**
     * As {@link #writeAll(StabilityRun.Outcome, Path, CancellationToken)}, with {@code more} files (the command's
     * split tree) in the same batch, before {@value #SUMMARY}: all of them appear, or none.
     */
    public static void writeAll(StabilityRun.Outcome outcome, Path folder, CancellationToken cancel, MoreFiles more)
            throws IOException {
        Files.createDirectories(folder);
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            Writer perSeed = text(batch, folder.resolve(PER_SEED));
            perSeed(outcome.summary(), perSeed);
            perSeed.flush();
            cancel.throwIfCancelled();
            Writer tracks = text(batch, folder.resolve(TRACKS));
            tracks(outcome, tracks);
            tracks.flush();
            cancel.throwIfCancelled();
            more.writeInto(batch);
            cancel.throwIfCancelled();
            Writer summary = text(batch, folder.resolve(SUMMARY)); // created last, so renamed last
            MAPPER.writeValue(summary, toMap(outcome));
            summary.flush();
            cancel.throwIfCancelled();
            batch.commit();
        }
    }

    static void perSeed(StabilitySummary s, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("seed,collapsed");
        s.metricKeys().forEach(key -> line.append(',').append(key));
        out.write(line.append('\n').toString());
        for (StabilitySummary.Run run : s.runs()) {
            line.setLength(0);
            line.append(run.seed()).append(',').append(run.collapsed());
            for (String key : s.metricKeys()) {
                Double v = run.metrics().get(key);
                line.append(',').append(v == null || !Double.isFinite(v) ? "" : Numbers.shortest(v));
            }
            out.write(line.append('\n').toString());
        }
    }

    static void tracks(StabilityRun.Outcome outcome, Writer out) throws IOException {
        StabilitySummary s = outcome.summary();
        TrackTable t = outcome.tracks();
        StringBuilder line = new StringBuilder("track_id,genre,cluster,distinct_clusters,modal_share");
        List<int[]> matched = new ArrayList<>();
        for (int r = 0; r < s.runs().size(); r++) {
            StabilitySummary.Run run = s.runs().get(r);
            line.append(",seed_").append(run.seed()).append(run.collapsed() ? "_collapsed" : "");
            matched.add(s.matchedLabels(r));
        }
        out.write(line.append('\n').toString());
        for (int i = 0; i < s.tracks(); i++) {
            line.setLength(0);
            CsvText.appendField(line, t.idText(i));
            line.append(',');
            String genre = t.genres()[i];
            if (genre != null) {
                CsvText.appendField(line, CsvText.formulaSafe(genre));
            }
            boolean any = s.distinctClusters(i) > 0;
            line.append(',').append(any ? Integer.toString(s.modalCluster(i)) : "")
                    .append(',').append(s.distinctClusters(i))
                    .append(',').append(any ? Numbers.shortest(s.modalShare(i)) : "");
            for (int[] labels : matched) {
                line.append(',').append(labels[i]);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** The summary as nested maps and lists, in the order written. */
    public static Map<String, Object> toMap(StabilityRun.Outcome outcome) {
        StabilitySummary s = outcome.summary();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("path", outcome.input().path().toString());
        input.put("sha256", outcome.input().sha256());
        root.put("input", input);
        Map<String, Object> settings = ReportJson.settings(outcome.config());
        settings.remove("seed");
        root.put("settings", settings);
        root.put("seeds", s.runs().stream().map(StabilitySummary.Run::seed).toList());
        root.put("runs", s.runs().size());
        root.put("runs_kept", s.keptSeeds().size());
        root.put("collapsed_seeds", s.collapsedSeeds());
        root.put("collapsed_note", collapsedNote(s));
        root.put("reference_seed", s.referenceSeed());
        root.put("cluster_numbers", "each run's clusters are renumbered to agree with the reference seed's "
                + "(Hungarian assignment on their contingency table), here and in " + TRACKS);
        Map<String, Object> metrics = new LinkedHashMap<>();
        s.metrics().forEach((key, stats) -> metrics.put(key, stats(stats)));
        root.put("metrics", metrics);
        root.put("pairwise_ari", pairwiseAri(s));
        root.put("tracks", trackFigures(s));
        root.put("least_stable_tracks", leastStable(outcome));
        root.put("notes", outcome.notes());
        return root;
    }

    /** What collapsed and that it is left out, in one sentence; "no run collapsed" when none did. */
    public static String collapsedNote(StabilitySummary s) {
        List<Long> collapsed = s.collapsedSeeds();
        if (collapsed.isEmpty()) {
            return "no run collapsed";
        }
        if (s.keptSeeds().isEmpty()) {
            return "every run collapsed (seeds " + collapsed + "): there is no result to summarise; train with "
                    + "another activation or other seeds";
        }
        return collapsed.size() + " of " + s.runs().size() + " runs collapsed (seed" + (collapsed.size() == 1 ? " " : "s ")
                + join(collapsed) + "); they are in " + PER_SEED + " and left out of every mean, standard deviation, "
                + "range, the pairwise ARI and the track figures";
    }

    private static String join(List<Long> seeds) {
        return String.join(", ", seeds.stream().map(String::valueOf).toList());
    }

    private static Map<String, Object> stats(StabilitySummary.MetricStats m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", m.n());
        out.put("mean", finite(m.mean()));
        out.put("sd", finite(m.sd()));
        if (m.n() < 2) {
            out.put("sd_undefined", m.n() == 0 ? "defined in no run kept" : "defined in one run kept only");
        }
        out.put("min", finite(m.min()));
        out.put("max", finite(m.max()));
        if (m.n() == 0) {
            out.put("mean_undefined", "defined in no run kept");
        }
        return out;
    }

    private static Map<String, Object> pairwiseAri(StabilitySummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seeds", s.keptSeeds());
        out.put("matrix", s.pairwiseAri());
        out.put("mean", finite(s.meanPairwiseAri()));
        if (s.keptSeeds().size() < 2) {
            out.put("mean_undefined", "fewer than two runs kept");
        }
        return out;
    }

    private static Map<String, Object> trackFigures(StabilitySummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", s.tracks());
        out.put("always_same_cluster_share", finite(s.shareOfTracksAlwaysTogether()));
        out.put("mean_modal_share", finite(s.meanModalShare()));
        Map<String, Integer> byDistinct = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a),
                Integer.parseInt(b)));
        for (int i = 0; i < s.tracks(); i++) {
            byDistinct.merge(Integer.toString(s.distinctClusters(i)), 1, Integer::sum);
        }
        out.put("tracks_by_distinct_clusters", byDistinct);
        out.put("per_track", TRACKS);
        return out;
    }

    private static List<Map<String, Object>> leastStable(StabilityRun.Outcome outcome) {
        StabilitySummary s = outcome.summary();
        TrackTable t = outcome.tracks();
        List<int[]> matched = new ArrayList<>();
        for (int r = 0; r < s.runs().size(); r++) {
            matched.add(s.matchedLabels(r));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i : s.leastStableTracks()) {
            Map<String, Object> track = new LinkedHashMap<>();
            track.put("track_id", t.idText(i));
            if (t.title(i) != null) {
                track.put("title", t.title(i));
            }
            if (t.artist(i) != null) {
                track.put("artist", t.artist(i));
            }
            track.put("genre", t.genres()[i]);
            track.put("distinct_clusters", s.distinctClusters(i));
            track.put("modal_cluster", s.modalCluster(i));
            track.put("modal_share", s.modalShare(i));
            Map<String, Integer> bySeed = new LinkedHashMap<>();
            for (int r = 0; r < s.runs().size(); r++) {
                if (!s.runs().get(r).collapsed()) {
                    bySeed.put(Long.toString(s.runs().get(r).seed()), matched.get(r)[i]);
                }
            }
            track.put("cluster_by_seed", bySeed);
            out.add(track);
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Writer text(AtomicFiles.Batch batch, Path target) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(batch.create(target), StandardCharsets.UTF_8), 1 << 16);
    }
}
