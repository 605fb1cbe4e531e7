package org.genrescope.model.clustering;

import org.genrescope.model.numeric.RowMajor;
import org.genrescope.task.CancellationToken;

/**
 * Lloyd's algorithm from given centres, with Hamerly's bounds (one upper bound to the own centre, one lower
 * bound to all others, per point) so most points skip the distance scan once clusters settle. The labels it
 * produces are the ones plain Lloyd would produce (up to exact distance ties).
 *
 * <p>The loop mirrors scikit-learn's {@code _kmeans_single_lloyd}: assign, move the centres, stop when no label
 * changed since the previous iteration or when the summed squared centre shift is at most the tolerance; after a
 * tolerance stop the points are assigned once more so labels and centres agree. Empty clusters are handled as in
 * scikit-learn's {@code _relocate_empty_clusters}: each empty cluster takes the point farthest from its own centre
 * (the farthest for the first empty cluster, the next farthest for the second...), which leaves its old cluster.
 *
 * <p>One instance is a reusable workspace for one thread; it is not thread-safe.
 */
final class HamerlyLloyd {
    private final double[] x;
    private final int n;
    private final int d;
    private final int k;

    private final int[] labels;
    private final double[] upper;
    private final double[] lower;
    private final double[] centres;
    /** The centres transposed (d x k), so a scan's inner loop runs over centres and vectorises. */
    private final double[] centresByFeature;
    private final double[] scanDistances;
    private final double[] previousCentres;
    /** Per-cluster sums and counts of the current labels, kept up to date as points change cluster. */
    private final double[] sums;
    private final int[] counts;
    /** Set when the sums no longer follow the labels (after an empty-cluster relocation). */
    private boolean sumsStale;
    private final double[] halfGap;
    private final double[] shift;

    private int iterations;
    private double inertia;

    HamerlyLloyd(double[] x, int n, int d, int k) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.labels = new int[n];
        this.upper = new double[n];
        this.lower = new double[n];
        this.centres = new double[k * d];
        this.centresByFeature = new double[d * k];
        this.scanDistances = new double[k];
        this.previousCentres = new double[k * d];
        this.sums = new double[k * d];
        this.counts = new int[k];
        this.halfGap = new double[k];
        this.shift = new double[k];
    }

    /**
     * Runs Lloyd iterations from {@code initialCentres} (k x d). Afterwards {@link #labels()}, {@link #centres()},
     * {@link #inertia()} and {@link #iterations()} describe the result (views into this workspace).
     *
     * @param absoluteTolerance stop when the summed squared centre shift is at most this
     */
    void run(double[] initialCentres, int maxIterations, double absoluteTolerance, CancellationToken cancel) {
        System.arraycopy(initialCentres, 0, centres, 0, k * d);
        transposeCentres();
        boolean labelsStable = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            cancel.throwIfCancelled();
            int changed;
            if (iteration == 0) {
                assignAllExactly();
                sumsStale = true;
                changed = n;
            } else {
                changed = assignWithBounds();
            }
            double totalShift = moveCentres();
            iteration++;
            if (iteration > 1 && changed == 0) {
                labelsStable = true;
                break;
            }
            if (totalShift <= absoluteTolerance) {
                break;
            }
        }
        if (!labelsStable) {
            // The centres moved after the last assignment: assign once more so labels match the final centres.
            assignWithBounds();
        }
        iterations = iteration;
        inertia = computeInertia();
    }

    int[] labels() {
        return labels;
    }

    double[] centres() {
        return centres;
    }

    double inertia() {
        return inertia;
    }

    int iterations() {
        return iterations;
    }

    private void assignAllExactly() {
        for (int i = 0; i < n; i++) {
            scan(i);
        }
    }

    /** Hamerly's assignment step; returns how many labels changed. */
    private int assignWithBounds() {
        computeHalfGaps();
        int changed = 0;
        for (int i = 0; i < n; i++) {
            int own = labels[i];
            double bound = Math.max(halfGap[own], lower[i]);
            if (upper[i] <= bound) {
                continue;
            }
            upper[i] = Math.sqrt(squaredDistance(i, centres, own));
            if (upper[i] <= bound) {
                continue;
            }
            scan(i);
            if (labels[i] != own) {
                changed++;
                moveBetweenSums(i, own, labels[i]);
            }
        }
        return changed;
    }

    /**
     * Distance scan over all centres: sets the label and both bounds exactly. Ties go to the lower index. Each
     * distance is summed over features in the same order as {@link #squaredDistance}, so the values are identical.
     */
    private void scan(int i) {
        double[] distances = scanDistances;
        java.util.Arrays.fill(distances, 0);
        int row = i * d;
        for (int f = 0; f < d; f++) {
            double value = x[row + f];
            int offset = f * k;
            for (int c = 0; c < k; c++) {
                double diff = value - centresByFeature[offset + c];
                distances[c] += diff * diff;
            }
        }
        int nearest = 0;
        double nearestSquared = Double.POSITIVE_INFINITY;
        double secondSquared = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double distance = distances[c];
            if (distance < nearestSquared) {
                secondSquared = nearestSquared;
                nearestSquared = distance;
                nearest = c;
            } else if (distance < secondSquared) {
                secondSquared = distance;
            }
        }
        labels[i] = nearest;
        upper[i] = Math.sqrt(nearestSquared);
        lower[i] = Math.sqrt(secondSquared);
    }

    private void transposeCentres() {
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < d; f++) {
                centresByFeature[f * k + c] = centres[c * d + f];
            }
        }
    }

    /** Half the distance from each centre to its nearest other centre: a point closer than that cannot move. */
    private void computeHalfGaps() {
        java.util.Arrays.fill(halfGap, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double half = 0.5 * Math.sqrt(RowMajor.squaredDistance(centres, a, centres, b, d));
                if (half < halfGap[a]) {
                    halfGap[a] = half;
                }
                if (half < halfGap[b]) {
                    halfGap[b] = half;
                }
            }
        }
    }

    private void moveBetweenSums(int i, int from, int to) {
        counts[from]--;
        counts[to]++;
        int row = i * d;
        int source = from * d;
        int target = to * d;
        for (int f = 0; f < d; f++) {
            sums[source + f] -= x[row + f];
            sums[target + f] += x[row + f];
        }
    }

    private void recomputeSums() {
        java.util.Arrays.fill(sums, 0);
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            counts[c]++;
            int row = i * d;
            int centre = c * d;
            for (int f = 0; f < d; f++) {
                sums[centre + f] += x[row + f];
            }
        }
        sumsStale = false;
    }

    /**
     * Sets each centre to the mean of its points (relocating empty clusters), loosens the bounds by how far the
     * centres moved, and returns the summed squared shift. The sums are updated incrementally as points move,
     * so this costs O(k d) plus O(n) for the bounds instead of O(n d).
     */
    private double moveCentres() {
        if (sumsStale) {
            recomputeSums();
        }
        System.arraycopy(centres, 0, previousCentres, 0, k * d);
        System.arraycopy(sums, 0, centres, 0, k * d);
        relocateEmptyClusters();
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                double inverse = 1.0 / counts[c];
                int centre = c * d;
                for (int f = 0; f < d; f++) {
                    centres[centre + f] *= inverse;
                }
            }
        }
        transposeCentres();
        double total = 0;
        double largest = 0;
        double secondLargest = 0;
        int largestCluster = -1;
        for (int c = 0; c < k; c++) {
            double squared = 0;
            int centre = c * d;
            for (int f = 0; f < d; f++) {
                double diff = centres[centre + f] - previousCentres[centre + f];
                squared += diff * diff;
            }
            total += squared;
            shift[c] = Math.sqrt(squared);
            if (shift[c] > largest) {
                secondLargest = largest;
                largest = shift[c];
                largestCluster = c;
            } else if (shift[c] > secondLargest) {
                secondLargest = shift[c];
            }
        }
        for (int i = 0; i < n; i++) {
            int own = labels[i];
            upper[i] += shift[own];
            // The lower bound covers every other centre, so it loosens by the largest shift among them.
            lower[i] -= own == largestCluster ? secondLargest : largest;
        }
        return total;
    }

    /**
     * Runs on the per-cluster sums copied into {@code centres} (before dividing by counts), like scikit-learn's
     * relocation. The moved points keep their old label until the next assignment, so the sums are rebuilt then.
     */
    private void relocateEmptyClusters() {
        int empty = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                empty++;
            }
        }
        if (empty == 0) {
            return;
        }
        int[] farthest = farthestFromOwnCentre(empty);
        int next = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] != 0) {
                continue;
            }
            int point = farthest[next++];
            int old = labels[point];
            int row = point * d;
            for (int f = 0; f < d; f++) {
                centres[old * d + f] -= x[row + f];
                centres[c * d + f] = x[row + f];
            }
            counts[old]--;
            counts[c] = 1;
        }
        sumsStale = true;
    }

    /** Indices of the {@code count} points farthest from their (previous) centre, farthest first. */
    private int[] farthestFromOwnCentre(int count) {
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            distance[i] = squaredDistance(i, previousCentres, labels[i]);
        }
        int[] chosen = new int[count];
        boolean[] taken = new boolean[n];
        for (int slot = 0; slot < count; slot++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || distance[i] > distance[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            chosen[slot] = best;
        }
        return chosen;
    }

    private double computeInertia() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += squaredDistance(i, centres, labels[i]);
        }
        return sum;
    }

    /** Squared distance between point i of x and row c of {@code rows} (centres). */
    private double squaredDistance(int i, double[] rows, int c) {
        return RowMajor.squaredDistance(x, i, rows, c, d);
    }
}
