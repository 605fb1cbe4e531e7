package org.genrescope.data.sample;

/**
 * Draws the 8 Echo Nest audio features of a track from its root genre's Gaussian copula: correlated
 * standard normals (through the fitted Cholesky factor) are mapped to probabilities with the normal CDF
 * and then through the genre's empirical quantile function. Every value therefore lies inside the range
 * seen in the real data (so [0, 1] features stay in [0, 1] and tempo in a real BPM range), the marginals
 * follow the real ones (bimodal instrumentalness included) and the rank correlations follow the fitted ones.
 */
final class AudioFeatureSampler {
    private static final double INVERSE_SQRT_TWO = 0.7071067811865476;
    private final double[] normals = new double[FittedStatistics.FEATURE_COUNT];

    /** Fills {@code out} (length 8, FMA's feature order) with one draw for {@code genre}. */
    void draw(FittedStatistics.RootModel genre, SplitMix64 random, double[] out) {
        int n = FittedStatistics.FEATURE_COUNT;
        for (int i = 0; i < n; i++) {
            normals[i] = random.nextGaussian();
        }
        double[] lower = genre.choleskyLower();
        int offset = 0;
        for (int i = 0; i < n; i++) {
            double correlated = 0;
            for (int k = 0; k <= i; k++) {
                correlated += lower[offset + k] * normals[k];
            }
            offset += i + 1;
            out[i] = quantile(genre.quantiles()[i], standardNormalCdf(correlated));
        }
    }

    /** Linear interpolation of a quantile function given at evenly spaced probabilities 0..1. */
    static double quantile(double[] knots, double probability) {
        double position = probability * (knots.length - 1);
        int index = (int) position;
        if (index >= knots.length - 1) {
            return knots[knots.length - 1];
        }
        if (index < 0) {
            return knots[0];
        }
        double fraction = position - index;
        return knots[index] + fraction * (knots[index + 1] - knots[index]);
    }

    /** The standard normal CDF through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    static double standardNormalCdf(double x) {
        return 0.5 * complementaryErrorFunction(-x * INVERSE_SQRT_TWO);
    }

    private static double complementaryErrorFunction(double x) {
        double z = StrictMath.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double polynomial = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        double value = t * StrictMath.exp(-z * z + polynomial);
        return x >= 0 ? value : 2.0 - value;
    }
}
