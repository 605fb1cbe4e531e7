package org.genrescope.analysis;

/**
 * The four ways of clustering the {@link Comparison} sets side by side: the study's autoencoder with K-Means, and
 * the three it should beat or match: PCA to the same size, the scaled features themselves, and density-based
 * clusters on the autoencoder's code. Each is the user's settings with the representation and algorithm replaced.
 */
public enum ComparisonMethod {
    AUTOENCODER_KMEANS("autoencoder_kmeans", "autoencoder + K-Means", Representation.AUTOENCODER,
            ClusteringAlgorithm.KMEANS),
    AUTOENCODER_DBSCAN("autoencoder_dbscan", "autoencoder + DBSCAN", Representation.AUTOENCODER,
            ClusteringAlgorithm.DBSCAN),
    PCA_KMEANS("pca_kmeans", "PCA + K-Means", Representation.PCA, ClusteringAlgorithm.KMEANS),
    FEATURES_KMEANS("features_kmeans", "scaled features + K-Means", Representation.FEATURES,
            ClusteringAlgorithm.KMEANS);

    /**
     * The order the methods are shown in, in the window's table and bar figure and the command's table: the study
     * first, then what it should beat (K-Means on other spaces), then DBSCAN. The declaration order is the order
     * they run in (the autoencoder's two methods together, so its code is trained once per seed) and files keep it.
     */
    public static final java.util.List<ComparisonMethod> SHOWN_ORDER = java.util.List.of(AUTOENCODER_KMEANS,
            PCA_KMEANS, FEATURES_KMEANS, AUTOENCODER_DBSCAN);

    private final String id;
    private final String label;
    private final Representation representation;
    private final ClusteringAlgorithm algorithm;

    ComparisonMethod(String id, String label, Representation representation, ClusteringAlgorithm algorithm) {
        this.id = id;
        this.label = label;
        this.representation = representation;
        this.algorithm = algorithm;
    }

    /** The name in files (comparison.csv's {@code method} column, the JSON's keys). */
    public String id() {
        return id;
    }

    /** The name shown to people (figure legends, the console). */
    public String label() {
        return label;
    }

    public boolean trainsAnAutoencoder() {
        return representation == Representation.AUTOENCODER;
    }

    /** {@code base} clustered this method's way with {@code seed}; every other setting is kept. */
    public AnalysisConfig configure(AnalysisConfig base, long seed) {
        return base.with("representation", representation).with("algorithm", algorithm).with("seed", seed);
    }
}
