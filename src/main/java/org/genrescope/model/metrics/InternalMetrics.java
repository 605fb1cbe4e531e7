package org.genrescope.model.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.genrescope.model.numeric.RowMajor;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Cluster quality without reference classes: Davies-Bouldin, Calinski-Harabasz and silhouette,
 * defined exactly as in scikit-learn 1.2.1 ({@code sklearn.metrics}), Euclidean distance.
 *
 * <p>Points are a flat row-major {@code double[] x} of {@code n} rows and {@code d} columns; labels
 * are any ints, one per point (-1 is an ordinary label here: remove DBSCAN noise before calling).
 * Every method throws {@link IllegalArgumentException} when the shapes disagree, a value is not
 * finite, or the number of distinct labels is not between 2 and n - 1, as scikit-learn does.
 */
public final class InternalMetrics {

    /** Above this many points {@link #sampledSilhouette} scores a random sample of this size. */
    public static final int DEFAULT_SILHOUETTE_MAX_POINTS = 20_000;

    private InternalMetrics() {
    }

    /**
     * Davies-Bouldin index: mean over clusters of the worst ratio (spread_i + spread_j) / distance
     * between centroids i and j; lower is better, 0 when every cluster is a single location.
     */
    public static double daviesBouldin(double[] x, int n, int d, int[] labels) {
        LabelEncoding encoding = PointsCheck.checkAndEncode(x, n, d, labels);
        int k = encoding.labelCount();
        double[] centroids = centroids(x, n, d, encoding);
        int[] codes = encoding.codes();
        double[] distanceSums = new double[k];
        for (int i = 0; i < n; i++) {
            distanceSums[codes[i]] += distance(x, i * d, centroids, codes[i] * d, d);
        }
        double[] spread = new double[k];
        boolean allSpreadsNearZero = true;
        for (int c = 0; c < k; c++) {
            spread[c] = distanceSums[c] / encoding.counts()[c];
            allSpreadsNearZero &= Math.abs(spread[c]) <= 1e-8; // np.allclose(.., 0)
        }
        double[] centroidDistances = new double[k * k];
        boolean allCentroidsNearZero = true;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double dist = a == b ? 0.0 : distance(centroids, a * d, centroids, b * d, d);
                centroidDistances[a * k + b] = dist;
                allCentroidsNearZero &= dist <= 1e-8;
            }
        }
        if (allSpreadsNearZero || allCentroidsNearZero) {
            return 0.0;
        }
        double sum = 0.0;
        for (int a = 0; a < k; a++) {
            double worst = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < k; b++) {
                double dist = centroidDistances[a * k + b];
                // sklearn sets zero distances (the diagonal, coincident centroids) to infinity.
                double ratio = (spread[a] + spread[b]) / (dist == 0 ? Double.POSITIVE_INFINITY : dist);
                worst = Math.max(worst, ratio);
            }
            sum += worst;
        }
        return sum / k;
    }

    /**
     * Calinski-Harabasz index (variance ratio criterion): between-cluster dispersion over
     * within-cluster dispersion, scaled by (n - k) / (k - 1); higher is better, 1.0 when every cluster
     * is a single location.
     */
    public static double calinskiHarabasz(double[] x, int n, int d, int[] labels) {
        Dispersion dispersion = dispersion(x, n, d, labels);
        if (dispersion.within == 0.0) {
            return 1.0;
        }
        return dispersion.ratio();
    }

    /**
     * Calinski-Harabasz as a {@link MetricValue}: undefined when fewer than 2 or more than n - 1 distinct labels
     * (scikit-learn raises) or when there is no within-cluster spread at all (the ratio divides by zero;
     * scikit-learn returns 1.0 by convention); otherwise the same number as {@link #calinskiHarabasz}, with a
     * warning when the within-cluster spread is rounding noise (below {@link #roundingNoiseShare} of the total
     * spread), where the ratio is huge and means nothing but "these points coincide".
     *
     * @throws IllegalArgumentException when the shapes disagree or a value is not finite
     */
    public static MetricValue calinskiHarabaszValue(double[] x, int n, int d, int[] labels) {
        String undefined = labelCountProblem(n, labels);
        if (undefined != null) {
            return MetricValue.undefined(undefined);
        }
        Dispersion dispersion = dispersion(x, n, d, labels);
        if (dispersion.within == 0.0) {
            return MetricValue.undefined("no spread within clusters: every cluster is one repeated point, so the "
                    + "ratio divides by zero (scikit-learn reports 1.0 by convention)");
        }
        double ratio = dispersion.ratio();
        if (!Double.isFinite(ratio)) {
            return MetricValue.undefined("the ratio overflows (within-cluster spread " + dispersion.within + ")");
        }
        double total = dispersion.within + dispersion.between;
        if (dispersion.within <= roundingNoiseShare(n, d) * total) {
            return MetricValue.roundingNoise(ratio, String.format(java.util.Locale.ROOT,
                    " (%.1e of the total): the clusters are repeated points and the ratio only measures rounding",
                    dispersion.within / total));
        }
        return MetricValue.of(ratio);
    }

    /**
     * The share of the total sum of squares below which a within-cluster sum of squares is rounding noise:
     * each coordinate of a mean of equal values can be off by a few units in the last place (relative 2^-52),
     * so n * d squared errors of (16 * 2^-52) relative size bound what coinciding points can leave.
     */
    static double roundingNoiseShare(int n, int d) {
        double relative = 16 * Math.ulp(1.0);
        return (double) n * d * relative * relative;
    }

    /**
     * Davies-Bouldin as a {@link MetricValue}: undefined when fewer than 2 or more than n - 1 distinct labels
     * (scikit-learn raises), otherwise exactly {@link #daviesBouldin} (0 when every cluster is one point
     * location, which is the index's best value, not a degenerate one).
     */
    public static MetricValue daviesBouldinValue(double[] x, int n, int d, int[] labels) {
        String undefined = labelCountProblem(n, labels);
        return undefined != null ? MetricValue.undefined(undefined) : MetricValue.of(daviesBouldin(x, n, d, labels));
    }

    /**
     * Why the internal metrics are undefined for these labels: fewer than 2 distinct labels, or one per point
     * (scikit-learn's "Valid values are 2 to n_samples - 1"); null when they are defined.
     */
    public static String labelCountProblem(int n, int[] labels) {
        long k = Arrays.stream(labels).distinct().count();
        if (n == 0) {
            return "no points to score";
        }
        if (k < 2) {
            return "only one cluster";
        }
        if (k >= n) {
            return "every point is its own cluster (" + k + " clusters of " + n + " points)";
        }
        return null;
    }

    private record Dispersion(double between, double within, int n, int k) {
        double ratio() {
            return between * (n - k) / (within * (k - 1.0));
        }
    }

    private static Dispersion dispersion(double[] x, int n, int d, int[] labels) {
        LabelEncoding encoding = PointsCheck.checkAndEncode(x, n, d, labels);
        int k = encoding.labelCount();
        int[] codes = encoding.codes();
        int[] counts = encoding.counts();
        double[] overallMean = RowMajor.columnMeans(x, n, d);
        double[] centroids = centroids(x, n, d, encoding);
        double[] withinByCluster = new double[k];
        for (int i = 0; i < n; i++) {
            int c = codes[i];
            double squared = 0.0;
            for (int m = 0; m < d; m++) {
                double diff = x[i * d + m] - centroids[c * d + m];
                squared += diff * diff;
            }
            withinByCluster[c] += squared;
        }
        double between = 0.0;
        double within = 0.0;
        for (int c = 0; c < k; c++) {
            double squared = 0.0;
            for (int m = 0; m < d; m++) {
                double diff = centroids[c * d + m] - overallMean[m];
                squared += diff * diff;
            }
            between += counts[c] * squared;
            within += withinByCluster[c];
        }
        return new Dispersion(between, within, n, k);
    }

    /**
     * Exact mean silhouette over all points (a point alone in its cluster scores 0).
     *
     * @param threads worker threads to use (1 or more); the result is bit-identical for any count
     */
    public static double silhouette(double[] x, int n, int d, int[] labels, int threads) {
        return silhouette(x, n, d, labels, threads, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /** As {@link #silhouette(double[], int, int, int[], int)}, reporting progress and honouring cancellation. */
    public static double silhouette(double[] x, int n, int d, int[] labels, int threads,
                                    ProgressListener progress, CancellationToken cancel) {
        double[] samples = silhouetteSamples(x, n, d, labels, threads, progress, cancel);
        // numpy's summation order, as np.mean uses.
        return NumpySum.sum(samples) / n;
    }

    /** Silhouette of each point, indexed like the input (sklearn's {@code silhouette_samples}). */
    public static double[] silhouetteSamples(double[] x, int n, int d, int[] labels, int threads) {
        return silhouetteSamples(x, n, d, labels, threads, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /** As {@link #silhouetteSamples(double[], int, int, int[], int)}, with progress and cancellation. */
    public static double[] silhouetteSamples(double[] x, int n, int d, int[] labels, int threads,
                                             ProgressListener progress, CancellationToken cancel) {
        PointsCheck.checkThreads(threads);
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        LabelEncoding encoding = PointsCheck.checkAndEncode(x, n, d, labels);
        return new SilhouetteKernel(x, n, d, encoding).samples(threads, progress, cancel);
    }

    /**
     * Exact mean silhouettes of several labelings of the same points (say every k and seed of a sweep on one
     * code), computed together: each pairwise distance is computed once and serves every labeling, so a labeling
     * after the first costs about one add per pair instead of a distance. Each value equals
     * {@link #silhouette(double[], int, int, int[], int)} of that labeling up to summation order (about 1e-15
     * relative), and is bit-identical for any number of threads. Memory: n doubles and n ints per labeling, plus per
     * thread 64 doubles per cluster of every labeling.
     *
     * @param labelings one label per point each (any ints); each needs 2 to n - 1 distinct labels
     * @return the mean silhouette of each labeling, in the order given
     * @throws IllegalArgumentException when a shape disagrees, a value is not finite, or a labeling has fewer than 2
     *                                  or more than n - 1 distinct labels (naming which labeling)
     */
    public static double[] silhouettes(double[] x, int n, int d, List<int[]> labelings, int threads,
                                       ProgressListener progress, CancellationToken cancel) {
        PointsCheck.checkThreads(threads);
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        List<LabelEncoding> encodings = new ArrayList<>(labelings.size());
        for (int l = 0; l < labelings.size(); l++) {
            try {
                encodings.add(PointsCheck.checkAndEncode(x, n, d, labelings.get(l)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("labeling " + l + ": " + e.getMessage(), e);
            }
        }
        double[] means = new double[labelings.size()];
        if (labelings.isEmpty()) {
            return means;
        }
        double[][] samples = new SharedSilhouetteKernel(x, n, d, encodings).samples(threads, progress, cancel);
        for (int l = 0; l < means.length; l++) {
            // numpy's summation order, as np.mean uses.
            means[l] = NumpySum.sum(samples[l]) / n;
        }
        return means;
    }

    /**
     * Mean silhouette, exact up to {@link #DEFAULT_SILHOUETTE_MAX_POINTS} points, otherwise over a
     * seeded uniform sample of that many points (without replacement).
     */
    public static Silhouette sampledSilhouette(double[] x, int n, int d, int[] labels, int threads, long seed) {
        return sampledSilhouette(x, n, d, labels, threads, DEFAULT_SILHOUETTE_MAX_POINTS, seed,
                ProgressListener.NONE, CancellationToken.NEVER);
    }

    /**
     * Mean silhouette, exact when {@code n <= maxPoints}, otherwise over a uniform sample of
     * {@code maxPoints} points drawn without replacement by {@code java.util.Random(seed)} (a partial
     * Fisher-Yates shuffle), so the same seed always scores the same points. When the sample holds fewer than
     * 2 clusters the value is NaN (undefined on that sample) rather than an exception.
     */
    public static Silhouette sampledSilhouette(double[] x, int n, int d, int[] labels, int threads, int maxPoints,
                                               long seed, ProgressListener progress, CancellationToken cancel) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2, got " + maxPoints);
        }
        if (n <= maxPoints) {
            return new Silhouette(silhouette(x, n, d, labels, threads, progress, cancel), n, false);
        }
        PointsCheck.checkAndEncode(x, n, d, labels); // report bad input against the caller's data
        int[] chosen = samplePointIndices(n, maxPoints, seed);
        double[] sampleX = new double[maxPoints * d];
        int[] sampleLabels = new int[maxPoints];
        for (int s = 0; s < maxPoints; s++) {
            System.arraycopy(x, chosen[s] * d, sampleX, s * d, d);
            sampleLabels[s] = labels[chosen[s]];
        }
        if (labelCountProblem(maxPoints, sampleLabels) != null) {
            // The sample missed every cluster but one (clusters of a handful of points among many): the mean is
            // undefined on it, which is not the caller's error, so no exception; callers show it as undefined.
            return new Silhouette(Double.NaN, maxPoints, true);
        }
        double value = silhouette(sampleX, maxPoints, d, sampleLabels, threads, progress, cancel);
        return new Silhouette(value, maxPoints, true);
    }

    /** {@code count} distinct indices of 0..n-1, uniformly at random, ascending. */
    static int[] samplePointIndices(int n, int count, long seed) {
        Random random = new Random(seed);
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        int[] chosen = Arrays.copyOf(indices, count);
        Arrays.sort(chosen);
        return chosen;
    }

    private static double[] centroids(double[] x, int n, int d, LabelEncoding encoding) {
        int[] codes = encoding.codes();
        int[] counts = encoding.counts();
        double[] centroids = new double[encoding.labelCount() * d];
        for (int i = 0; i < n; i++) {
            int offset = codes[i] * d;
            for (int m = 0; m < d; m++) {
                centroids[offset + m] += x[i * d + m];
            }
        }
        for (int c = 0; c < counts.length; c++) {
            for (int m = 0; m < d; m++) {
                centroids[c * d + m] /= counts[c];
            }
        }
        return centroids;
    }

    private static double distance(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double squared = 0.0;
        for (int m = 0; m < d; m++) {
            double diff = a[aOffset + m] - b[bOffset + m];
            squared += diff * diff;
        }
        return Math.sqrt(squared);
    }
}
