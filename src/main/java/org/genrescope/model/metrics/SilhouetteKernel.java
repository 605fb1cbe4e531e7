package org.genrescope.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Per-point silhouette values, exact: all pairwise distances, each computed once, as direct
 * differences rather than the dot-product expansion (which loses accuracy for close points).
 *
 * <p>Why it is fast: points are sorted by cluster and cut into tiles that never cross a cluster
 * boundary. Each pair of tiles (I, J) with I &lt;= J is one unit of work: its distances serve both the
 * rows of I (sums over J) and the points of J (sums over I), so each distance is computed once.
 * Coordinates are stored dimension-major, so the distance loop over a tile is a plain array loop the
 * JIT vectorises, square root included, and a tile (d x 256 values) stays in L1 while it is reused.
 *
 * <p>Why it is deterministic: the sum of distances from a point to a tile lands in its own slot
 * ({@code tileSums[point][tile]}), written by exactly one unit of work whose arithmetic does not
 * depend on the thread that runs it; afterwards each point adds its slots in tile order. So the
 * result is bit-identical for any number of threads.
 */
final class SilhouetteKernel {

    private static final int TILE = 256;

    private final int n;
    private final int d;
    private final int k;
    /** Sorted position -> original point index. */
    private final int[] order;
    /** Sorted positions of cluster c are start[c] until start[c + 1]. */
    private final int[] start;
    /** Coordinates in sorted order, dimension-major: dimension m of sorted point p at m * n + p. */
    private final double[] columns;
    /** Tiles: sorted positions [from, to), within one cluster. */
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
        int[] next = start.clone();
        for (int i = 0; i < n; i++) {
            order[next[codes[i]]++] = i;
        }
        columns = new double[n * d];
        for (int p = 0; p < n; p++) {
            int i = order[p];
            for (int m = 0; m < d; m++) {
                columns[m * n + p] = x[i * d + m];
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
        int tiles = tileFrom.length;
        double[] tileSums = new double[n * tiles];
        int[] pairRow = new int[tiles * (tiles + 1) / 2];
        int[] pairColumn = new int[pairRow.length];
        int pairs = 0;
        for (int a = 0; a < tiles; a++) {
            for (int b = a; b < tiles; b++) {
                pairRow[pairs] = a;
                pairColumn[pairs] = b;
                pairs++;
            }
        }
        int totalPairs = pairs;
        int reportEvery = Math.max(1, totalPairs / 100);
        AtomicInteger nextPair = new AtomicInteger();
        AtomicInteger donePairs = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            double[] row = new double[TILE];
            double[] columnSums = new double[TILE];
            try {
                int pair;
                while (failure.get() == null && (pair = nextPair.getAndIncrement()) < totalPairs) {
                    cancel.throwIfCancelled();
                    sumTilePair(pairRow[pair], pairColumn[pair], row, columnSums, tileSums);
                    int done = donePairs.incrementAndGet();
                    if (done % reportEvery == 0 || done == totalPairs) {
                        progress.progress("silhouette", done, totalPairs, "tile pair " + done + " of " + totalPairs);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        runOnThreads(worker, Math.min(threads, totalPairs));
        rethrowFailure(failure.get());
        return silhouettes(tileSums);
    }

    /** Distances between tiles a and b (a &lt;= b): row sums go to a's points, column sums to b's. */
    private void sumTilePair(int a, int b, double[] row, double[] columnSums, double[] tileSums) {
        int tiles = tileFrom.length;
        int columnFrom = tileFrom[b];
        int length = tileTo[b] - columnFrom;
        boolean diagonal = a == b;
        java.util.Arrays.fill(columnSums, 0, length, 0.0);
        for (int p = tileFrom[a]; p < tileTo[a]; p++) {
            ColumnDistances.squared(columns, n, d, p, columnFrom, length, row, 0);
            double rowSum;
            if (diagonal) {
                rootsInPlace(row, length);
            } else {
                rootsInPlaceAddingTo(row, columnSums, length);
            }
            rowSum = sum(row, length);
            tileSums[p * tiles + b] = rowSum;
        }
        if (!diagonal) {
            for (int j = 0; j < length; j++) {
                tileSums[(columnFrom + j) * tiles + a] = columnSums[j];
            }
        }
    }

    private static void rootsInPlace(double[] row, int length) {
        for (int j = 0; j < length; j++) {
            row[j] = Math.sqrt(row[j]);
        }
    }

    private static void rootsInPlaceAddingTo(double[] row, double[] columnSums, int length) {
        for (int j = 0; j < length; j++) {
            double distance = Math.sqrt(row[j]);
            row[j] = distance;
            columnSums[j] += distance;
        }
    }

    /** Eight running sums break the add dependency chain; the order is fixed, so the result is too. */
    private static double sum(double[] values, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int j = 0;
        for (; j + 7 < length; j += 8) {
            s0 += values[j];
            s1 += values[j + 1];
            s2 += values[j + 2];
            s3 += values[j + 3];
            s4 += values[j + 4];
            s5 += values[j + 5];
            s6 += values[j + 6];
            s7 += values[j + 7];
        }
        for (; j < length; j++) {
            s0 += values[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    private double[] silhouettes(double[] tileSums) {
        int tiles = tileFrom.length;
        double[] result = new double[n];
        double[] clusterSums = new double[k];
        int[] sizes = new int[k];
        for (int c = 0; c < k; c++) {
            sizes[c] = start[c + 1] - start[c];
        }
        for (int c = 0, p = 0; c < k; c++) {
            for (; p < start[c + 1]; p++) {
                java.util.Arrays.fill(clusterSums, 0.0);
                for (int t = 0; t < tiles; t++) {
                    clusterSums[tileCluster[t]] += tileSums[p * tiles + t];
                }
                result[order[p]] = silhouetteOf(c, clusterSums, sizes);
            }
        }
        return result;
    }

    /**
     * sklearn's formula from a point's summed distances to each cluster, including its 0/0 = NaN -> 0 for singleton
     * clusters and coincident points.
     */
    static double silhouetteOf(int ownCluster, double[] clusterSums, int[] sizes) {
        double intra = clusterSums[ownCluster] / (sizes[ownCluster] - 1);
        double inter = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sizes.length; c++) {
            if (c != ownCluster) {
                inter = Math.min(inter, clusterSums[c] / sizes[c]);
            }
        }
        double s = (inter - intra) / Math.max(intra, inter);
        return Double.isNaN(s) ? 0.0 : s;
    }

    /** Rethrows what a worker thread threw ({@code null}: nothing), unchecked ones as they are. */
    static void rethrowFailure(Throwable t) {
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    static void runOnThreads(Runnable worker, int threads) {
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread thread = new Thread(worker, "silhouette-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
