package org.genrescope.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.model.metrics.MetricValue;

/**
 * The metrics one run contributes to a {@link Comparison}, under the names of report.json: the internal scores in
 * the run's own clustered space ({@code own_*}), the same clusters scored in the common space of the scaled
 * features ({@code common_*}, comparable across methods), the agreement with the genres ({@code genre_*}), and the
 * clusters' count, noise, DBSCAN's eps (chosen per code by {@link org.genrescope.model.clustering.DbscanEps}), inertia
 * and (for the autoencoder) the reconstruction error.
 */
public final class ComparisonMetrics {
    /** Every metric's name, in column order. */
    public static final List<String> NAMES = List.of(
            "own_davies_bouldin", "own_calinski_harabasz", "own_silhouette",
            "common_davies_bouldin", "common_calinski_harabasz", "common_silhouette",
            "genre_adjusted_rand", "genre_normalized_mutual_info", "genre_adjusted_mutual_info", "genre_homogeneity",
            "genre_completeness", "genre_v_measure", "genre_fowlkes_mallows", "genre_purity",
            "clusters_non_empty", "noise", "dbscan_eps", "inertia", "reconstruction_mse");

    private ComparisonMetrics() { }

    /** The metrics of one result, every name of {@link #NAMES} present (undefined where the run has none). */
    public static Map<String, MetricValue> of(AnalysisResult r) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        internal(out, "own_", r.clusteringSpace());
        internal(out, "common_", r.featureSpace());
        ExternalScores g = r.vsGenre();
        out.put("genre_adjusted_rand", external(g, g == null ? 0 : g.adjustedRand()));
        out.put("genre_normalized_mutual_info", external(g, g == null ? 0 : g.normalizedMutualInfo()));
        out.put("genre_adjusted_mutual_info", external(g, g == null ? 0 : g.adjustedMutualInfo()));
        out.put("genre_homogeneity", external(g, g == null ? 0 : g.homogeneity()));
        out.put("genre_completeness", external(g, g == null ? 0 : g.completeness()));
        out.put("genre_v_measure", external(g, g == null ? 0 : g.vMeasure()));
        out.put("genre_fowlkes_mallows", external(g, g == null ? 0 : g.fowlkesMallows()));
        out.put("genre_purity", external(g, g == null ? 0 : g.purity()));
        out.put("clusters_non_empty", MetricValue.of(r.clustering().nonEmptyClusterCount()));
        out.put("noise", MetricValue.of(r.clustering().noiseCount()));
        out.put("dbscan_eps", r.config().algorithm() == ClusteringAlgorithm.DBSCAN ? MetricValue.of(r.config().eps())
                : MetricValue.undefined("K-Means has no eps"));
        double inertia = r.clustering().inertiaOrNaN();
        out.put("inertia", Double.isFinite(inertia) ? MetricValue.of(inertia)
                : MetricValue.undefined("DBSCAN has no centroids"));
        out.put("reconstruction_mse", r.autoencoder() == null ? MetricValue.undefined("no autoencoder")
                : Double.isFinite(r.autoencoder().reconstructionMse())
                ? MetricValue.of(r.autoencoder().reconstructionMse())
                : MetricValue.undefined("the reconstruction error is not finite"));
        return out;
    }

    private static void internal(Map<String, MetricValue> out, String prefix, InternalScores s) {
        out.put(prefix + "davies_bouldin", s.daviesBouldinMetric());
        out.put(prefix + "calinski_harabasz", s.calinskiHarabaszMetric());
        out.put(prefix + "silhouette", s.silhouetteMetric());
    }

    private static MetricValue external(ExternalScores scores, double value) {
        if (scores == null) {
            return MetricValue.undefined("the data has no genre labels");
        }
        return Double.isFinite(value) ? MetricValue.of(value)
                : MetricValue.undefined("undefined for this partition (one cluster or one genre)");
    }
}
