package org.genrescope.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.InternalScores;
import org.genrescope.model.metrics.ExternalScores;

/**
 * What a session's result was, in numbers: k, the clusters' sizes and every metric. A restored session is checked
 * against it, so that a result that came out different from the one saved is said, never passed off as the same.
 *
 * @param k            the k (or, for DBSCAN, the k setting, unused)
 * @param clusterSizes tracks per cluster, in cluster order (noise not counted)
 * @param noise        tracks DBSCAN labelled noise
 * @param metrics      each metric by its report name ("feature_space.silhouette", "vs_genre.adjusted_rand"); null
 *                     where it is undefined
 */
public record ResultSummary(int k, List<Integer> clusterSizes, int noise, Map<String, Double> metrics) {
    public ResultSummary {
        clusterSizes = List.copyOf(clusterSizes);
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The summary of {@code r}. */
    public static ResultSummary of(AnalysisResult r) {
        int[] labels = r.clustering().labels();
        int[] sizes = new int[r.clustering().clusterCount()];
        int noise = 0;
        for (int label : labels) {
            if (label < 0) {
                noise++;
            } else {
                sizes[label]++;
            }
        }
        List<Integer> sizeList = new ArrayList<>();
        for (int s : sizes) {
            sizeList.add(s);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        internal(metrics, "clustered_space", r.clusteringSpace());
        internal(metrics, "feature_space", r.featureSpace());
        ExternalScores e = r.vsGenre();
        if (e != null) {
            metrics.put("vs_genre.adjusted_rand", finite(e.adjustedRand()));
            metrics.put("vs_genre.normalized_mutual_info", finite(e.normalizedMutualInfo()));
            metrics.put("vs_genre.adjusted_mutual_info", finite(e.adjustedMutualInfo()));
            metrics.put("vs_genre.homogeneity", finite(e.homogeneity()));
            metrics.put("vs_genre.completeness", finite(e.completeness()));
            metrics.put("vs_genre.v_measure", finite(e.vMeasure()));
            metrics.put("vs_genre.fowlkes_mallows", finite(e.fowlkesMallows()));
            metrics.put("vs_genre.purity", finite(e.purity()));
        }
        return new ResultSummary(r.config().k(), sizeList, noise, metrics);
    }

    /**
     * How {@code other} differs from this summary, in words ("feature_space.silhouette 0.2 -> 0.3"); empty when
     * they are equal to the last digit.
     */
    public List<String> differences(ResultSummary other) {
        List<String> out = new ArrayList<>();
        if (k != other.k) {
            out.add("k " + k + " -> " + other.k);
        }
        if (!clusterSizes.equals(other.clusterSizes) || noise != other.noise) {
            out.add("cluster sizes " + clusterSizes + " -> " + other.clusterSizes);
        }
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            Double now = other.metrics.get(m.getKey());
            if (!Objects.equals(m.getValue(), now)) {
                out.add(m.getKey() + " " + m.getValue() + " -> " + now);
            }
        }
        return out;
    }

    private static void internal(Map<String, Double> out, String space, InternalScores s) {
        out.put(space + ".davies_bouldin", s.daviesBouldinMetric().valueIfDefined().map(ResultSummary::finite).orElse(null));
        out.put(space + ".calinski_harabasz", s.calinskiHarabaszMetric().valueIfDefined().map(ResultSummary::finite)
                .orElse(null));
        out.put(space + ".silhouette", s.silhouetteMetric().valueIfDefined().map(ResultSummary::finite).orElse(null));
    }

    /** JSON has no NaN or infinity: such a value is kept as null. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
