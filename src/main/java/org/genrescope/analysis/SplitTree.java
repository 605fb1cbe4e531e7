package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How clusters split as k grows (a clustering tree, as R's clustree draws it): one layer per k, a node per cluster of
 * the reference clustering at that k, and an edge from a cluster at k to a cluster at k + 1 for the tracks the two
 * share. Each node also carries its stability over seeds: the mean, over the other seeds' clusterings at the same k,
 * of its best Jaccard index (|A &cap; B| / |A &cup; B|) with any of their clusters, so that a cluster every seed finds
 * again scores near 1 and one that only this seed cut out scores low (Hennig's cluster-wise stability, with seeds in
 * place of bootstrap samples). Noise (-1) belongs to no cluster and is left out of sizes, edges and overlaps.
 */
public final class SplitTree {

    /**
     * One cluster of the reference clustering at one k.
     *
     * @param k         the layer's k
     * @param cluster   the cluster's number in that clustering
     * @param size      its tracks
     * @param stability the mean best Jaccard index over the other seeds, in [0, 1]; NaN without another seed
     */
    public record Node(int k, int cluster, int size, double stability) { }

    /**
     * Tracks that lie in cluster {@code from} at k and in cluster {@code to} at k + 1.
     *
     * @param k      the upper layer's k
     * @param from   the cluster at k
     * @param to     the cluster at k + 1
     * @param tracks how many tracks both hold, at least 1
     */
    public record Edge(int k, int from, int to, int tracks) { }

    private final int kMin;
    private final List<List<Node>> layers;
    private final List<Edge> edges;

    private SplitTree(int kMin, List<List<Node>> layers, List<Edge> edges) {
        this.kMin = kMin;
        this.layers = layers;
        this.edges = edges;
    }

    /**
     * The tree of {@code reference}'s clusterings, with stability against {@code others}'.
     *
     * @param kMin      the k of the first clustering; the layers are kMin, kMin + 1, ...
     * @param reference the reference seed's labels per k (index 0 is kMin), one label per track, -1 for noise
     * @param others    for each other seed, its labels per k in the same layout (empty: stability is NaN)
     * @throws IllegalArgumentException when there is no clustering, a seed lacks a k, or two clusterings label
     *                                  different numbers of tracks
     */
    public static SplitTree of(int kMin, List<int[]> reference, List<List<int[]>> others) {
        Objects.requireNonNull(reference, "reference");
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("a split tree needs at least one clustering");
        }
        int n = reference.get(0).length;
        for (List<int[]> seed : others) {
            if (seed.size() != reference.size()) {
                throw new IllegalArgumentException("every seed needs a clustering for each of the " + reference.size()
                        + " values of k; one has " + seed.size());
            }
        }
        List<List<Node>> layers = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            int[] labels = check(reference.get(i), n);
            int[] sizes = sizes(labels);
            List<Node> layer = new ArrayList<>();
            for (int c = 0; c < sizes.length; c++) {
                if (sizes[c] > 0) {
                    double sum = 0;
                    for (List<int[]> seed : others) {
                        sum += bestJaccard(labels, c, sizes[c], check(seed.get(i), n));
                    }
                    layer.add(new Node(kMin + i, c, sizes[c], others.isEmpty() ? Double.NaN : sum / others.size()));
                }
            }
            layers.add(List.copyOf(layer));
            if (i + 1 < reference.size()) {
                edges.addAll(edges(kMin + i, labels, check(reference.get(i + 1), n)));
            }
        }
        return new SplitTree(kMin, List.copyOf(layers), List.copyOf(edges));
    }

    public int kMin() {
        return kMin;
    }

    public int kMax() {
        return kMin + layers.size() - 1;
    }

    /** The nodes per layer, layer 0 at kMin, each layer's clusters in the order of their numbers (empty ones left out). */
    public List<List<Node>> layers() {
        return layers;
    }

    /** Every edge, layer by layer, then by the upper cluster's number, then the lower's. */
    public List<Edge> edges() {
        return edges;
    }

    /** The largest Jaccard index of cluster c of {@code labels} (with {@code size} tracks) with any cluster of other. */
    static double bestJaccard(int[] labels, int c, int size, int[] other) {
        int[] otherSizes = sizes(other);
        int[] shared = new int[otherSizes.length];
        for (int t = 0; t < labels.length; t++) {
            if (labels[t] == c && other[t] >= 0) {
                shared[other[t]]++;
            }
        }
        double best = 0;
        for (int b = 0; b < shared.length; b++) {
            if (shared[b] > 0) {
                best = Math.max(best, (double) shared[b] / (size + otherSizes[b] - shared[b]));
            }
        }
        return best;
    }

    private static List<Edge> edges(int k, int[] upper, int[] lower) {
        int[][] counts = new int[sizes(upper).length][sizes(lower).length];
        for (int t = 0; t < upper.length; t++) {
            if (upper[t] >= 0 && lower[t] >= 0) {
                counts[upper[t]][lower[t]]++;
            }
        }
        List<Edge> out = new ArrayList<>();
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts[a].length; b++) {
                if (counts[a][b] > 0) {
                    out.add(new Edge(k, a, b, counts[a][b]));
                }
            }
        }
        return out;
    }

    /** Tracks per cluster number, 0 .. the largest label. */
    private static int[] sizes(int[] labels) {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        int[] sizes = new int[max + 1];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        return sizes;
    }

    private static int[] check(int[] labels, int n) {
        if (labels.length != n) {
            throw new IllegalArgumentException("the clusterings label " + n + " and " + labels.length
                    + " tracks; a split tree needs the same tracks throughout");
        }
        for (int label : labels) {
            if (label < -1) {
                throw new IllegalArgumentException("cluster labels are numbers >= 0 or -1 for noise, got " + label);
            }
        }
        return labels;
    }
}
