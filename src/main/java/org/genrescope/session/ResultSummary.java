package org.genrescope.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.InternalScores;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.model.metrics.MetricNames;

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
     * Two values of a metric count as the same within this relative difference: the metrics are sums over threads
     * whose order may differ between runs, so a restored result's silhouette can differ from the saved one in its
     * last bit ("1.299296769112314 -> 1.2992967691123138", a new user read that as a changed result). 1e-9 is the
     * agreement the metrics are tested to against scikit-learn.
     */
    static final double SAME_WITHIN = 1e-9;

    /**
     * How {@code other} differs from this summary, in words ("silhouette in the features 0.2 -> 0.3"); empty when
     * k and the clusters' sizes are equal and every metric is within {@link #SAME_WITHIN} of its saved value (or
     * undefined in both).
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
            if (!same(m.getValue(), now)) {
                String before = shown(m.getValue());
                String after = shown(now);
                // a difference past 1e-9 that 6 digits do not show is shown in full, not as "1.29930 -> 1.29930"
                out.add(words(m.getKey()) + " " + (before.equals(after) ? m.getValue() + " -> " + now
                        : before + " -> " + after));
            }
        }
        return out;
    }

    private static boolean same(Double saved, Double now) {
        if (saved == null || now == null) {
            return Objects.equals(saved, now);
        }
        return Math.abs(saved - now) <= SAME_WITHIN * Math.max(Math.abs(saved), Math.abs(now));
    }

    /** A value as the window shows metrics, to 6 significant digits ("undefined" for null). */
    private static String shown(Double v) {
        return v == null ? "undefined" : String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    /** A metric's report name in words: "clustered_space.davies_bouldin" is "Davies-Bouldin in the clustered space". */
    static String words(String key) {
        int dot = key.indexOf('.');
        String space = switch (key.substring(0, dot)) {
            case "clustered_space" -> " in the clustered space";
            case "feature_space" -> " in the features";
            default -> " with the genres";
        };
        String metric = MetricNames.find(key.substring(dot + 1)).map(MetricNames.Name::inSentence)
                .orElse(key.substring(dot + 1));
        return metric + space;
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
