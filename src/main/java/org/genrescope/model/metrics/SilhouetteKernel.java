package org.genrescope.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Per-point silhouette values, exact (all pairwise distances, computed as direct differences rather
 * than the dot-product expansion, which loses accuracy for close points).
 *
 * <p>Why it is fast: points are sorted by cluster so each cluster is one contiguous range; coordinates
 * are stored dimension-major so the distance loop over a tile of points is a plain array loop the JIT
 * vectorises (square root included); a block of rows reuses each tile while it sits in L1.
 *
 * <p>Why it is deterministic: every point's per-cluster sums are computed by one thread, tile by tile
 * in a fixed order, whatever the number of threads; threads only decide which rows they take.
 */
final class SilhouetteKernel {

    private static final int ROW_BLOCK = 16;
    private static final int TILE = 256;

    private final int n;
    private final int d;
    private final int k;
    /** Sorted position -> original point index. */
    private final int[] order;
    /** Cluster code of sorted position p is the c with start[c] <= p < start[c + 1]. */
    private final int[] start;
    private final int[] sortedCodes;
    /** Coordinates in sorted order, row-major (for the row being scored). */
    private final double[] rows;
    /** Coordinates in sorted order, dimension-major: dimension m of sorted point p at m * n + p. */
    private final double[] columns;
    /** Tiles: [from, to) ranges of sorted positions, never crossing a cluster boundary. */
    private final int[] tileFrom;
    private final int[] tileTo;
    private final int[] tileCluster;

    SilhouetteKernel(double[] x, int n, int d, LabelEncoding encoding) {
        this.n = n;
        this.d = d;
        this.k = encoding.labelCount();
        int[] counts = encoding.counts();
        int[] codes = encoding.codes();
        start = new int[k + 1];
        for (int c = 0; c < k; c++) {
            start[c + 1] = start[c] + counts[c];
        }
        order = new int[n];
        sortedCodes = new int[n];
        int[] next = start.clone();
        for (int i = 0; i < n; i++) {
            int p = next[codes[i]]++;
            order[p] = i;
            sortedCodes[p] = codes[i];
        }
        rows = new double[n * d];
        columns = new double[n * d];
        for (int p = 0; p < n; p++) {
            int i = order[p];
            for (int m = 0; m < d; m++) {
                double v = x[i * d + m];
                rows[p * d + m] = v;
                columns[m * n + p] = v;
            }
        }
        List<int[]> tiles = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            for (int from = start[c]; from < start[c + 1]; from += TILE) {
                tiles.add(new int[] {from, Math.min(from + TILE, start[c + 1]), c});
            }
        }
        tileFrom = new int[tiles.size()];
        tileTo = new int[tiles.size()];
        tileCluster = new int[tiles.size()];
        for (int t = 0; t < tiles.size(); t++) {
            tileFrom[t] = tiles.get(t)[0];
            tileTo[t] = tiles.get(t)[1];
            tileCluster[t] = tiles.get(t)[2];
        }
    }

    /** Silhouette of every point, indexed like the input. */
    double[] samples(int threads, ProgressListener progress, CancellationToken cancel) {
        double[] result = new double[n];
        int blocks = (n + ROW_BLOCK - 1) / ROW_BLOCK;
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicInteger doneBlocks = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            double[] distances = new double[TILE];
            double[] clusterSums = new double[ROW_BLOCK * k];
            try {
                int block;
                while ((block = nextBlock.getAndIncrement()) < blocks && failure.get() == null) {
                    cancel.throwIfCancelled();
                    scoreBlock(block * ROW_BLOCK, Math.min(n, (block + 1) * ROW_BLOCK), distances, clusterSums,
                            result);
                    int done = doneBlocks.incrementAndGet();
                    if (done % 64 == 0 || done == blocks) {
                        progress.progress("silhouette", done, blocks, "row block " + done + " of " + blocks);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        int extraThreads = Math.min(threads, blocks) - 1;
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < extraThreads; t++) {
            Thread thread = new Thread(worker, "silhouette-" + (t + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        for (Thread thread : started) {
            joinUninterruptibly(thread);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return result;
    }

    private void scoreBlock(int fromRow, int toRow, double[] distances, double[] clusterSums, double[] result) {
        int blockRows = toRow - fromRow;
        java.util.Arrays.fill(clusterSums, 0, blockRows * k, 0.0);
        for (int t = 0; t < tileFrom.length; t++) {
            int from = tileFrom[t];
            int length = tileTo[t] - from;
            int cluster = tileCluster[t];
            for (int r = 0; r < blockRows; r++) {
                int p = fromRow + r;
                squaredDistances(p, from, length, distances);
                clusterSums[r * k + cluster] += sumOfRoots(distances, length);
            }
        }
        for (int r = 0; r < blockRows; r++) {
            int p = fromRow + r;
            result[order[p]] = silhouetteOf(sortedCodes[p], clusterSums, r * k);
        }
    }

    /** distances[j] = squared distance from sorted point p to sorted point from + j (self gives 0). */
    private void squaredDistances(int p, int from, int length, double[] distances) {
        double first = rows[p * d];
        for (int j = 0; j < length; j++) {
            double diff = columns[from + j] - first;
            distances[j] = diff * diff;
        }
        for (int m = 1; m < d; m++) {
            double coordinate = rows[p * d + m];
            int base = m * n + from;
            for (int j = 0; j < length; j++) {
                double diff = columns[base + j] - coordinate;
                distances[j] += diff * diff;
            }
        }
    }

    private static double sumOfRoots(double[] squared, int length) {
        for (int j = 0; j < length; j++) {
            squared[j] = Math.sqrt(squared[j]);
        }
        // Four running sums break the add dependency chain; the order is fixed, so results are too.
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += squared[j];
            s1 += squared[j + 1];
            s2 += squared[j + 2];
            s3 += squared[j + 3];
        }
        for (; j < length; j++) {
            s0 += squared[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** sklearn's formula, including its 0/0 = NaN -> 0 for singleton clusters and coincident points. */
    private double silhouetteOf(int ownCluster, double[] clusterSums, int offset) {
        int ownSize = start[ownCluster + 1] - start[ownCluster];
        double intra = clusterSums[offset + ownCluster] / (ownSize - 1);
        double inter = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (c != ownCluster) {
                inter = Math.min(inter, clusterSums[offset + c] / (start[c + 1] - start[c]));
            }
        }
        double s = (inter - intra) / Math.max(intra, inter);
        return Double.isNaN(s) ? 0.0 : s;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
