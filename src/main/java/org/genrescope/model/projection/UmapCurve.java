package org.genrescope.model.projection;

/**
 * The low-dimensional similarity of UMAP, 1 / (1 + a d^(2b)) for a layout distance d, with a and b fitted (least
 * squares) to the target curve that is 1 up to {@code minDist} and exp(-(d - minDist) / spread) past it, sampled at
 * 300 equispaced distances over [0, 3 spread] (McInnes, Healy and Melville 2018, section 3; as umap-learn's
 * {@code find_ab_params}, which calls SciPy's Levenberg-Marquardt from a = b = 1; this is our own
 * Levenberg-Marquardt on the same sum of squares).
 *
 * @param a the curve's scale (positive)
 * @param b the curve's exponent (positive)
 */
public record UmapCurve(double a, double b) {
    private static final int SAMPLES = 300;
    private static final int MAX_STEPS = 400;

    /**
     * Fits a and b for the given spread and minimum distance.
     *
     * @throws IllegalArgumentException when either is not positive or minDist exceeds spread (as {@link UmapOptions})
     */
    public static UmapCurve fit(double spread, double minDist) {
        if (!(spread > 0) || !(minDist > 0) || minDist > spread || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("--umap-min-dist must be positive and at most --umap-spread ("
                    + spread + "), got " + minDist);
        }
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = 3 * spread * i / (SAMPLES - 1);
            y[i] = x[i] < minDist ? 1 : Math.exp(-(x[i] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double cost = cost(x, y, a, b);
        for (int step = 0; step < MAX_STEPS; step++) {
            // Normal equations of the Jacobian of the residuals f(x) - y, with f = 1 / (1 + a x^(2b)).
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < SAMPLES; i++) {
                if (x[i] == 0) {
                    continue; // f(0) = 1 whatever a and b: no gradient, no residual (y = 1 there)
                }
                double p = Math.pow(x[i], 2 * b);
                double f = 1 / (1 + a * p);
                double r = f - y[i];
                double da = -f * f * p;
                double db = -f * f * a * p * 2 * Math.log(x[i]);
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            boolean improved = false;
            while (lambda < 1e12) {
                double maa = jaa * (1 + lambda);
                double mbb = jbb * (1 + lambda);
                double det = maa * mbb - jab * jab;
                double stepA = -(mbb * ga - jab * gb) / det;
                double stepB = -(maa * gb - jab * ga) / det;
                double nextCost = cost(x, y, a + stepA, b + stepB);
                if (nextCost <= cost && a + stepA > 0 && b + stepB > 0) {
                    double change = cost - nextCost;
                    a += stepA;
                    b += stepB;
                    cost = nextCost;
                    lambda = Math.max(lambda / 10, 1e-12);
                    improved = change > 1e-15 * Math.max(cost, 1e-300);
                    break;
                }
                lambda *= 10;
            }
            if (!improved) {
                break;
            }
        }
        return new UmapCurve(a, b);
    }

    private static double cost(double[] x, double[] y, double a, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = 1 / (1 + a * Math.pow(x[i], 2 * b)) - y[i];
            sum += r * r;
        }
        return sum;
    }
}
