package org.genrescope.model.embedding;

import java.util.SplittableRandom;

/** Seeded data sets with a known structure for the autoencoder tests. */
final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * n x 8 points on a 3-dimensional linear manifold in the positive orthant plus a little noise: x = A z + e,
     * z uniform in [0, 1]^3, A with entries in [0.1, 1], e ~ N(0, noise^2). A latent size of 3 can reconstruct
     * them up to the noise.
     */
    static double[] threeFactors(long seed, int n, double noise) {
        SplittableRandom random = new SplittableRandom(seed);
        int d = 8;
        int factors = 3;
        double[] a = new double[factors * d];
        for (int i = 0; i < a.length; i++) {
            a[i] = 0.1 + 0.9 * random.nextDouble();
        }
        double[] x = new double[n * d];
        double[] z = new double[factors];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < factors; k++) {
                z[k] = random.nextDouble();
            }
            for (int f = 0; f < d; f++) {
                double v = 0;
                for (int k = 0; k < factors; k++) {
                    v += z[k] * a[k * d + f];
                }
                x[i * d + f] = v / factors + noise * gaussian(random);
            }
        }
        return x;
    }

    /** n x d independent N(0, 1) values: nothing to learn beyond the mean. */
    static double[] noise(long seed, int n, int d) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = gaussian(random);
        }
        return x;
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller; one of the pair is enough here
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
