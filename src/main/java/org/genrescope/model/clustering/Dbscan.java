package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Objects;

import org.genrescope.model.spatial.KdTree;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * DBSCAN with scikit-learn's semantics ({@code sklearn.cluster.DBSCAN}, Euclidean metric):
 * <ul>
 *   <li>a point is a core point when at least {@code minPoints} points, <em>itself included</em>, lie within
 *       distance {@code eps} (inclusive) of it; scikit-learn's {@code min_samples}. (Smile's {@code minPts} does
 *       not count the point itself, so Smile's {@code minPts = m} is {@code minPoints = m + 1} here.)</li>
 *   <li>clusters grow from core points taken in point order and are numbered in that order;</li>
 *   <li>a border point (not core, within eps of a core point) joins the first cluster that reaches it;</li>
 *   <li>everything else is noise, labelled {@link ClusteringLabels#NOISE}.</li>
 * </ul>
 * Neighbour queries go through a {@link KdTree}, and the core test stops counting at {@code minPoints}, so no
 * neighbour lists are stored: memory stays O(n) even when eps is large.
 */
public final class Dbscan {

    /** Stage name reported to the {@link ProgressListener}. */
    public static final String STAGE = "dbscan";

    private static final int PROGRESS_STEP = 1024;

    private Dbscan() {
    }

    /**
     * Clusters n points of d features.
     *
     * @param x         row-major n x d values (not modified)
     * @param eps       neighbourhood radius, finite and > 0
     * @param minPoints points (itself included) a core point needs within eps, at least 1
     * @param progress  told "dbscan", points processed, 2n (core test, then expansion)
     * @param cancel    polled every {@value #PROGRESS_STEP} points
     */
    public static ClusteringLabels fit(double[] x, int n, int d, double eps, int minPoints, ProgressListener progress,
                                       CancellationToken cancel) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a finite number > 0, got " + eps);
        }
        if (minPoints < 1) {
            throw new IllegalArgumentException("minPoints must be at least 1, got " + minPoints);
        }
        Matrices.checkShape(x, n, d);

        KdTree tree = new KdTree(x, n, d);
        long total = 2L * n;
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (i % PROGRESS_STEP == 0) {
                cancel.throwIfCancelled();
                progress.progress(STAGE, i, total, "finding core points");
            }
            core[i] = tree.countWithin(i, eps, minPoints) >= minPoints;
        }

        int[] labels = new int[n];
        Arrays.fill(labels, ClusteringLabels.NOISE);
        int[] stack = new int[n];
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            if (i % PROGRESS_STEP == 0) {
                cancel.throwIfCancelled();
                progress.progress(STAGE, n + i, total, "growing clusters");
            }
            if (labels[i] != ClusteringLabels.NOISE || !core[i]) {
                continue;
            }
            int cluster = clusters++;
            // A point is labelled when pushed, not when popped as in scikit-learn: every pushed point is popped
            // before this cluster ends, so the labels are the same and no point is pushed twice.
            labels[i] = cluster;
            int[] top = {0};
            stack[top[0]++] = i;
            while (top[0] > 0) {
                int point = stack[--top[0]];
                if (!core[point]) {
                    continue;
                }
                tree.forEachWithin(point, eps, neighbour -> {
                    if (labels[neighbour] == ClusteringLabels.NOISE) {
                        labels[neighbour] = cluster;
                        stack[top[0]++] = neighbour;
                    }
                });
            }
        }
        progress.progress(STAGE, total, total, clusters + " clusters");
        int noise = 0;
        for (int label : labels) {
            if (label == ClusteringLabels.NOISE) {
                noise++;
            }
        }
        return new ClusteringLabels(labels, clusters, noise);
    }
}
