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
 * {@value #ROWS} rows; for each block of {@value #COLUMNS} columns it fills a distance block (column-major: the
 * distances from one column point to all rows are contiguous), then for each labeling adds each column's distances
 * to the rows' sums for that column's cluster: {@code sums[cluster][row] += distance}, a contiguous loop the JIT
 * vectorises. Unlike {@link SilhouetteKernel} it does not use symmetry (every distance is computed twice, once
 * per direction), which is what lets each point's sums be written by one unit only.
 *
 * <p>Why it is deterministic: a point's sums are added in column order by the one unit that owns its row, so the
 * result is bit-identical for any number of threads. It differs from {@link SilhouetteKernel} only in summation
 * order (relative differences near 1e-15).
 */
final class SharedSilhouetteKernel {

    private static final int ROWS = 128;
    private static final int COLUMNS = 64;

    private final int n;
    private final int d;
    private final int labelings;
    /** Coordinates dimension-major: dimension m of point p at m * n + p. */
    private final double[] columns;
    /** Labeling l's cluster codes, 0..k_l - 1. */
    private final int[][] codes;
    /** Labeling l's cluster sizes. */
    private final int[][] counts;
    /** Labeling l's clusters occupy sum rows clusterOffset[l] until clusterOffset[l + 1]. */
    private final int[] clusterOffset;

    SharedSilhouetteKernel(double[] x, int n, int d, List<LabelEncoding> encodings) {
        this.n = n;
        this.d = d;
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
        for (int l = 0; l < labelings; l++) {
            codes[l] = encodings.get(l).codes();
            counts[l] = encodings.get(l).counts();
            clusterOffset[l + 1] = clusterOffset[l] + encodings.get(l).labelCount();
        }
    }

    /** Silhouette of every point under every labeling: [labeling][point], points indexed like the input. */
    double[][] samples(int threads, ProgressListener progress, CancellationToken cancel) {
        double[][] result = new double[labelings][n];
        int units = (n + ROWS - 1) / ROWS;
        int reportEvery = Math.max(1, units / 100);
        AtomicInteger nextUnit = new AtomicInteger();
        AtomicInteger doneUnits = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            double[] block = new double[COLUMNS * ROWS];
            double[] sums = new double[clusterOffset[labelings] * ROWS];
            double[] clusterSums = new double[maxClusters()];
            try {
                int unit;
                while (failure.get() == null && (unit = nextUnit.getAndIncrement()) < units) {
                    rowBlock(unit * ROWS, Math.min(n, unit * ROWS + ROWS), block, sums, clusterSums, result, cancel);
                    int done = doneUnits.incrementAndGet();
                    if (done % reportEvery == 0 || done == units) {
                        progress.progress("silhouette", done, units, "rows " + Math.min(n, done * ROWS) + " of " + n
                                + " for " + labelings + " labelings");
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
    private void rowBlock(int from, int to, double[] block, double[] sums, double[] clusterSums, double[][] result,
                          CancellationToken cancel) {
        int rows = to - from;
        java.util.Arrays.fill(sums, 0.0);
        for (int columnFrom = 0; columnFrom < n; columnFrom += COLUMNS) {
            cancel.throwIfCancelled();
            int columnTo = Math.min(n, columnFrom + COLUMNS);
            for (int q = columnFrom; q < columnTo; q++) {
                int offset = (q - columnFrom) * ROWS;
                ColumnDistances.squared(columns, n, d, q, from, rows, block, offset);
                for (int r = 0; r < rows; r++) {
                    block[offset + r] = Math.sqrt(block[offset + r]);
                }
            }
            for (int l = 0; l < labelings; l++) {
                int[] code = codes[l];
                int base = clusterOffset[l];
                for (int q = columnFrom; q < columnTo; q++) {
                    int target = (base + code[q]) * ROWS;
                    int offset = (q - columnFrom) * ROWS;
                    for (int r = 0; r < rows; r++) {
                        sums[target + r] += block[offset + r];
                    }
                }
            }
        }
        for (int l = 0; l < labelings; l++) {
            int k = clusterOffset[l + 1] - clusterOffset[l];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < k; c++) {
                    clusterSums[c] = sums[(clusterOffset[l] + c) * ROWS + r];
                }
                result[l][from + r] = SilhouetteKernel.silhouetteOf(codes[l][from + r], clusterSums, counts[l]);
            }
        }
    }
}
