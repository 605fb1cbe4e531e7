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
        // every cluster's members in one buffer, cluster c at [start[c], start[c + 1]): one array of the clustered
        // rows is larger than half a G1 region at any size that matters, so it is allocated in the old generation
        // and never copied; k buffers of a cluster's size each (0.4-1 MB at a million) were not, and a young
        // collection during the per-feature sorts copied them (session 25's recording named them among the arrays
        // its 81-136 ms collections copied)
        int[] start = new int[k + 1];
        for (int c = 0; c < k; c++) {
            stats.add(new ArrayList<>(d));
            start[c + 1] = start[c] + sizes[c];
        }
        double[] members = new double[start[k]];
        // one feature at a time: every feature's members at once would be a second copy of the matrix (422 MB at
        // FMA's full shape), where one feature's are a column
        int[] filled = new int[k];
        for (int j = 0; j < d; j++) {
            System.arraycopy(start, 0, filled, 0, k);
            for (int i = 0; i < n; i++) {
                int c = clustering.label(i);
                if (c >= 0) {
                    members[filled[c]++] = raw[i * d + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0) {
                    // sorts the cluster's range in place; refilled for the next feature
                    stats.get(c).add(stats(names.get(j), members, start[c], start[c + 1]));
                }
            }
        }
        List<ClusterProfile> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(new ClusterProfile(c, sizes[c], stats.get(c)));
        }
        return out;
    }

    private static ClusterProfile.Stats stats(String feature, double[] values, int from, int to) {
        double mean = mean(values, from, to);
        Arrays.sort(values, from, to);
        return new ClusterProfile.Stats(feature, mean, quantile(values, from, to, 0.25),
                quantile(values, from, to, 0.5), quantile(values, from, to, 0.75));
    }

    /** Sum over n, as pandas; when the sum overflows (values near 1.8e308) the terms are divided first. */
    static double mean(double[] values) {
        return mean(values, 0, values.length);
    }

    /** {@link #mean(double[])} of values[from, to). */
    static double mean(double[] values, int from, int to) {
        int count = to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        if (Double.isFinite(sum)) {
            return sum / count;
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += values[i] / count;
        }
        return mean;
    }

    /**
     * pandas' linear quantile of sorted[from, to); halved first where neighbours near the largest double would
     * overflow the step.
     */
    static double quantile(double[] sorted, int from, int to, double q) {
        double value = Quantiles.linear(sorted, from, to, q);
        if (Double.isFinite(value)) {
            return value;
        }
        double[] halves = new double[to - from];
        for (int i = from; i < to; i++) {
            halves[i - from] = sorted[i] / 2;
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
