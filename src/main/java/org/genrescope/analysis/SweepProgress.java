package org.genrescope.analysis;

import org.genrescope.task.ProgressListener;

/**
 * The "sweep" stage's progress as a share of the sweep's work, not only of its finished cells. The cells of one
 * latent size are handed on together, after their silhouettes were computed together ({@link Sweep}), so a bar that
 * moved with finished cells alone would stand still through a latent size's K-Means and then jump. Each cell counts
 * {@value #CELL} units: {@value #CLUSTERED} when its K-Means (the configured restarts) is done, {@value #SILHOUETTES}
 * over its share of the silhouettes, {@value #SCORED} when its other metrics are; the shares are those of a cell's
 * time on a fixed code of the seed recipe's data (docs/benchmarks.md, the sweep section). A cell kept from an
 * earlier sweep, or run whole by the pipeline, counts all its units at once. The message names the finished cells.
 *
 * <p>Thread-safe: K-Means of several cells finish on worker threads.
 */
final class SweepProgress {
    static final int CELL = 100;
    static final int CLUSTERED = 75;
    static final int SILHOUETTES = 20;
    static final int SCORED = CELL - CLUSTERED - SILHOUETTES;

    private final ProgressListener listener;
    private final int cells;
    private double units;
    private int finished;
    private double silhouetteShare;

    /** Progress of a sweep of {@code cells} cells, told to {@code listener} as stage "sweep". */
    SweepProgress(int cells, ProgressListener listener) {
        this.cells = cells;
        this.listener = listener;
    }

    /** A cell kept from an earlier sweep: finished before this one started. */
    synchronized void kept() {
        units += CELL;
        finished++;
    }

    /** Says what runs now, without work done. */
    synchronized void now(String message) {
        report(message);
    }

    /** A cell whose every metric is known at once (the pipeline's own run of a latent size and seed). */
    synchronized void ranWhole(String message) {
        units += CELL;
        finished++;
        report(message);
    }

    /** A cell's K-Means is done; its silhouettes and other metrics are not. */
    synchronized void clustered(String message) {
        units += CLUSTERED;
        report(message);
    }

    /** The silhouettes of a group of clustered cells start: {@link #silhouettes} counts from none of them. */
    synchronized void silhouettesStart() {
        silhouetteShare = 0;
    }

    /**
     * {@code share} (0 to 1) of the silhouettes of {@code group} clustered cells is done. The kernel's threads report
     * out of order at times; a share below one heard before moves nothing.
     */
    synchronized void silhouettes(int group, double share, String message) {
        if (share <= silhouetteShare) {
            return;
        }
        units += group * SILHOUETTES * (share - silhouetteShare);
        silhouetteShare = share;
        report(message);
    }

    /** A cell with its silhouettes is scored and handed on. */
    synchronized void scored(String message) {
        units += SCORED;
        finished++;
        report(message);
    }

    /** Cells finished so far, kept ones included. */
    synchronized int finished() {
        return finished;
    }

    private void report(String message) {
        long total = (long) cells * CELL;
        listener.progress("sweep", Math.min(total, Math.round(units)), total, message + " (" + finished + " of "
                + cells + " cells done)");
    }
}
