package org.genrescope.model.clustering;

import java.util.Objects;
import org.genrescope.model.numeric.RowMajor;

/** Shape checks and small statistics on flat row-major matrices. */
final class Matrices {
    private Matrices() {
    }

    /** Throws when x is not n x d or holds a NaN or infinity (which would silently poison every distance). */
    static void checkShape(double[] x, int n, int d) {
        Objects.requireNonNull(x, "x");
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("need at least one point and one feature, got " + n + " x " + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + n + " x " + d);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("value at row " + i / d + ", column " + i % d
                        + " is not a finite number: " + x[i]);
            }
        }
    }

    /** Mean over columns of the population variance of each column (numpy's {@code np.var(x, axis=0).mean()}). */
    static double meanColumnVariance(double[] x, int n, int d) {
        return RowMajor.meanColumnVariance(x, n, d);
    }
}
