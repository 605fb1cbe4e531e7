package org.genrescope.model.projection;

/**
 * Hands copies of a forming layout to a {@link LayoutListener}, throttled by wall time: the first after
 * {@value #INTERVAL_MILLIS} ms of optimisation, then at most one every {@value #INTERVAL_MILLIS} ms. With
 * {@link LayoutListener#NONE} it copies nothing. A copy of 100,000 points is 1.6 MB, well under a millisecond,
 * against an interval of hundreds of them (docs/benchmarks.md, "Layout as it forms").
 */
final class LayoutSnapshots {
    /** Least wall time between two layouts handed over: a window redraws at about two frames a second. */
    static final long INTERVAL_MILLIS = 400;

    private final LayoutListener listener;
    private final long intervalNanos;
    private long last;

    LayoutSnapshots(LayoutListener listener) {
        this(listener, INTERVAL_MILLIS * 1_000_000L);
    }

    /** With another interval (tests hand over every iteration with 0). */
    LayoutSnapshots(LayoutListener listener, long intervalNanos) {
        this.listener = listener;
        this.intervalNanos = intervalNanos;
        this.last = System.nanoTime();
    }

    /**
     * Offers the layout after {@code iteration} of {@code iterations}: copied and handed over when the interval has
     * passed since the last hand-over (or the start); never for the last iteration, whose layout is the result.
     */
    void offer(double[] y, int iteration, int iterations) {
        if (listener == LayoutListener.NONE || iteration >= iterations) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < intervalNanos) {
            return;
        }
        listener.formed(y.clone(), iteration, iterations);
        last = System.nanoTime();
    }
}
