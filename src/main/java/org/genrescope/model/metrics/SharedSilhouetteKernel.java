package org.genrescope.model.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Exact silhouettes of several labelings of the same points at once: each pairwise distance is computed once and
 * added to every labeling's per-cluster sums, so the O(n^2 d) distance work is shared and each further labeling
 * costs one vectorised add per pair.
 *
 * <p>How: points stay in input order (the labelings sort them differently). A unit of work is a block of
 * {@code rows} rows; for each block of {@code columns} columns it fills a distance block (column-major: the
 * distances from one column point to all rows are contiguous), then for each labeling and each of its clusters adds
 * the distances of the block's columns in that cluster to the rows' sums for the cluster: {@code sums[cluster][row]
 * += distance}, a contiguous loop the JIT vectorises. Visiting a block's columns cluster by cluster (each labeling
 * keeps its columns sorted so, block by block) keeps one cluster's sums in the first-level cache while its columns
 * are added, four columns to one load and store of the sums, instead of jumping to another cluster's sums at every
 * column: with many labelings (a whole sweep's) their sums exceed the second-level cache, and the jumping was most
 * of the time. Unlike {@link SilhouetteKernel} it does not use symmetry (every distance is computed twice, once per
 * direction), which is what lets each point's sums be written by one unit only.
 *
 * <p>Why it is deterministic: a point's sums are added in a fixed order (column block, then cluster, then column)
 * by the one unit that owns its row, so the result is bit-identical for any number of threads. It differs from
 * {@link SilhouetteKernel} only in summation order (relative differences near 1e-15).
 */
final class SharedSilhouetteKernel {

    /** Rows of a unit of work (the sums of one cluster: 512 bytes). */
    static final int ROWS = 64;
    /** Columns of a distance block (with {@link #ROWS}, 128 KiB: in the second-level cache). */
    static final int COLUMNS = 256;

    private final int n;
    private final int d;
    private final int rowsPerUnit;
    private final int columnsPerBlock;
    private final int labelings;
    /** Coordinates dimension-major: dimension m of point p at m * n + p. */
    private final double[] columns;
    /** Labeling l's cluster codes, 0..k_l - 1. */
    private final int[][] codes;
    /** Labeling l's cluster sizes. */
    private final int[][] counts;
    /** Labeling l's clusters occupy sum rows clusterOffset[l] until clusterOffset[l + 1]. */
    private final int[] clusterOffset;
    /**
     * Labeling l's columns, block by block and within a block cluster by cluster (ascending within a cluster), each
     * as its place in its block (q - the block's first column).
     */
    private final int[][] byCluster;
    /**
     * Where labeling l's cluster c of column block b starts in {@code byCluster[l]}: at b * (k_l + 1) + c; the entry
     * after it is where it ends.
     */
    private final int[][] clusterStarts;

    SharedSilhouetteKernel(double[] x, int n, int d, List<LabelEncoding> encodings) {
        this(x, n, d, encodings, ROWS, COLUMNS);
    }

    /** With other block sizes (benchmarks, tests of the block edges). */
    SharedSilhouetteKernel(double[] x, int n, int d, List<LabelEncoding> encodings, int rowsPerUnit,
                           int columnsPerBlock) {
        this.n = n;
        this.d = d;
        this.rowsPerUnit = rowsPerUnit;
        this.columnsPerBlock = columnsPerBlock;
        this.labelings = encodings.size();
        columns = new double[n * d];
        for (int p = 0; p < n; p++) {
            for (int m = 0; m < d; m++) {
                columns[m * n + p] = x[p * d + m];
            }
        }
        codes = new int[labelings][];
        counts = new int[labelings][];
        clusterOffset = new int[labelings + 1];
        byCluster = new int[labelings][];
        clusterStarts = new int[labelings][];
        for (int l = 0; l < labelings; l++) {
            codes[l] = encodings.get(l).codes();
            counts[l] = encodings.get(l).counts();
            int k = encodings.get(l).labelCount();
            clusterOffset[l + 1] = clusterOffset[l] + k;
            sortByCluster(l, k);
        }
    }

    /** A counting sort of each column block's columns by labeling l's cluster. */
    private void sortByCluster(int l, int k) {
        int blocks = (n + columnsPerBlock - 1) / columnsPerBlock;
        int[] order = new int[n];
        int[] starts = new int[blocks * (k + 1)];
        int[] code = codes[l];
        for (int b = 0; b < blocks; b++) {
            int from = b * columnsPerBlock;
            int to = Math.min(n, from + columnsPerBlock);
            int at = b * (k + 1);
            for (int q = from; q < to; q++) {
                starts[at + code[q] + 1]++;
            }
            starts[at] = from;
            for (int c = 0; c < k; c++) {
                starts[at + c + 1] += starts[at + c];
            }
            int[] next = java.util.Arrays.copyOfRange(starts, at, at + k);
            for (int q = from; q < to; q++) {
                order[next[code[q]]++] = q - from;
            }
        }
        byCluster[l] = order;
        clusterStarts[l] = starts;
    }

    /** Silhouette of every point under every labeling: [labeling][point], points indexed like the input. */
    double[][] samples(int threads, ProgressListener progress, CancellationToken cancel) {
        double[][] result = new double[labelings][n];
        int units = (n + rowsPerUnit - 1) / rowsPerUnit;
        int reportEvery = Math.max(1, units / 100);
        AtomicInteger nextUnit = new AtomicInteger();
        AtomicInteger doneUnits = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            double[][] block = new double[columnsPerBlock][rowsPerUnit];
            double[][] sums = new double[clusterOffset[labelings]][rowsPerUnit];
            double[] clusterSums = new double[maxClusters()];
            try {
                int unit;
                while (failure.get() == null && (unit = nextUnit.getAndIncrement()) < units) {
                    rowBlock(unit * rowsPerUnit, Math.min(n, unit * rowsPerUnit + rowsPerUnit), block, sums,
                            clusterSums, result, cancel);
                    int done = doneUnits.incrementAndGet();
                    if (done % reportEvery == 0 || done == units) {
                        progress.progress("silhouette", done, units, "rows " + Math.min(n, done * rowsPerUnit)
                                + " of " + n + " for " + labelings + " labelings");
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        SilhouetteKernel.runOnThreads(worker, Math.min(threads, units));
        SilhouetteKernel.rethrowFailure(failure.get());
        return result;
    }

    private int maxClusters() {
        int max = 0;
        for (int l = 0; l < labelings; l++) {
            max = Math.max(max, clusterOffset[l + 1] - clusterOffset[l]);
        }
        return max;
    }

    /** Every labeling's silhouette of the rows from..to. */
    private void rowBlock(int from, int to, double[][] block, double[][] sums, double[] clusterSums,
                          double[][] result, CancellationToken cancel) {
        int rows = to - from;
        for (double[] clusterSum : sums) {
            java.util.Arrays.fill(clusterSum, 0.0);
        }
        for (int columnFrom = 0, b = 0; columnFrom < n; columnFrom += columnsPerBlock, b++) {
            cancel.throwIfCancelled();
            int columnTo = Math.min(n, columnFrom + columnsPerBlock);
            for (int q = columnFrom; q < columnTo; q++) {
                double[] column = block[q - columnFrom];
                ColumnDistances.squared(columns, n, d, q, from, rows, column, 0);
                for (int r = 0; r < rows; r++) {
                    column[r] = Math.sqrt(column[r]);
                }
            }
            for (int l = 0; l < labelings; l++) {
                int[] order = byCluster[l];
                int[] starts = clusterStarts[l];
                int k = clusterOffset[l + 1] - clusterOffset[l];
                int at = b * (k + 1);
                for (int c = 0; c < k; c++) {
                    addColumns(block, order, starts[at + c], starts[at + c + 1], sums[clusterOffset[l] + c], rows);
                }
            }
        }
        for (int l = 0; l < labelings; l++) {
            int k = clusterOffset[l + 1] - clusterOffset[l];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < k; c++) {
                    clusterSums[c] = sums[clusterOffset[l] + c][r];
                }
                result[l][from + r] = SilhouetteKernel.silhouetteOf(codes[l][from + r], clusterSums, counts[l]);
            }
        }
    }

    /**
     * sum[r] += the distances of the columns order[lo..hi) to row r, for r below rows; four columns to one read and
     * write of the sum. Each column and the sum are arrays of their own, indexed alike, which is what lets the JIT
     * vectorise the loop (with offsets into shared arrays it cannot rule out an overlap, and adds one at a time).
     */
    private static void addColumns(double[][] block, int[] order, int lo, int hi, double[] sum, int rows) {
        int i = lo;
        for (; i + 4 <= hi; i += 4) {
            double[] c0 = block[order[i]];
            double[] c1 = block[order[i + 1]];
            double[] c2 = block[order[i + 2]];
            double[] c3 = block[order[i + 3]];
            for (int r = 0; r < rows; r++) {
                sum[r] += (c0[r] + c1[r]) + (c2[r] + c3[r]);
            }
        }
        for (; i < hi; i++) {
            double[] c0 = block[order[i]];
            for (int r = 0; r < rows; r++) {
                sum[r] += c0[r];
            }
        }
    }
}
