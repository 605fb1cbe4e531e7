package org.genrescope.model.projection;

import java.util.Objects;

/** The argument checks every projection's {@code fit} starts with, written once. */
final class ProjectionInput {
    private ProjectionInput() {
    }

    /**
     * Checks that {@code x} is n x d, row-major, with finite values only, and that nothing is null.
     *
     * @param method the projection's name as the user knows it ("t-SNE", "UMAP"), for the message
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when the shape is wrong or a value is missing or infinite
     */
    static void check(String method, double[] x, int n, int d, Object options, Object progress, Object cancel) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + n + " x " + d);
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(method + " input contains a missing or infinite value");
            }
        }
    }
}
