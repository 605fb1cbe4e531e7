package org.genrescope.model.clustering;

import java.util.Arrays;
import java.util.Objects;

/**
 * Keeps cluster identities across clusterings of the same points: a new clustering's clusters are matched one to one
 * to a previous clustering's by the greatest total overlap (the Hungarian assignment on their contingency table), and
 * each new cluster takes the number of the previous cluster it was matched to. Cluster numbers are otherwise
 * arbitrary (K-Means numbers its clusters in the order its starts happened to fall), so without this a rerun or
 * another k shuffles numbers and colours that mean nothing.
 *
 * <p>The counts may differ. Noise ({@link ClusteringLabels#NOISE}, DBSCAN's -1) is no cluster: it takes part in no
 * overlap and stays -1.
 */
public final class ClusterMatching {
    private ClusterMatching() { }

    /**
     * The overlap table: how many points lie in new cluster a and previous cluster b, noise left out.
     *
     * @return nextCount x previousCount counts
     */
    static double[][] overlap(int[] previous, int previousCount, int[] next, int nextCount) {
        double[][] counts = new double[nextCount][previousCount];
        for (int i = 0; i < next.length; i++) {
            if (next[i] >= 0 && previous[i] >= 0) {
                counts[next[i]][previous[i]]++;
            }
        }
        return counts;
    }

    /**
     * The number each new cluster is given: the previous cluster's number it is matched to, and for new clusters left
     * unmatched (when there are more new clusters than previous ones) the lowest numbers no matched cluster took, in
     * the order of their own numbers.
     *
     * @param previous the earlier labels, one per point, each a cluster number &gt;= 0 or -1 for noise
     * @param next     the new labels of the same points, likewise
     * @return indexed by the new cluster number (0 .. the largest new label), its matched number
     * @throws IllegalArgumentException when the lengths differ or a label is below -1
     */
    public static int[] numbers(int[] previous, int[] next) {
        int previousCount = labelSpace(previous, "previous");
        int nextCount = labelSpace(next, "next");
        if (previous.length != next.length) {
            throw new IllegalArgumentException("the clusterings label " + previous.length + " and " + next.length
                    + " points; matching needs the same points");
        }
        int[] matched = HungarianAssignment.maximumWeight(overlap(previous, previousCount, next, nextCount));
        boolean[] taken = new boolean[Math.max(previousCount, 0) + nextCount];
        for (int number : matched) {
            if (number >= 0) {
                taken[number] = true;
            }
        }
        int free = 0;
        int[] numbers = matched.clone();
        for (int a = 0; a < nextCount; a++) {
            if (numbers[a] < 0) {
                while (taken[free]) {
                    free++;
                }
                numbers[a] = free;
                taken[free] = true;
            }
        }
        return numbers;
    }

    /**
     * {@code next}'s labels renumbered by {@link #numbers}; -1 stays -1. The numbers may exceed the new clustering's
     * count when it has fewer clusters than the previous one (they are the previous clustering's numbers); use
     * {@link #match(Clustering, Clustering)} where the labels must stay 0..k-1.
     */
    public static int[] relabel(int[] previous, int[] next) {
        return apply(numbers(previous, next), next);
    }

    /**
     * {@code next} renumbered to agree with {@code previous} as far as its own count allows (see
     * {@link #numbersWithin}). Centroids are reordered with their clusters; inertia and noise are unchanged.
     *
     * @throws IllegalArgumentException when the two label different numbers of points
     */
    public static Clustering match(Clustering previous, Clustering next) {
        return renumber(next, numbersWithin(previous, next));
    }

    /**
     * The numbers {@link #match} gives {@code next}'s clusters, a permutation of 0..k-1 for its k clusters: every
     * cluster takes its matched number where that number is below k; the clusters matched to higher numbers (when
     * {@code next} has fewer clusters than {@code previous}) take the numbers left free below k, in the order of the
     * numbers they were matched to.
     *
     * @return indexed by {@code next}'s cluster number, its new number
     * @throws IllegalArgumentException when the two label different numbers of points
     */
    public static int[] numbersWithin(Clustering previous, Clustering next) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        int[] nextLabels = next.labels();
        int[] numbers = Arrays.copyOf(numbers(previous.labels(), nextLabels), next.clusterCount());
        // empty clusters beyond the largest label were not seen by numbers(): give them numbers too
        fillUnnumbered(numbers, labelSpace(nextLabels, "next"));
        compact(numbers);
        return numbers;
    }

    /**
     * {@code c} with cluster a renamed {@code numbers[a]} (noise stays -1) and its centroid moved with it.
     *
     * @param numbers a permutation of 0..k-1 for c's k clusters
     * @throws IllegalArgumentException when {@code numbers} is not such a permutation
     */
    public static Clustering renumber(Clustering c, int[] numbers) {
        int k = c.clusterCount();
        boolean[] seen = new boolean[k];
        for (int number : numbers) {
            if (numbers.length != k || number < 0 || number >= k || seen[number]) {
                throw new IllegalArgumentException("numbers " + Arrays.toString(numbers) + " are not a permutation of 0.."
                        + (k - 1));
            }
            seen[number] = true;
        }
        int[] labels = apply(numbers, c.labels());
        double[] centroids = c.centroidsOrNull();
        double[] moved = null;
        if (centroids != null) {
            int d = centroids.length / k;
            moved = new double[centroids.length];
            for (int a = 0; a < k; a++) {
                System.arraycopy(centroids, a * d, moved, numbers[a] * d, d);
            }
        }
        return new Clustering(labels, k, moved, c.inertiaOrNaN(), c.noiseCount());
    }

    /** Numbers for the clusters from {@code from} on: the lowest not taken. */
    private static void fillUnnumbered(int[] numbers, int from) {
        boolean[] taken = new boolean[numbers.length + from + 1];
        for (int a = 0; a < Math.min(from, numbers.length); a++) {
            if (numbers[a] < taken.length) {
                taken[numbers[a]] = true;
            }
        }
        int free = 0;
        for (int a = from; a < numbers.length; a++) {
            while (taken[free]) {
                free++;
            }
            numbers[a] = free;
            taken[free] = true;
        }
    }

    /** Makes distinct {@code numbers} a permutation of 0..length-1, keeping each one already below length. */
    private static void compact(int[] numbers) {
        int k = numbers.length;
        boolean[] taken = new boolean[k];
        java.util.List<Integer> high = new java.util.ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (numbers[a] < k) {
                taken[numbers[a]] = true;
            } else {
                high.add(a);
            }
        }
        high.sort((x, y) -> Integer.compare(numbers[x], numbers[y]));
        int free = 0;
        for (int a : high) {
            while (taken[free]) {
                free++;
            }
            numbers[a] = free;
            taken[free] = true;
        }
    }

    private static int[] apply(int[] numbers, int[] labels) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] < 0 ? labels[i] : numbers[labels[i]];
        }
        return out;
    }

    /** The largest label plus one. */
    private static int labelSpace(int[] labels, String which) {
        Objects.requireNonNull(labels, which);
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < ClusteringLabels.NOISE) {
                throw new IllegalArgumentException(which + " label of point " + i + " is " + labels[i]
                        + "; labels are cluster numbers >= 0 or -1 for noise");
            }
            max = Math.max(max, labels[i]);
        }
        return max + 1;
    }
}
