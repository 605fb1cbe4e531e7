package org.genrescope.analysis;

import java.util.function.Function;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.model.metrics.MetricValue;

/**
 * The numbers a sweep keeps of each cell: every metric of {@code report.json}, named by its key there (its path
 * below {@code metrics}, or below the report for the clusters' and the autoencoder's), so a column of
 * {@code sweep.csv} is found in a cell's report under the same name. The internal metrics come twice: in the
 * clustered space (which changes with the latent size, so not comparable across it) and in the scaled features,
 * the one space common to every cell.
 */
public enum SweepMetric {
    CLUSTERING_DAVIES_BOULDIN("clustering_space.davies_bouldin", "Davies-Bouldin in the clustered space",
            r -> r.clusteringSpace().daviesBouldinMetric(), Better.LOWER),
    CLUSTERING_CALINSKI_HARABASZ("clustering_space.calinski_harabasz", "Calinski-Harabasz in the clustered space",
            r -> r.clusteringSpace().calinskiHarabaszMetric(), Better.HIGHER),
    CLUSTERING_SILHOUETTE("clustering_space.silhouette", "Silhouette in the clustered space",
            r -> r.clusteringSpace().silhouetteMetric(), Better.HIGHER),
    FEATURE_DAVIES_BOULDIN("feature_space.davies_bouldin", "Davies-Bouldin in the scaled features",
            r -> r.featureSpace().daviesBouldinMetric(), Better.LOWER),
    FEATURE_CALINSKI_HARABASZ("feature_space.calinski_harabasz", "Calinski-Harabasz in the scaled features",
            r -> r.featureSpace().calinskiHarabaszMetric(), Better.HIGHER),
    FEATURE_SILHOUETTE("feature_space.silhouette", "Silhouette in the scaled features",
            r -> r.featureSpace().silhouetteMetric(), Better.HIGHER),
    ADJUSTED_RAND("vs_genre.adjusted_rand", "Adjusted Rand index with the genres",
            r -> external(r, ExternalScores::adjustedRand), Better.HIGHER),
    NMI("vs_genre.normalized_mutual_info", "Normalized mutual information with the genres",
            r -> external(r, ExternalScores::normalizedMutualInfo), Better.HIGHER),
    AMI("vs_genre.adjusted_mutual_info", "Adjusted mutual information with the genres",
            r -> external(r, ExternalScores::adjustedMutualInfo), Better.HIGHER),
    HOMOGENEITY("vs_genre.homogeneity", "Homogeneity with the genres",
            r -> external(r, ExternalScores::homogeneity), Better.HIGHER),
    COMPLETENESS("vs_genre.completeness", "Completeness with the genres",
            r -> external(r, ExternalScores::completeness), Better.HIGHER),
    V_MEASURE("vs_genre.v_measure", "V-measure with the genres",
            r -> external(r, ExternalScores::vMeasure), Better.HIGHER),
    FOWLKES_MALLOWS("vs_genre.fowlkes_mallows", "Fowlkes-Mallows index with the genres",
            r -> external(r, ExternalScores::fowlkesMallows), Better.HIGHER),
    PURITY("vs_genre.purity", "Purity with the genres",
            r -> external(r, ExternalScores::purity), Better.HIGHER),
    INERTIA("clusters.inertia", "K-Means inertia (in the clustered space)",
            r -> finite(r.clustering().inertiaOrNaN(), "the clustering has no inertia"), Better.LOWER),
    NON_EMPTY("clusters.non_empty", "Non-empty clusters",
            r -> MetricValue.of(r.clustering().nonEmptyClusterCount()), Better.NEITHER),
    RECONSTRUCTION_MSE("autoencoder.reconstruction_mse", "Autoencoder reconstruction error (MSE, scaled features)",
            r -> r.autoencoder() == null ? MetricValue.undefined(SweepMetric.NOT_AN_AUTOENCODER)
                    : finite(r.autoencoder().reconstructionMse(), "the reconstruction error is not finite"),
            Better.LOWER),
    COLLAPSED("autoencoder.collapsed", "Autoencoder collapsed (1 yes, 0 no; the mean is the share of seeds)",
            r -> r.autoencoder() == null ? MetricValue.undefined(SweepMetric.NOT_AN_AUTOENCODER)
                    : MetricValue.of(r.autoencoder().collapsed() ? 1 : 0), Better.LOWER);

    /** Which way a metric is better, said in the heatmap's caption. */
    public enum Better { LOWER, HIGHER, NEITHER }

    static final String NOT_AN_AUTOENCODER = "only an autoencoder representation has one";

    private final String key;
    private final String title;
    private final Function<AnalysisResult, MetricValue> read;
    private final Better better;

    SweepMetric(String key, String title, Function<AnalysisResult, MetricValue> read, Better better) {
        this.key = key;
        this.title = title;
        this.read = read;
        this.better = better;
    }

    /** The column name in sweep.csv: the metric's key in report.json. */
    public String key() {
        return key;
    }

    /** What the metric is, in words, for a figure's title. */
    public String title() {
        return title;
    }

    public Better better() {
        return better;
    }

    /** Whether the metric is a whole number (a count or a yes/no as 1/0), written without a decimal point. */
    public boolean isCount() {
        return this == NON_EMPTY || this == COLLAPSED;
    }

    /** This metric of one result; undefined with the reason where report.json writes null. */
    public MetricValue of(AnalysisResult result) {
        return read.apply(result);
    }

    /** The metric whose key is {@code key}, or null. */
    public static SweepMetric byKey(String key) {
        for (SweepMetric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    private static MetricValue external(AnalysisResult r, java.util.function.ToDoubleFunction<ExternalScores> score) {
        if (r.vsGenre() == null) {
            return MetricValue.undefined("the data has no genre labels");
        }
        return finite(score.applyAsDouble(r.vsGenre()), "undefined for these labels (see the cell's report)");
    }

    private static MetricValue finite(double v, String reason) {
        return Double.isFinite(v) ? MetricValue.of(v) : MetricValue.undefined(reason);
    }
}
