package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The result's arithmetic on hand-made linear networks (no DL4J involved). */
class TrainedAutoencoderTest {
    private static final int D = 8;
    private static final int N = 500;
    private static final double[] X = SyntheticData.threeFactors(4, N, 0.05);

    /**
     * Reconstructs mean + (1 - a)(x - mean) through an identity code, so the reconstruction error is exactly
     * a^2 times the mean-prediction error.
     */
    private static TrainedAutoencoder shrinking(double a) {
        double[] mean = new double[D];
        for (int i = 0; i < N; i++) {
            for (int f = 0; f < D; f++) {
                mean[f] += X[i * D + f] / N;
            }
        }
        double[] identity = new double[D * D];
        double[] scaled = new double[D * D];
        double[] bias = new double[D];
        for (int f = 0; f < D; f++) {
            identity[f * D + f] = 1;
            scaled[f * D + f] = 1 - a;
            bias[f] = a * mean[f];
        }
        DenseStack stack = new DenseStack(new int[] {D, D, D}, new double[][] {identity, scaled},
                new double[][] {new double[D], bias}, new Activation[] {Activation.IDENTITY, Activation.IDENTITY}, 0);
        return new TrainedAutoencoder(AutoencoderConfig.seedRecipe(1), stack, new double[] {1}, new double[0], 1, X, N);
    }

    @Test
    void aPoorReconstructionIsWorseThanHalfTheMeanPredictionAndACollapseNeedsDeadUnitsToo() {
        TrainedAutoencoder justBetter = shrinking(0.70);   // 0.49 x baseline
        TrainedAutoencoder justWorse = shrinking(0.71);    // 0.5041 x baseline
        assertEquals(0.49, justBetter.reconstructionMse() / justBetter.baselineMse(), 1e-9);
        assertFalse(justBetter.reconstructsPoorly());
        assertTrue(justWorse.reconstructsPoorly());
        assertFalse(justWorse.collapsed(), "every unit alive: poor, not collapsed");
        assertTrue(shrinking(1).collapsed(), "every output constant: dead");
        assertEquals(1.0, shrinking(1).reconstructionMse() / shrinking(1).baselineMse(), 1e-9);
    }

    @Test
    void deadUnitsAreTheConstantColumns() {
        TrainedAutoencoder perfect = shrinking(0);
        assertTrue(perfect.deadUnits().none());
        assertEquals(0, perfect.reconstructionMse(), 1e-20);
        // a = 1: every output is the mean, a constant; the code (the identity) still varies
        TrainedAutoencoder constant = shrinking(1);
        assertArrayEquals(new int[0], constant.deadUnits().code());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, constant.deadUnits().output());
    }

    @Test
    void shapesAreChecked() {
        TrainedAutoencoder model = shrinking(0.5);
        assertEquals("x must hold 2 x 8 values, got 15",
                assertThrows(IllegalArgumentException.class, () -> model.encode(new double[15], 2)).getMessage());
        assertEquals("z must hold 1 x 8 values, got 5",
                assertThrows(IllegalArgumentException.class, () -> model.decode(new double[5], 1)).getMessage());
        assertEquals(0, model.encode(new double[0], 0).length);
    }
}
