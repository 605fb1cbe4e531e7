package org.genrescope.model.metrics;

/**
 * Summation in the exact order numpy uses for {@code np.sum} over a contiguous 1-D float64 array
 * (pairwise summation with an 8-way unrolled base case of up to 128 elements). Reproducing the order
 * makes the entropy and mutual-information sums agree with scikit-learn to the last bit in most cases.
 */
final class NumpySum {

    private static final int BLOCK = 128;

    private NumpySum() {
    }

    static double sum(double[] values) {
        return sum(values, 0, values.length);
    }

    static double sum(double[] a, int from, int length) {
        if (length < 8) {
            double result = 0.0;
            for (int i = 0; i < length; i++) {
                result += a[from + i];
            }
            return result;
        }
        if (length <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            int unrolledEnd = length - (length % 8);
            for (; i < unrolledEnd; i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < length; i++) {
                result += a[from + i];
            }
            return result;
        }
        int half = length / 2;
        half -= half % 8;
        return sum(a, from, half) + sum(a, from + half, length - half);
    }
}
