package org.genrescope.model.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a user reads for the clustering metrics, the one source of them for the metrics table, the Stability
 * tab's table, the Compare figures' axes and the status bar's sentences (they were written in each, session 16).
 * They are the field's standard terms, as scikit-learn's user guide and the papers name the metrics: the silhouette
 * (Rousseeuw 1987), Davies-Bouldin and Calinski-Harabasz after their authors, ARI, AMI and NMI as abbreviated in
 * Vinh, Epps and Bailey (2010), homogeneity, completeness and V-measure (Rosenberg and Hirschberg 2007), Fowlkes-Mallows,
 * purity. Keys are report.json's metric names ({@code "davies_bouldin"}, {@code "adjusted_rand"}).
 */
public final class MetricNames {
    /**
     * One metric's name.
     *
     * @param key            report.json's name ("davies_bouldin")
     * @param name           as a table row or an axis says it ("Davies-Bouldin", "Silhouette", "ARI")
     * @param keepsCase      whether it keeps its capitals inside a sentence: a person's name or an abbreviation
     *                       ("Davies-Bouldin", "ARI", "V-measure"), not a common word ("silhouette")
     * @param higherIsBetter whether a higher value is the better clustering
     */
    public record Name(String key, String name, boolean keepsCase, boolean higherIsBetter) {
        /** The name inside a sentence: "silhouette in the features", "Davies-Bouldin in the clustered space". */
        public String inSentence() {
            return keepsCase ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }

        /** The name with an arrow saying which way is better: "Davies-Bouldin \u2193", "Silhouette \u2191". */
        public String withArrow() {
            return name + (higherIsBetter ? " \u2191" : " \u2193");
        }
    }

    private static final Map<String, Name> BY_KEY = new LinkedHashMap<>();

    static {
        add("silhouette", "Silhouette", false, true);
        add("davies_bouldin", "Davies-Bouldin", true, false);
        add("calinski_harabasz", "Calinski-Harabasz", true, true);
        add("adjusted_rand", "ARI", true, true);
        add("adjusted_mutual_info", "AMI", true, true);
        add("normalized_mutual_info", "NMI", true, true);
        add("homogeneity", "Homogeneity", false, true);
        add("completeness", "Completeness", false, true);
        add("v_measure", "V-measure", true, true);
        add("fowlkes_mallows", "Fowlkes-Mallows", true, true);
        add("purity", "Purity", false, true);
    }

    private MetricNames() { }

    private static void add(String key, String name, boolean keepsCase, boolean higherIsBetter) {
        BY_KEY.put(key, new Name(key, name, keepsCase, higherIsBetter));
    }

    /**
     * The name of the metric report.json calls {@code key}.
     *
     * @throws IllegalArgumentException for a key that is no metric named here
     */
    public static Name of(String key) {
        Name n = BY_KEY.get(key);
        if (n == null) {
            throw new IllegalArgumentException("no metric is called " + key);
        }
        return n;
    }

    /** The name of {@code key}, or empty for a key that is no metric named here (a count, a note). */
    public static Optional<Name> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every metric named, internal ones first, in the metrics table's order. */
    public static List<Name> all() {
        return List.copyOf(BY_KEY.values());
    }
}
