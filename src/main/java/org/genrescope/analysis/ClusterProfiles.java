package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genrescope.data.Quantiles;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.model.clustering.Clustering;

/**
 * Each cluster in original feature units, so a cluster can be read as "fast, loud, not acoustic".
 *
 * <p>The profile of a cluster is its members' statistics computed from the raw values (mean, quartiles), not a
 * centre mapped back: the seed scaling scales every track to unit length, which cannot be inverted, and a
 * centre decoded through it showed acousticness 1.10 on a feature that runs from 0 to 1. A decoded centre (the
 * model's view) is given only where the scaling is invertible ({@link FittedScaler#invertible()}).
 */
public final class ClusterProfiles {
    private ClusterProfiles() { }

    /**
     * The members' statistics of every cluster 0..clusterCount-1, in the order of {@code tracks}' features;
     * noise points belong to no cluster. Means and quartiles follow pandas (linear interpolation); values near the
     * largest double are summed without overflow.
     *
     * @throws IllegalArgumentException when the clustering and the table have different numbers of rows
     */
    public static List<ClusterProfile> of(TrackTable tracks, Clustering clustering) {
        int n = tracks.rows();
        if (clustering.size() != n) {
            throw new IllegalArgumentException("the clustering has " + clustering.size() + " points, the table " + n);
        }
        List<String> names = tracks.featureNames();
        int d = names.size();
        double[] raw = tracks.features();
        int k = clustering.clusterCount();
        int[] sizes = clustering.clusterSizes();
        List<List<ClusterProfile.Stats>> stats = new ArrayList<>(k);
        double[][] members = new double[k][];
        for (int c = 0; c < k; c++) {
            stats.add(new ArrayList<>(d));
            members[c] = new double[sizes[c]];
        }
        // one feature at a time: every feature's members at once would be a second copy of the matrix (422 MB at
        // FMA's full shape), where one feature's are a column
        int[] filled = new int[k];
        for (int j = 0; j < d; j++) {
            java.util.Arrays.fill(filled, 0);
            for (int i = 0; i < n; i++) {
                int c = clustering.label(i);
                if (c >= 0) {
                    members[c][filled[c]++] = raw[i * d + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0) {
                    stats.get(c).add(stats(names.get(j), members[c])); // sorts members[c], refilled next feature
                }
            }
        }
        List<ClusterProfile> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(new ClusterProfile(c, sizes[c], stats.get(c)));
        }
        return out;
    }

    private static ClusterProfile.Stats stats(String feature, double[] values) {
        double mean = mean(values);
        Arrays.sort(values);
        return new ClusterProfile.Stats(feature, mean, quantile(values, 0.25), quantile(values, 0.5),
                quantile(values, 0.75));
    }

    /** Sum over n, as pandas; when the sum overflows (values near 1.8e308) the terms are divided first. */
    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (Double.isFinite(sum)) {
            return sum / values.length;
        }
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        return mean;
    }

    /** pandas' linear quantile; halved first where neighbours near the largest double would overflow the step. */
    static double quantile(double[] sorted, double q) {
        double value = Quantiles.linear(sorted, q);
        if (Double.isFinite(value)) {
            return value;
        }
        double[] halves = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            halves[i] = sorted[i] / 2;
        }
        return Quantiles.linear(halves, q) * 2;
    }

    /**
     * The members' means as a k x d row-major array (the profiles' means; NaN for an empty cluster), for callers
     * that draw one bar per cluster and feature.
     */
    public static double[] means(List<ClusterProfile> profiles, int d) {
        double[] out = new double[profiles.size() * d];
        Arrays.fill(out, Double.NaN);
        for (ClusterProfile p : profiles) {
            for (int j = 0; j < p.features().size(); j++) {
                out[p.cluster() * d + j] = p.features().get(j).mean();
            }
        }
        return out;
    }

    /**
     * The model's view of each cluster: K-Means centroids (or, without centroids, each cluster's mean in the
     * clustered space), decoded back to the scaled features and unscaled; k x d row-major. Only where the scaling
     * is invertible; null otherwise (the seed scaling), so no one reads a non-invertible mapping as original units.
     */
    static double[] modelCentresInFeatureUnits(Clustering clustering, FeatureMatrix z, CodeDecoder decoder,
                                               FittedScaler scaler) {
        if (!scaler.invertible() || clustering.clusterCount() == 0) {
            return null;
        }
        int k = clustering.clusterCount();
        double[] centres = clustering.hasCentroids() ? clustering.centroidsOrNull() : latentMeans(clustering, z);
        double[] scaled = decoder.decode(centres, k);
        int d = scaled.length / k;
        double[] row = new double[d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(scaled, c * d, row, 0, d);
            scaler.inverseRow(row);
            System.arraycopy(row, 0, scaled, c * d, d);
        }
        return scaled;
    }

    private static double[] latentMeans(Clustering clustering, FeatureMatrix z) {
        int k = clustering.clusterCount();
        int latent = z.columns();
        double[] sums = new double[k * latent];
        int[] counts = new int[k];
        double[] x = z.sharedValues(); // read only
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
