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
