package org.genrescope.session;

import java.util.List;
import java.util.Objects;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.features.ScalerParameters;
import org.genrescope.model.spatial.KdTree;

/**
 * What a session needs besides the autoencoder's weights and the clustering to assign new tracks to its clusters
 * (issue 12's {@code apply}): the features the model reads, in order, the fitted scaler's exact parameters, and for
 * DBSCAN its core points in the clustered space.
 *
 * @param features   the model's input features in column order (the scaled matrix's names)
 * @param scaler     the fitted scaler, never refitted on new data
 * @param corePoints DBSCAN's core points, or null for K-Means
 */
public record FittedModel(List<String> features, ScalerParameters scaler, CorePoints corePoints) {
    public FittedModel {
        features = List.copyOf(features);
        Objects.requireNonNull(scaler, "scaler");
    }

    /**
     * DBSCAN's core points: those with at least minPoints tracks (themselves included) within eps in the clustered
     * space, as {@code model.clustering.Dbscan} decides it. A new track joins a cluster only through them.
     *
     * @param width  the clustered space's dimension
     * @param codes  cores x width, row-major, in the order of the tracks they are
     * @param labels each core point's cluster, 0-based
     */
    public record CorePoints(int width, double[] codes, int[] labels) {
        public CorePoints {
            if (width < 1 || codes.length != (long) labels.length * width) {
                throw new IllegalArgumentException("the core points hold " + codes.length + " numbers for "
                        + labels.length + " points of width " + width);
            }
            codes = codes.clone();
            labels = labels.clone();
        }

        @Override
        public double[] codes() {
            return codes.clone();
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }

        public int size() {
            return labels.length;
        }
    }

    /** The model of {@code r}; for DBSCAN it finds the core points again (the same test DBSCAN ran, on the same codes). */
    public static FittedModel of(AnalysisResult r) {
        CorePoints cores = r.config().algorithm() == ClusteringAlgorithm.DBSCAN
                ? corePoints(r.representation().values(), r.rows(), r.representation().columns(), r.config().eps(),
                        r.config().minPoints(), r.clustering().labels())
                : null;
        return new FittedModel(r.scaled().featureNames(), r.scaler().parameters(), cores);
    }

    /** The core points of {@code z} (n x d) for eps and minPoints, with their labels. */
    static CorePoints corePoints(double[] z, int n, int d, double eps, int minPoints, int[] labels) {
        KdTree tree = new KdTree(z, n, d);
        int count = 0;
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            core[i] = tree.countWithin(i, eps, minPoints) >= minPoints;
            count += core[i] ? 1 : 0;
        }
        double[] codes = new double[count * d];
        int[] coreLabels = new int[count];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (core[i]) {
                System.arraycopy(z, i * d, codes, c * d, d);
                coreLabels[c++] = labels[i];
            }
        }
        return new CorePoints(d, codes, coreLabels);
    }
}
