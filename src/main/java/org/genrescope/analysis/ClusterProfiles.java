package org.genrescope.analysis;

import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.model.clustering.Clustering;

/** Each cluster's centre in original feature units, so a cluster can be read as "fast, loud, not acoustic". */
final class ClusterProfiles {
    private ClusterProfiles() { }

    /**
     * K-Means centroids (or, without centroids, each cluster's mean in the clustered space), decoded back to
     * the scaled features and unscaled; k x d row-major. Noise points belong to no cluster.
     */
    static double[] centroidsInFeatureUnits(Clustering clustering, FeatureMatrix z, CodeDecoder decoder,
                                            FittedScaler scaler) {
        int k = clustering.clusterCount();
        int latent = z.columns();
        double[] centres = clustering.hasCentroids() ? clustering.centroidsOrNull() : means(clustering, z);
        double[] scaled = decoder.decode(centres, k);
        int d = scaled.length / Math.max(1, k);
        double[] row = new double[d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(scaled, c * d, row, 0, d);
            scaler.inverseRow(row);
            System.arraycopy(row, 0, scaled, c * d, d);
        }
        assert centres.length == k * latent;
        return scaled;
    }

    private static double[] means(Clustering clustering, FeatureMatrix z) {
        int k = clustering.clusterCount();
        int latent = z.columns();
        double[] sums = new double[k * latent];
        int[] counts = new int[k];
        double[] x = z.values();
        int[] labels = clustering.labels();
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0) {
                continue;
            }
            counts[c]++;
            for (int j = 0; j < latent; j++) {
                sums[c * latent + j] += x[i * latent + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < latent; j++) {
                sums[c * latent + j] /= Math.max(1, counts[c]);
            }
        }
        return sums;
    }
}
