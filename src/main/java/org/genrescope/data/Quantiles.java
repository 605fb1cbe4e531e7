package org.genrescope.data;

/**
 * Quantiles by linear interpolation between order statistics: pandas' and numpy's default
 * ({@code Series.quantile(q, interpolation="linear")}, Hyndman and Fan's type 7). For sorted values
 * x[0..n-1] the q-quantile is x[h0] + (h - h0) (x[h0 + 1] - x[h0]) with h = (n - 1) q and h0 = floor(h),
 * evaluated as numpy does so that results agree bit for bit.
 *
 * <p>Why not Tablesaw's {@code percentile}: it delegates to commons-math's {@code Percentile} with its
 * legacy estimation (position (n + 1) p), which gives other values than pandas for every quantile but the
 * median, so the figures would disagree with a notebook on the same data.
 */
public final class Quantiles {
    private Quantiles() { }

    /**
     * The q-quantile of {@code sorted} (ascending, no NaN).
     *
     * @param q in [0, 1]
     * @return NaN for no values
     * @throws IllegalArgumentException when q is outside [0, 1]
     */
    public static double linear(double[] sorted, double q) {
        return linear(sorted, 0, sorted.length, q);
    }

    /**
     * {@link #linear(double[], double)} of the range sorted[from, to) (ascending, no NaN), so that several groups
     * can share one buffer.
     *
     * @param q in [0, 1]
     * @return NaN for an empty range
     * @throws IllegalArgumentException when q is outside [0, 1]
     */
    public static double linear(double[] sorted, int from, int to, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile must be in [0, 1], got " + q);
        }
        int n = to - from;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * q;
        int low = (int) Math.floor(h);
        if (low >= n - 1) {
            return sorted[to - 1];
        }
        double t = h - low;
        double below = sorted[from + low];
        double above = sorted[from + low + 1];
        double step = above - below;
        // numpy's _lerp (from the nearer neighbour), so the last bit agrees with pandas too
        return t >= 0.5 ? above - step * (1 - t) : below + step * t;
    }
}
