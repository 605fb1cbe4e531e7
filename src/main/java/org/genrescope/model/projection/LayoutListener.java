package org.genrescope.model.projection;

/**
 * Receives a t-SNE or UMAP layout while it forms, so that a window can draw it before the optimisation ends. Called
 * on the computing thread, at most every 400 ms of wall time; it must be quick
 * (hand the copy over, draw elsewhere). The layout it gets is never the result: the result is what {@code fit}
 * returns, bit for bit the same with or without a listener.
 */
@FunctionalInterface
public interface LayoutListener {
    /** Hears nothing, and the optimisers then copy nothing. */
    LayoutListener NONE = (xy, iteration, iterations) -> { };

    /**
     * @param xy         a copy of the current n x 2 row-major layout of the points being embedded, the listener's
     *                   to keep
     * @param iteration  optimisation iterations (UMAP: epochs) done, 1 to {@code iterations}
     * @param iterations iterations the optimisation runs in all
     */
    void formed(double[] xy, int iteration, int iterations);
}
