package org.genrescope.analysis.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterProfile;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.InternalScores;
import org.genrescope.analysis.Versions;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.DataCredit;
import org.genrescope.features.GroupingReport;
import org.genrescope.files.PlainJson;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.clustering.KMeansOptions;
import org.genrescope.model.embedding.AutoencoderConfig;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.DominantCluster;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.metrics.MetricValue;

/**
 * {@code report.json}: the input's provenance, what cleaning did, every setting used, versions, all
 * metrics, the clusters and the timings. Schema 1; doubles in shortest round-trip form, NaN as null.
 */
public final class ReportJson {
    public static final int SCHEMA = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private ReportJson() { }

    /** The mapper, built only for a report holding a value {@link PlainJson} does not write (none today). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Writes the report, indented as an {@code ObjectMapper} with {@code INDENT_OUTPUT} does, bytes and all. */
    public static void write(AnalysisResult result, OutputStream out) throws IOException {
        Map<String, Object> report = toMap(result);
        if (!PlainJson.isPlain(report)) {
            Mapper.MAPPER.writeValue(new NonClosing(out), report);
            return;
        }
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            PlainJson.write(report, g);
        }
    }

    /** The report as nested maps and lists, in the order it is written. */
    public static Map<String, Object> toMap(AnalysisResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("path", r.input().path().toString());
        input.put("sha256", r.input().sha256());
        input.put("format", r.input().format());
        input.put("rows_read", r.input().rowsRead());
        root.put("input", input);
        root.put("cleaning", cleaning(r.cleaning(), r.grouping()));
        root.put("data_credit", DataCredit.caption(r.tracks())); // "" when the credit is not known
        root.put("settings", settings(r));
        root.put("versions", Versions.all());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("clustering_space", internal(r.clusteringSpace(), r.config().seed()));
        metrics.put("feature_space", internal(r.featureSpace(), r.config().seed()));
        metrics.put("vs_genre", r.vsGenre() == null ? null : external(r.vsGenre()));
        root.put("metrics", metrics);
        root.put("clusters", clusters(r));
        root.put("autoencoder", r.autoencoder() == null ? null : autoencoder(r));
        root.put("projection", projection(r));
        root.put("scaling", r.scaler().describe());
        root.put("timings_ms", r.timingsMs());
        root.put("reused_stages", r.reusedStages());
        root.put("warnings", r.warnings());
        return root;
    }

    private static Map<String, Object> cleaning(CleaningReport c, GroupingReport g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows_read", c.rowsRead());
        out.put("rows_kept_after_cleaning", c.rowsKept());
        out.put("dropped", c.droppedByReason());
        out.put("imputed", c.imputedByFeature());
        out.put("genre_top_imputed", c.genreTopImputed());
        out.put("genre_counts_loaded", c.genreCountsLoaded());
        // how the file was read, so a result can be traced to the bytes: null for an FMA folder (UTF-8, commas)
        out.put("encoding", c.dialect() == null ? null : c.dialect().encodingName());
        out.put("delimiter", c.dialect() == null ? null : c.dialect().delimiterName());
        out.put("decimal_mark", c.dialect() == null ? null : c.dialect().decimalName());
        out.put("missing_by_feature", c.missingByFeature());
        out.put("synthetic", c.synthetic());
        out.put("dropped_rows", c.droppedRows());
        out.put("notes", c.notes());
        out.put("warnings", c.warnings());
        Map<String, Object> grouping = new LinkedHashMap<>();
        grouping.put("counts_before", g.countsBefore());
        grouping.put("median_count", nullIfNaN(g.medianCount()));
        grouping.put("major_genres", g.majorGenres());
        grouping.put("dropped_genres", g.droppedGenres());
        grouping.put("unknown_drop_genres", g.unknownDropGenres());
        grouping.put("reassigned", g.reassigned());
        grouping.put("dropped_unlabelled", g.droppedUnlabelled());
        grouping.put("counts_after", g.countsAfter());
        grouping.put("notes", g.notes());
        out.put("grouping", grouping);
        return out;
    }

    /**
     * The settings block of a run of {@code ran}, derived from the settings' descriptions: each setting that took
     * part under its own key (the autoencoder's nested), and the choices the run made that no setting changes
     * (K-Means' iterations and tolerance, the autoencoder's optimiser, loss and initialisation, the silhouette's
     * sample size). The seed is always written.
     */
    public static Map<String, Object> settings(AnalysisConfig ran) {
        Map<String, Object> out = AnalysisConfig.SCHEMA.toReport(ran);
        if (out.get("autoencoder") instanceof Map<?, ?> ae) {
            Map<String, Object> withFixed = new LinkedHashMap<>();
            ae.forEach((k, v) -> withFixed.put((String) k, v));
            withFixed.putAll(AutoencoderConfig.FIXED);
            out.put("autoencoder", withFixed);
        }
        if (ran.algorithm() == ClusteringAlgorithm.KMEANS) {
            KMeansOptions options = ran.kmeansOptions(1);
            out.put("kmeans_max_iterations", options.maxIterations());
            out.put("kmeans_tolerance", options.tolerance());
        }
        out.put("silhouette_max_points", InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS);
        out.put("seed", ran.seed());
        return out;
    }

    /** As {@link #settings(AnalysisConfig)}, with the features as the data named them, in the order used. */
    private static Map<String, Object> settings(AnalysisResult r) {
        Map<String, Object> out = settings(r.config());
        out.put("features", r.tracks().featureNames());
        out.putIfAbsent("latent", r.representation().columns()); // the clustered space's width, also for features
        return out;
    }

    /** {@code seed} drew the silhouette's sample when there is one (ADR 0015: a sampled number says so). */
    private static Map<String, Object> internal(InternalScores s, long seed) {
        Map<String, Object> out = new LinkedHashMap<>();
        metric(out, "davies_bouldin", s.daviesBouldinMetric());
        metric(out, "calinski_harabasz", s.calinskiHarabaszMetric());
        metric(out, "silhouette", s.silhouetteMetric());
        out.put("silhouette_points", s.silhouettePoints());
        out.put("silhouette_sampled", s.silhouetteSampled());
        out.put("silhouette_sample_seed", s.silhouetteSampled() ? seed : null);
        out.put("points_scored", s.pointsScored());
        return out;
    }

    /**
     * A metric under its key: the number, or null with {@code <key>_undefined} giving the reason beside it; a
     * degenerate value also gets {@code <key>_warning}.
     */
    static void metric(Map<String, Object> out, String key, MetricValue value) {
        out.put(key, value.isDefined() ? value.value() : null);
        if (!value.isDefined()) {
            out.put(key + "_undefined", value.undefinedReason());
        }
        value.warningIfAny().ifPresent(w -> out.put(key + "_warning", w));
    }

    private static Map<String, Object> external(ExternalScores e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("adjusted_rand", nullIfNaN(e.adjustedRand()));
        out.put("normalized_mutual_info", nullIfNaN(e.normalizedMutualInfo()));
        out.put("adjusted_mutual_info", nullIfNaN(e.adjustedMutualInfo()));
        out.put("homogeneity", nullIfNaN(e.homogeneity()));
        out.put("completeness", nullIfNaN(e.completeness()));
        out.put("v_measure", nullIfNaN(e.vMeasure()));
        out.put("fowlkes_mallows", nullIfNaN(e.fowlkesMallows()));
        out.put("purity", nullIfNaN(e.purity()));
        return out;
    }

    private static Map<String, Object> autoencoder(AnalysisResult r) {
        TrainedAutoencoder a = r.autoencoder();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loss_per_epoch", finiteOrNull(a.lossPerEpoch()));
        out.put("validation_loss_per_epoch", a.config().validates() ? finiteOrNull(a.validationLossPerEpoch()) : null);
        out.put("reconstruction_mse", nullIfNaN(a.reconstructionMse()));
        out.put("baseline_mse", nullIfNaN(a.baselineMse()));
        out.put("epochs_run", a.epochsRun());
        out.put("collapsed", a.collapsed());
        out.put("reconstructs_poorly", a.reconstructsPoorly());
        out.put("loss_drop_over_last_tenth", nullIfNaN(a.lossDropOverLastTenth()));
        out.put("loss_still_falling", a.lossStillFalling());
        Map<String, Object> dead = new LinkedHashMap<>();
        dead.put("code", a.deadUnits().code());
        dead.put("output", a.deadUnits().output());
        out.put("dead_units", dead);
        out.put("decoded_centroids", modelView(r));
        if (r.modelCentroids() == null) {
            out.put("decoded_centroids_undefined", MODEL_VIEW_NOT_INVERTIBLE);
        }
        return out;
    }

    /**
     * Each cluster's members in original feature units (from the raw values): size, then {feature: value} maps of
     * the mean, the 25 % quantile, the median and the 75 % quantile; a cluster K-Means left empty has size 0 and
     * null statistics.
     */
    private static List<Map<String, Object>> memberProfiles(AnalysisResult r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ClusterProfile p : r.profiles()) {
            Map<String, Object> cluster = new LinkedHashMap<>();
            cluster.put("cluster", p.cluster());
            cluster.put("tracks", p.size());
            cluster.put("mean", p.size() == 0 ? null : byFeature(p, ClusterProfile.Stats::mean));
            cluster.put("q1", p.size() == 0 ? null : byFeature(p, ClusterProfile.Stats::q1));
            cluster.put("median", p.size() == 0 ? null : byFeature(p, ClusterProfile.Stats::median));
            cluster.put("q3", p.size() == 0 ? null : byFeature(p, ClusterProfile.Stats::q3));
            out.add(cluster);
        }
        return out;
    }

    private static Map<String, Double> byFeature(ClusterProfile p, java.util.function.ToDoubleFunction<ClusterProfile.Stats> stat) {
        Map<String, Double> row = new LinkedHashMap<>();
        for (ClusterProfile.Stats s : p.features()) {
            row.put(shortName(s.feature()), nullIfNaN(stat.applyAsDouble(s)));
        }
        return row;
    }

    /**
     * The model's view: each cluster's decoded centre as {feature: value} by cluster, or null where the scaling
     * cannot be inverted (then {@link #MODEL_VIEW_NOT_INVERTIBLE} says why beside it).
     */
    private static List<Map<String, Double>> modelView(AnalysisResult r) {
        double[] c = r.modelCentroids();
        if (c == null) {
            return null;
        }
        List<String> names = r.tracks().featureNames();
        int d = names.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (int k = 0; k < c.length / d; k++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int j = 0; j < d; j++) {
                row.put(shortName(names.get(j)), nullIfNaN(c[k * d + j]));
            }
            out.add(row);
        }
        return out;
    }

    /** Why a report has no model view of the centres. */
    public static final String MODEL_VIEW_NOT_INVERTIBLE = "the scaling cannot be inverted (the seed scaling scales "
            + "every track to unit length), so a decoded centre is not a point in original units; see "
            + "profiles_in_feature_units for what the clusters hold";

    private static String shortName(String feature) {
        return feature.substring(feature.lastIndexOf('.') + 1);
    }

    private static Map<String, Object> projection(AnalysisResult r) {
        if (r.projection() == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", r.projection().method());
        out.put("points", r.projection().size());
        out.put("approximated_points", r.projection().approximatedCount());
        out.put("iterations", r.projection().iterations());
        out.put("kl_divergence", nullIfNaN(r.projection().klDivergence()));
        return out;
    }

    private static List<Double> finiteOrNull(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(nullIfNaN(v));
        }
        return out;
    }

    private static Map<String, Object> clusters(AnalysisResult r) {
        Clustering c = r.clustering();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int[] clusterSizes = c.clusterSizes();
        for (int j = 0; j < clusterSizes.length; j++) {
            sizes.put(Integer.toString(j), clusterSizes[j]);
        }
        out.put("count", c.clusterCount());
        out.put("sizes", sizes);
        out.put("noise", c.noiseCount());
        out.put("inertia", nullIfNaN(c.inertiaOrNaN()));
        out.put("centroids", c.hasCentroids() ? rows(c.centroidsOrNull(), r.representation().columns()) : null);
        out.put("non_empty", c.nonEmptyClusterCount());
        out.put("profiles_in_feature_units", memberProfiles(r));
        out.put("explained", ExplanationsJson.of(org.genrescope.analysis.ClusterExplanations.of(r)));
        out.put("model_view_centres_in_feature_units", modelView(r));
        if (r.modelCentroids() == null) {
            out.put("model_view_centres_in_feature_units_undefined", MODEL_VIEW_NOT_INVERTIBLE);
        }
        ContingencyTable t = r.contingency();
        if (t == null) {
            out.put("contingency", null);
            out.put("genre_to_cluster", null);
            return out;
        }
        Map<String, Object> contingency = new LinkedHashMap<>();
        List<String> genres = new ArrayList<>();
        for (int code : t.truthClasses()) {
            genres.add(r.genreNames().get(code));
        }
        contingency.put("genres", genres);
        contingency.put("clusters", t.clusters());
        contingency.put("counts", t.toArray());
        out.put("contingency", contingency);
        Map<String, Object> genreToCluster = new LinkedHashMap<>();
        for (DominantCluster dc : t.dominantClusters()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cluster", dc.cluster());
            entry.put("tracks", dc.classSize());
            entry.put("tracks_in_cluster", dc.membersInCluster());
            genreToCluster.put(r.genreNames().get(dc.truthClass()), entry);
        }
        out.put("genre_to_cluster", genreToCluster);
        return out;
    }

    private static double[][] rows(double[] flat, int d) {
        double[][] out = new double[flat.length / d][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * d, (i + 1) * d);
        }
        return out;
    }

    private static Double nullIfNaN(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Jackson closes the stream it writes to; the atomic writer owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
