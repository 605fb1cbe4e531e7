package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The collapse rule on hand-made 2-2-2 networks whose codes are known by construction: a collapse is dead units
 * (constant over tracks that differ) together with a poor reconstruction, never a poor reconstruction alone nor
 * data with few distinct points; and when the loss counts as still falling.
 */
class CollapseRuleTest {
    private static final int N = 60;

    /** Column 0 spans [0, spread0), column 1 [0, 1), on a grid (no randomness needed). */
    private static double[] grid(double spread0) {
        double[] x = new double[N * 2];
        for (int i = 0; i < N; i++) {
            x[2 * i] = spread0 * i / N;
            x[2 * i + 1] = ((i * 7) % N) / (double) N;
        }
        return x;
    }

    private static AutoencoderConfig config(Activation code, Activation output, int epochs) {
        return new AutoencoderConfig(2, List.of(), code, output, epochs, 256, 0.001, 0, 0, 1);
    }

    private static TrainedAutoencoder net(double[] x, AutoencoderConfig c, double[] encW, double[] encB,
                                          double[] decW, double[] decB, double[] loss) {
        DenseStack stack = new DenseStack(new int[] {2, 2, 2}, new double[][] {encW, decW}, new double[][] {encB, decB},
                new Activation[] {c.activation(), c.outputActivation()}, 0);
        return new TrainedAutoencoder(c, stack, loss, new double[0], loss.length, x, x.length / 2);
    }

    private static double[] falling(int epochs) {
        double[] loss = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            loss[e] = 1.0 / (e + 1);
        }
        return loss;
    }

    /** z0 = relu(x0 - 100) = 0 for every track; z1 = relu(x1 + 100); out0 = mean of x0 (constant), out1 = x1. */
    private static TrainedAutoencoder deadFirstUnit(double spread0) {
        return net(grid(spread0), config(Activation.RELU, Activation.IDENTITY, 100), new double[] {1, 0, 0, 1},
                new double[] {-100, 100}, new double[] {0, 0, 0, 1}, new double[] {spread0 * (N - 1) / (2.0 * N), -100}, falling(100));
    }

    @Test
    void aDeadCodeUnitWithAPoorReconstructionIsACollapse() {
        TrainedAutoencoder m = deadFirstUnit(3);
        assertArrayEquals(new int[] {0}, m.deadUnits().code());
        assertArrayEquals(new int[] {0}, m.deadUnits().output(), "out0 is constant while x0 varies");
        // error: x0's variance over 2 features; baseline: both variances over 2 features, x0's 9 times x1's
        assertTrue(m.reconstructsPoorly(), m.toString());
        assertTrue(m.collapsed(), m.toString());
        assertTrue(m.lossStillFalling(), "a falling loss does not hide a collapse");
    }

    @Test
    void deadUnitsWithAGoodReconstructionAreNoCollapse() {
        // x0 spans only [0, 0.03): losing it costs far less than half of the mean prediction's error
        TrainedAutoencoder m = deadFirstUnit(0.03);
        assertArrayEquals(new int[] {0}, m.deadUnits().code());
        assertFalse(m.reconstructsPoorly(), m.toString());
        assertFalse(m.collapsed());
    }

    /** out = mean + (1 - a)(x - mean) through an identity code: every unit alive, error a^2 x the baseline. */
    private static TrainedAutoencoder shrinking(double[] x, double a, double[] loss) {
        int n = x.length / 2;
        double[] mean = new double[2];
        for (int i = 0; i < n; i++) {
            mean[0] += x[2 * i] / n;
            mean[1] += x[2 * i + 1] / n;
        }
        return net(x, config(Activation.IDENTITY, Activation.IDENTITY, loss.length), new double[] {1, 0, 0, 1},
                new double[2], new double[] {1 - a, 0, 0, 1 - a}, new double[] {a * mean[0], a * mean[1]}, loss);
    }

    @Test
    void anUnderTrainedNetWhoseLossStillFallsIsNoCollapse() {
        TrainedAutoencoder m = shrinking(grid(1), 0.9, falling(100));
        assertEquals(0.81, m.reconstructionMse() / m.baselineMse(), 1e-9);
        assertTrue(m.deadUnits().none());
        assertTrue(m.reconstructsPoorly());
        assertFalse(m.collapsed());
        assertTrue(m.lossStillFalling());
    }

    @Test
    void dataWithFewDistinctPointsIsNoCollapse() {
        double[] x = new double[N * 2];
        double[][] points = {{0.1, 0.9}, {0.5, 0.2}, {0.8, 0.6}};
        for (int i = 0; i < N; i++) {
            x[2 * i] = points[i % 3][0];
            x[2 * i + 1] = points[i % 3][1];
        }
        TrainedAutoencoder m = shrinking(x, 0.9, falling(100));
        assertTrue(m.deadUnits().none(), m.toString());
        assertFalse(m.collapsed());
    }

    @Test
    void overDataWhoseRowsAreAllEqualNoUnitIsDead() {
        double[] x = new double[N * 2];
        java.util.Arrays.fill(x, 0.4);
        TrainedAutoencoder m = shrinking(x, 0.9, falling(100));
        assertTrue(m.deadUnits().none(), "constant codes of constant data carry all there is");
        assertFalse(m.collapsed());
    }

    @Test
    void anOutputConstantWhereItsFeatureIsConstantIsNotDead() {
        double[] x = grid(1);
        for (int i = 0; i < N; i++) {
            x[2 * i] = 0.3;
        }
        TrainedAutoencoder m = shrinking(x, 0.5, falling(100));
        assertArrayEquals(new int[0], m.deadUnits().output());
        assertArrayEquals(new int[] {0}, m.deadUnits().code(), "z0 = x0 is constant over tracks that differ");
    }

    @Test
    void aSaturatedTanhUnitCountsAsDead() {
        // z0 = tanh(8 + 1e-4 x0): varies by about 1e-4 sech^2(8) = 5e-11 over the tracks, far below float32's digits
        TrainedAutoencoder m = net(grid(1), config(Activation.TANH, Activation.IDENTITY, 100),
                new double[] {1e-4, 0, 0, 1}, new double[] {8, 0}, new double[] {0, 0, 0, 1}, new double[] {0.5, 0},
                falling(100));
        double[] code = m.encode(grid(1), N);
        assertNotEquals(code[0], code[2 * (N - 1)], "not exactly constant");
        assertArrayEquals(new int[] {0}, m.deadUnits().code());
    }

    @Test
    void theLossDropIsOverTheLastTenthOfTheEpochs() {
        TrainedAutoencoder m = shrinking(grid(1), 0.9, falling(100));
        assertEquals(1 - 90.0 / 100, m.lossDropOverLastTenth(), 1e-12, "loss 1/90 at epoch 90, 1/100 at 100");
        assertEquals(1 - 4.0 / 5, shrinking(grid(1), 0.9, falling(5)).lossDropOverLastTenth(), 1e-12,
                "at least one epoch: 1/4 to 1/5");
        assertTrue(Double.isNaN(shrinking(grid(1), 0.9, falling(1)).lossDropOverLastTenth()));
        double[] flat = new double[100];
        java.util.Arrays.fill(flat, 0.02);
        flat[0] = 0.2;
        assertEquals(0, shrinking(grid(1), 0.9, flat).lossDropOverLastTenth(), 0);
        assertFalse(shrinking(grid(1), 0.9, flat).lossStillFalling());
        double[] slow = falling(100);
        slow[99] = slow[89] * (1 - 0.009); // 0.9 % over the last 10 epochs
        assertFalse(shrinking(grid(1), 0.9, slow).lossStillFalling());
        double[] zero = new double[100]; // a perfect fit from the start: no relative fall, not an infinite one
        assertTrue(Double.isNaN(shrinking(grid(1), 0.9, zero).lossDropOverLastTenth()));
        assertFalse(shrinking(grid(1), 0.9, zero).lossStillFalling());
    }

    @Test
    void aLossStoppedEarlyIsNotStillFalling() {
        double[] x = grid(1);
        TrainedAutoencoder m = net(x, config(Activation.IDENTITY, Activation.IDENTITY, 200), new double[] {1, 0, 0, 1},
                new double[2], new double[] {0.1, 0, 0, 0.1}, new double[2], falling(100));
        assertTrue(m.lossDropOverLastTenth() > 0.05);
        assertFalse(m.lossStillFalling(), "100 of 200 epochs run: early stopping ended it");
    }

    @Test
    void deadUnitsAreNamedByTheirShortFeatureNames() {
        assertEquals("code unit z0; outputs acousticness, tempo", new DeadUnits(new int[] {0}, new int[] {0, 2})
                .describe(List.of("echonest.audio_features.acousticness", "x", "tempo")));
        assertEquals("code units z1, z3", new DeadUnits(new int[] {1, 3}, new int[0]).describe(List.of()));
    }

    @Test
    void deadOutputsWhoseLastPartRepeatsAreNamedWholeAndLongListsAreCut() {
        List<String> fma = new java.util.ArrayList<>();
        for (String statistic : List.of("mean", "std")) {
            for (int i = 1; i <= 6; i++) {
                fma.add(String.format("mfcc.%s.%02d", statistic, i));
            }
        }
        fma.add("echonest.tempo");
        assertEquals("outputs mfcc.mean.01, mfcc.std.01, tempo", new DeadUnits(new int[0], new int[] {0, 6, 12})
                .describe(fma));
        assertEquals("outputs mfcc.mean.01, mfcc.mean.02, mfcc.mean.03, mfcc.mean.04, mfcc.mean.05, mfcc.mean.06, "
                + "mfcc.std.01, mfcc.std.02 and 5 more", new DeadUnits(new int[0],
                java.util.stream.IntStream.range(0, 13).toArray()).describe(fma));
    }
}
