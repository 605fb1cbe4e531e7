package org.genrescope.model.projection;

/**
 * The 2-D discrete Fourier transform of an L x L complex grid, L a power of two, in place on row-major real and
 * imaginary arrays (element (r, c) at r L + c). Radix 2, iterative, twiddles tabulated once.
 *
 * <p>Rows are transformed one by one (contiguous). Columns are transformed all at once, a butterfly acting on
 * whole row segments, so the column pass also reads memory in order instead of striding by L. Both passes are
 * split over the caller's threads by disjoint rows or columns, so the result does not depend on the thread count.
 *
 * <p>Forward: X[u, v] = sum x[r, c] exp(-2 pi i (u r + v c) / L). Inverse: the conjugate exponent and a factor
 * 1 / L^2, so inverse(forward(x)) = x up to rounding.
 */
final class SquareFft {
    private final int size;
    private final double[] cos;
    private final double[] sin;
    private final int[] reverse;

    /** @throws IllegalArgumentException when size is not a power of two of at least 2 */
    SquareFft(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two, got " + size);
        }
        this.size = size;
        cos = new double[size / 2];
        sin = new double[size / 2];
        for (int k = 0; k < size / 2; k++) {
            double angle = 2 * Math.PI * k / size;
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
        reverse = new int[size];
        int bits = Integer.numberOfTrailingZeros(size);
        for (int i = 0; i < size; i++) {
            reverse[i] = Integer.reverse(i) >>> (32 - bits);
        }
    }

    int size() {
        return size;
    }

    /**
     * Forward transform of a grid whose rows from {@code nonZeroRows} on are zero (their row transforms are
     * skipped, being zero).
     */
    void forward(double[] re, double[] im, int nonZeroRows, ParallelLoop loop) {
        loop.run(nonZeroRows, (from, to) -> {
            for (int r = from; r < to; r++) {
                transformRow(re, im, r * size, -1);
            }
        });
        loop.run(size, (from, to) -> transformColumns(re, im, from, to, -1));
    }

    /**
     * Inverse transform, scaled by 1 / L^2; only rows [0, neededRows) of the result are computed (the other rows
     * are left half-transformed and must not be read).
     */
    void inverse(double[] re, double[] im, int neededRows, ParallelLoop loop) {
        loop.run(size, (from, to) -> transformColumns(re, im, from, to, 1));
        double scale = 1.0 / ((double) size * size);
        loop.run(neededRows, (from, to) -> {
            for (int r = from; r < to; r++) {
                int offset = r * size;
                transformRow(re, im, offset, 1);
                for (int c = offset; c < offset + size; c++) {
                    re[c] *= scale;
                    im[c] *= scale;
                }
            }
        });
    }

    /** One row, in place; sign -1 forward, +1 inverse (unscaled). */
    private void transformRow(double[] re, double[] im, int offset, int sign) {
        for (int i = 0; i < size; i++) {
            int j = reverse[i];
            if (i < j) {
                double t = re[offset + i];
                re[offset + i] = re[offset + j];
                re[offset + j] = t;
                t = im[offset + i];
                im[offset + i] = im[offset + j];
                im[offset + j] = t;
            }
        }
        for (int half = 1; half < size; half <<= 1) {
            int stride = size / (2 * half);
            for (int k = 0; k < half; k++) {
                double wr = cos[k * stride];
                double wi = sign * sin[k * stride];
                for (int start = offset + k; start < offset + size; start += 2 * half) {
                    int a = start;
                    int b = start + half;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    /** Columns [from, to) at once: the same butterflies as a row, each on the row segments [from, to). */
    private void transformColumns(double[] re, double[] im, int from, int to, int sign) {
        for (int i = 0; i < size; i++) {
            int j = reverse[i];
            if (i < j) {
                int a = i * size;
                int b = j * size;
                for (int c = from; c < to; c++) {
                    double t = re[a + c];
                    re[a + c] = re[b + c];
                    re[b + c] = t;
                    t = im[a + c];
                    im[a + c] = im[b + c];
                    im[b + c] = t;
                }
            }
        }
        for (int half = 1; half < size; half <<= 1) {
            int stride = size / (2 * half);
            for (int k = 0; k < half; k++) {
                double wr = cos[k * stride];
                double wi = sign * sin[k * stride];
                for (int start = k; start < size; start += 2 * half) {
                    int a = start * size;
                    int b = (start + half) * size;
                    for (int c = from; c < to; c++) {
                        double br = re[b + c];
                        double bi = im[b + c];
                        double tr = wr * br - wi * bi;
                        double ti = wr * bi + wi * br;
                        re[b + c] = re[a + c] - tr;
                        im[b + c] = im[a + c] - ti;
                        re[a + c] += tr;
                        im[a + c] += ti;
                    }
                }
            }
        }
    }
}
