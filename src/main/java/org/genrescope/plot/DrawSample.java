package org.genrescope.plot;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded, density-weighted subset of a scatter's points, drawn while the user drags so that a frame of a
 * million points costs what one of {@link #BUDGET} does (as web viewers such as regl-scatterplot and Embedding
 * Atlas do on a GPU). "Density-weighted": the data's extent is cut into a {@link #GRID} x {@link #GRID} grid and
 * every cell keeps at most the same number q of its points, the largest q for which the kept points fit the
 * budget; sparse cells (outliers, small clusters) keep all their points, dense cells are thinned. Which points a
 * thinned cell keeps is drawn by a {@link SplittableRandom} of the given seed, so the same data and seed give the
 * same frames.
 */
final class DrawSample {

    /** Points drawn per frame while dragging. */
    static final int BUDGET = 60_000;
    /** Cells per side of the grid the density is measured on. */
    static final int GRID = 128;
    /** The seed the window's sample is drawn with. */
    static final long SEED = 1;

    private DrawSample() {
    }

    /**
     * The kept ids, ascending (the full drawing's order, so colours overlap as they do on release). All ids when
     * there are at most {@code budget} points; otherwise every occupied cell keeps {@code min(count, q)} points.
     * q is at least 1, so the sample may pass a budget smaller than the number of occupied cells.
     *
     * @param budget at least 1
     */
    static int[] of(double[] x, double[] y, ViewWindow extent, int budget, long seed) {
        if (budget < 1) {
            throw new IllegalArgumentException("the sample's budget must be at least 1 point, got " + budget);
        }
        int n = x.length;
        if (n <= budget) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] cellStart = new int[GRID * GRID + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cellOf(x[i], y[i], extent);
            cellStart[cellOf[i] + 1]++;
        }
        int[] counts = new int[GRID * GRID];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = cellStart[c + 1];
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, counts.length);
        int[] byCell = new int[n];
        for (int i = 0; i < n; i++) {
            byCell[fill[cellOf[i]]++] = i;
        }
        int q = Math.max(1, cap(counts, budget));
        SplittableRandom random = new SplittableRandom(seed);
        int[] kept = new int[n];
        int size = 0;
        for (int c = 0; c < counts.length; c++) {
            int from = cellStart[c];
            int count = counts[c];
            int keep = Math.min(count, q);
            // partial Fisher-Yates: the first `keep` places of the cell's slice become a uniform random subset
            for (int k = 0; k < keep && keep < count; k++) {
                int j = k + random.nextInt(count - k);
                int swap = byCell[from + k];
                byCell[from + k] = byCell[from + j];
                byCell[from + j] = swap;
            }
            System.arraycopy(byCell, from, kept, size, keep);
            size += keep;
        }
        int[] sample = Arrays.copyOf(kept, size);
        Arrays.sort(sample);
        return sample;
    }

    /** The grid cell of a point, row-major; points on the far edges go to the last row or column. */
    static int cellOf(double x, double y, ViewWindow extent) {
        int cx = (int) ((x - extent.xMin()) / extent.width() * GRID);
        int cy = (int) ((y - extent.yMin()) / extent.height() * GRID);
        return Math.min(GRID - 1, Math.max(0, cy)) * GRID + Math.min(GRID - 1, Math.max(0, cx));
    }

    /** The largest q with {@code sum(min(count, q)) <= budget} (0 when even q = 1 does not fit). */
    static int cap(int[] counts, int budget) {
        int low = 0;
        int high = Arrays.stream(counts).max().orElse(0);
        while (low < high) {
            int mid = (int) (((long) low + high + 1) / 2);
            long kept = 0;
            for (int c : counts) {
                kept += Math.min(c, mid);
            }
            if (kept <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
