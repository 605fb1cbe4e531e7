package org.genrescope.model.clustering;

import java.util.Arrays;
import org.genrescope.model.spatial.KdTree;
import org.genrescope.task.CancellationToken;

/**
 * Chooses DBSCAN's eps from the data, the way Ester et al. (1996, section 4.2) advise: from the sorted k-distance
 * graph, where a point's k-distance is the distance to its (minPoints - 1)-th nearest other point, so that a point
 * is a core point exactly when its k-distance is at most eps. The knee of that graph is located as Kneedle does
 * without smoothing (Satopää et al. 2011): both axes scaled to [0, 1] (rank / (n - 1), and the distances from the
 * smallest to the largest), the knee is the point of the ascending curve farthest below the chord from its first
 * to its last point, that is the first rank with the largest {@code rank - distance} in the scaled units. eps is
 * the k-distance there. The rule uses no random numbers: the same points give the same eps.
 *
 * <p>Why a rule at all: a fixed eps (0.1, the settings' default) means something different in every code; on the
 * real FMA codes it put every track in one cluster.
 */
public final class DbscanEps {
    /** The rule in words, for tables and reports. */
    public static final String RULE = "the knee of the sorted k-distance graph (distance to the (minPts - 1)-th "
            + "nearest other track; Ester et al. 1996), located as Kneedle does without smoothing";

    private DbscanEps() { }

    /**
     * The chosen eps and where it came from.
     *
     * @param eps        the radius, finite and > 0, in the points' units
     * @param neighbour  which nearest other point the k-distance is taken to (minPoints - 1, at least 1)
     * @param coreShare  share of the points whose k-distance is at most eps: the share that are core points at eps
     */
    public record Choice(double eps, int neighbour, double coreShare) { }

    /**
     * Each point's distance to its {@code neighbour}-th nearest other point, ascending.
     *
     * @param x row-major n x d values, n > neighbour
     */
    public static double[] sortedKDistances(double[] x, int n, int d, int neighbour, CancellationToken cancel) {
        Matrices.checkShape(x, n, d);
        KdTree.Nearest nearest = new KdTree(x, n, d).nearest(neighbour);
        int[] indices = new int[neighbour];
        double[] squared = new double[neighbour];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (i % 1024 == 0) {
                cancel.throwIfCancelled();
            }
            nearest.find(i, indices, squared, 0);
            out[i] = Math.sqrt(squared[neighbour - 1]);
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * The rank of the knee of an ascending curve: the first index with the largest {@code i / (n - 1) - (y[i] - y[0])
     * / (y[n - 1] - y[0])}; 0 for a flat curve or fewer than 3 points.
     */
    public static int knee(double[] ascending) {
        int n = ascending.length;
        double range = n == 0 ? 0 : ascending[n - 1] - ascending[0];
        if (n < 3 || !(range > 0)) {
            return 0;
        }
        int best = 0;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double gap = i / (double) (n - 1) - (ascending[i] - ascending[0]) / range;
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }

    /**
     * eps by {@link #RULE} for DBSCAN with {@code minPoints} (the point itself counted, scikit-learn's
     * {@code min_samples}). When the knee's distance is 0 (many repeated points) the smallest positive k-distance is
     * taken instead, since eps must be positive; when every k-distance is 0, the smallest positive distance from the
     * first point to another, else 1 (every point is the same point: any eps gives one cluster).
     *
     * @param x         row-major n x d values
     * @param minPoints at least 2 and at most n
     * @throws IllegalArgumentException when minPoints is out of range or the shape is wrong
     */
    public static Choice choose(double[] x, int n, int d, int minPoints, CancellationToken cancel) {
        if (minPoints < 2 || minPoints > n) {
            throw new IllegalArgumentException("minPoints must be between 2 and n = " + n + ", got " + minPoints);
        }
        int neighbour = minPoints - 1;
        double[] k = sortedKDistances(x, n, d, neighbour, cancel);
        double eps = k[knee(k)];
        if (!(eps > 0)) {
            eps = Arrays.stream(k).filter(v -> v > 0).findFirst().orElse(anyPositiveDistance(x, n, d));
        }
        int core = 0;
        for (double v : k) {
            core += v <= eps ? 1 : 0;
        }
        return new Choice(eps, neighbour, core / (double) n);
    }

    private static double anyPositiveDistance(double[] x, int n, int d) {
        for (int i = 1; i < n; i++) {
            double sum = 0;
            for (int f = 0; f < d; f++) {
                double diff = x[i * d + f] - x[f];
                sum += diff * diff;
            }
            if (sum > 0) {
                return Math.sqrt(sum);
            }
        }
        return 1;
    }
}
