package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.genrescope.model.clustering.TestData;
import org.junit.jupiter.api.Test;

class PcaTest {

    /**
     * Four points in 2-D built from known axes: mean (1, 2), scores a = (2, -2, 0, 0) along (0.6, 0.8) and
     * b = (0, 0, 1, -1) along (0.8, -0.6). So the variances are 8/3 and 2/3 (n - 1 = 3), the ratios 0.8 and 0.2,
     * and the largest entry of each axis (0.8) is positive, as scikit-learn's sign convention wants.
     */
    @Test
    void recoversAHandBuiltCase() {
        double[] a = {2, -2, 0, 0};
        double[] b = {0, 0, 1, -1};
        double[] x = new double[8];
        for (int i = 0; i < 4; i++) {
            x[2 * i] = 1 + 0.6 * a[i] + 0.8 * b[i];
            x[2 * i + 1] = 2 + 0.8 * a[i] - 0.6 * b[i];
        }
        FittedPca pca = Pca.fit(x, 4, 2);
        assertArrayEquals(new double[] {1, 2}, pca.mean(), 1e-12);
        assertArrayEquals(new double[] {0.6, 0.8, 0.8, -0.6}, pca.components(), 1e-12);
        assertArrayEquals(new double[] {8.0 / 3, 2.0 / 3}, pca.explainedVariance(), 1e-12);
        assertArrayEquals(new double[] {0.8, 0.2}, pca.explainedVarianceRatio(), 1e-12);
        double[] scores = pca.transform(x, 4, 2, 2);
        assertArrayEquals(new double[] {2, 0, -2, 0, 0, 1, 0, -1}, scores, 1e-12);
        assertArrayEquals(new double[] {2, -2, 0, 0}, pca.transform(x, 4, 2, 1), 1e-12);
    }

    @Test
    void componentsAreOrthonormalAndVarianceIsConserved() {
        int n = 500;
        int d = 6;
        double[] x = correlated(n, d, 9);
        FittedPca pca = Pca.fit(x, n, d);
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double dot = 0;
                for (int f = 0; f < d; f++) {
                    dot += pca.components()[a * d + f] * pca.components()[b * d + f];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-12, "components " + a + " and " + b);
            }
        }
        double totalVariance = 0;
        for (int f = 0; f < d; f++) {
            totalVariance += sampleCovariance(x, n, d, f, f);
        }
        assertEquals(totalVariance, pca.totalVariance(), 1e-12 * totalVariance);
        double ratioSum = 0;
        for (int c = 0; c < d; c++) {
            ratioSum += pca.explainedVarianceRatio()[c];
            if (c > 0) {
                assertTrue(pca.explainedVariance()[c] <= pca.explainedVariance()[c - 1], "sorted by variance");
            }
            double[] axis = pca.component(c);
            int largest = 0;
            for (int f = 1; f < d; f++) {
                if (Math.abs(axis[f]) > Math.abs(axis[largest])) {
                    largest = f;
                }
            }
            assertTrue(axis[largest] > 0, "largest entry of component " + c + " is positive");
        }
        assertEquals(1.0, ratioSum, 1e-12);
        // The scores are uncorrelated, with the explained variances as their variances.
        double[] scores = pca.transform(x, n, d, d);
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double expected = a == b ? pca.explainedVariance()[a] : 0;
                assertEquals(expected, sampleCovariance(scores, n, d, a, b), 1e-10, "score covariance " + a + "," + b);
            }
        }
    }

    @Test
    void agreesWithSmileOnTheSeedRecipeFeatures() {
        TestData.Points data = TestData.seedRecipeFeatures();
        int d = data.d();
        FittedPca ours = Pca.fit(data.x(), data.n(), d);
        smile.feature.extraction.PCA theirs = smile.feature.extraction.PCA.fit(data.rows());
        assertArrayEquals(theirs.varianceProportion(), ours.explainedVarianceRatio(), 1e-9);
        for (int c = 0; c < d; c++) {
            // Smile's signs are arbitrary: compare up to sign.
            double dot = 0;
            for (int f = 0; f < d; f++) {
                dot += ours.components()[c * d + f] * theirs.loadings().get(f, c);
            }
            assertEquals(1.0, Math.abs(dot), 1e-9, "component " + c);
        }
    }

    @Test
    void rejectsWhatItCannotFitOrProject() {
        assertEquals("PCA needs at least 2 points and 1 feature, got 1 x 3",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[3], 1, 3)).getMessage());
        FittedPca pca = Pca.fit(correlated(10, 3, 1), 10, 3);
        assertEquals("dims must be between 1 and 3, got 4", assertThrows(IllegalArgumentException.class,
                () -> pca.transform(new double[6], 2, 3, 4)).getMessage());
        assertEquals("PCA was fitted on 3 features, got 2", assertThrows(IllegalArgumentException.class,
                () -> pca.transform(new double[4], 2, 2, 1)).getMessage());
    }

    @Test
    void constantDataHasZeroVarianceAndZeroRatios() {
        double[] x = {3, 4, 3, 4, 3, 4};
        FittedPca pca = Pca.fit(x, 3, 2);
        assertArrayEquals(new double[] {0, 0}, pca.explainedVariance(), 0);
        assertArrayEquals(new double[] {0, 0}, pca.explainedVarianceRatio(), 0);
        assertArrayEquals(new double[] {0, 0, 0}, pca.transform(x, 3, 2, 1), 0);
    }

    private static double[] correlated(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] mixing = new double[d * d];
        for (int j = 0; j < mixing.length; j++) {
            mixing[j] = random.nextDouble(-1, 1);
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] z = new double[d];
            for (int f = 0; f < d; f++) {
                z[f] = random.nextDouble(-1, 1) * (f + 1);
            }
            for (int f = 0; f < d; f++) {
                double value = 5;
                for (int g = 0; g < d; g++) {
                    value += mixing[f * d + g] * z[g];
                }
                x[i * d + f] = value;
            }
        }
        return x;
    }

    private static double sampleCovariance(double[] x, int n, int d, int a, int b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < n; i++) {
            meanA += x[i * d + a] / n;
            meanB += x[i * d + b] / n;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (x[i * d + a] - meanA) * (x[i * d + b] - meanB);
        }
        return sum / (n - 1);
    }
}
