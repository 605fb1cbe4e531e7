package org.genrescope.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts of points per (truth class, predicted cluster), with classes and clusters in ascending label
 * order, as scikit-learn's {@code contingency_matrix}. Immutable; accessors return copies.
 * Any int is a label, including -1.
 */
public final class ContingencyTable {

    private final int[] truthClasses;
    private final int[] clusters;
    /** Row-major: class index i, cluster index j at {@code i * clusters.length + j}. */
    private final int[] counts;
    private final int[] classSizes;
    private final int[] clusterSizes;
    private final int total;

    private ContingencyTable(int[] truthClasses, int[] clusters, int[] counts, int total) {
        this.truthClasses = truthClasses;
        this.clusters = clusters;
        this.counts = counts;
        this.total = total;
        this.classSizes = new int[truthClasses.length];
        this.clusterSizes = new int[clusters.length];
        for (int i = 0; i < truthClasses.length; i++) {
            for (int j = 0; j < clusters.length; j++) {
                int c = counts[i * clusters.length + j];
                classSizes[i] += c;
                clusterSizes[j] += c;
            }
        }
    }

    /**
     * Cross-tabulates two labelings of the same points.
     *
     * @param truth the reference classes (e.g. genres), one per point
     * @param pred  the clustering, one label per point
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static ContingencyTable of(int[] truth, int[] pred) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(pred, "pred");
        if (truth.length != pred.length) {
            throw new IllegalArgumentException("Found input variables with inconsistent numbers of samples: "
                    + truth.length + " truth labels, " + pred.length + " predicted labels");
        }
        LabelEncoding classes = LabelEncoding.of(truth);
        LabelEncoding clusters = LabelEncoding.of(pred);
        int columns = clusters.labelCount();
        int[] counts = new int[classes.labelCount() * columns];
        int[] classCodes = classes.codes();
        int[] clusterCodes = clusters.codes();
        for (int p = 0; p < truth.length; p++) {
            counts[classCodes[p] * columns + clusterCodes[p]]++;
        }
        return new ContingencyTable(classes.distinctLabels(), clusters.distinctLabels(), counts, truth.length);
    }

    /**
     * A table from counts made before, such as a session's copy of one {@link #of} gave (ADR 0016): the same table
     * as cross-tabulating the labelings it counted. The inputs are checked as {@link #of} would have made them, so
     * that a table read from a file is never one no labeling could give.
     *
     * @param truthClasses the row labels, strictly ascending
     * @param clusters     the column labels, strictly ascending
     * @param counts       [row][column] points, each at least 0; every row and every column holds at least one
     *                     point (a label is only a row or column when some point has it); the total fits an int
     * @throws IllegalArgumentException naming the first thing that is not so
     */
    public static ContingencyTable ofCounts(int[] truthClasses, int[] clusters, int[][] counts) {
        Objects.requireNonNull(truthClasses, "truthClasses");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(counts, "counts");
        ascending("row", truthClasses);
        ascending("column", clusters);
        if (counts.length != truthClasses.length) {
            throw new IllegalArgumentException(counts.length + " rows of counts for " + truthClasses.length
                    + " row labels");
        }
        int[] flat = new int[truthClasses.length * clusters.length];
        long total = 0;
        long[] columnTotals = new long[clusters.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == null || counts[i].length != clusters.length) {
                throw new IllegalArgumentException("row " + i + " of counts has " + (counts[i] == null ? 0
                        : counts[i].length) + " counts for " + clusters.length + " column labels");
            }
            long rowTotal = 0;
            for (int j = 0; j < clusters.length; j++) {
                int c = counts[i][j];
                if (c < 0) {
                    throw new IllegalArgumentException("count [" + i + "][" + j + "] is negative: " + c);
                }
                flat[i * clusters.length + j] = c;
                rowTotal += c;
                columnTotals[j] += c;
            }
            if (rowTotal == 0) {
                throw new IllegalArgumentException("row label " + truthClasses[i] + " counts no point");
            }
            total += rowTotal;
        }
        for (int j = 0; j < clusters.length; j++) {
            if (columnTotals[j] == 0) {
                throw new IllegalArgumentException("column label " + clusters[j] + " counts no point");
            }
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the counts total " + total + " points, more than an int holds");
        }
        return new ContingencyTable(truthClasses.clone(), clusters.clone(), flat, (int) total);
    }

    private static void ascending(String what, int[] labels) {
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] <= labels[i - 1]) {
                throw new IllegalArgumentException("the " + what + " labels are not strictly ascending: "
                        + labels[i - 1] + " then " + labels[i]);
            }
        }
    }

    /** Distinct truth classes, ascending (row order). */
    public int[] truthClasses() {
        return truthClasses.clone();
    }

    /** Distinct predicted clusters, ascending (column order). */
    public int[] clusters() {
        return clusters.clone();
    }

    /** Number of distinct truth classes (rows). */
    public int classCount() {
        return truthClasses.length;
    }

    /** Number of distinct clusters (columns). */
    public int clusterCount() {
        return clusters.length;
    }

    /** Number of points labelled; equals the sum of all counts. */
    public int total() {
        return total;
    }

    /** Points of the class at row {@code classIndex} that fall in the cluster at column {@code clusterIndex}. */
    public int count(int classIndex, int clusterIndex) {
        Objects.checkIndex(classIndex, truthClasses.length);
        Objects.checkIndex(clusterIndex, clusters.length);
        return counts[classIndex * clusters.length + clusterIndex];
    }

    /** Points in the class at row {@code classIndex}. */
    public int classSize(int classIndex) {
        return classSizes[classIndex];
    }

    /** Points in the cluster at column {@code clusterIndex}. */
    public int clusterSize(int clusterIndex) {
        return clusterSizes[clusterIndex];
    }

    /** All counts as a fresh [class][cluster] array. */
    public int[][] toArray() {
        int[][] out = new int[truthClasses.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new int[clusters.length];
            System.arraycopy(counts, i * clusters.length, out[i], 0, clusters.length);
        }
        return out;
    }

    /**
     * For each truth class (ascending), the cluster most of its members fall in; a tie goes to the
     * smallest cluster label. This is the study's "most common cluster per genre" table.
     */
    public List<DominantCluster> dominantClusters() {
        List<DominantCluster> out = new ArrayList<>(truthClasses.length);
        for (int i = 0; i < truthClasses.length; i++) {
            int best = 0;
            for (int j = 1; j < clusters.length; j++) {
                // Strictly greater keeps the first (smallest-label) cluster on ties.
                if (counts[i * clusters.length + j] > counts[i * clusters.length + best]) {
                    best = j;
                }
            }
            out.add(new DominantCluster(truthClasses[i], clusters[best], classSizes[i],
                    counts[i * clusters.length + best]));
        }
        return List.copyOf(out);
    }

    /** Row-major counts; shared with the metric code in this package, never modified. */
    int[] countsView() {
        return counts;
    }

    int[] classSizesView() {
        return classSizes;
    }

    int[] clusterSizesView() {
        return clusterSizes;
    }
}
