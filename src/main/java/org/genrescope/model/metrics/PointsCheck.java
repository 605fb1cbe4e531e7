package org.genrescope.model.metrics;

import java.util.Objects;

/** Validation shared by the internal metrics, with scikit-learn's messages where it has one. */
final class PointsCheck {

    private PointsCheck() {
    }

    /** Checks shapes and values, encodes the labels and checks 2 <= labels <= n - 1. */
    static LabelEncoding checkAndEncode(double[] x, int n, int d, int[] labels) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(labels, "labels");
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("Need at least one point and one dimension, got n=" + n + ", d=" + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected n * d = " + n + " * " + d);
        }
        if (labels.length != n) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries, expected n = " + n);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Input contains NaN or infinity: point " + (i / d)
                        + ", dimension " + (i % d) + " is " + x[i]);
            }
        }
        LabelEncoding encoding = LabelEncoding.of(labels);
        int k = encoding.labelCount();
        if (!(1 < k && k < n)) {
            throw new IllegalArgumentException("Number of labels is " + k
                    + ". Valid values are 2 to n_samples - 1 (inclusive), here n_samples = " + n);
        }
        return encoding;
    }

    static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
