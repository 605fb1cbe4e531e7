package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The interpolated repulsion against the direct O(n^2) sums ({@link ExactKl#repulsion}). */
class InterpolatedRepulsionTest {

    /** Three clumps and a scatter, spread over about {@code scale} layout units. */
    static double[] layout(int n, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[2 * n];
        double[][] centres = {{-0.4, -0.3}, {0.35, 0.1}, {0, 0.45}};
        for (int i = 0; i < n; i++) {
            if (i % 4 == 3) {
                y[2 * i] = scale * (random.nextDouble() - 0.5);
                y[2 * i + 1] = scale * (random.nextDouble() - 0.5);
            } else {
                double[] c = centres[i % 4];
                y[2 * i] = scale * (c[0] + 0.05 * (random.nextDouble() - 0.5));
                y[2 * i + 1] = scale * (c[1] + 0.05 * (random.nextDouble() - 0.5));
            }
        }
        return y;
    }

    /**
     * Within the early layouts (1e-3 and 5 units across, the grid at its 21-interval minimum, intervals 0.24 wide
     * or less) the interpolation is close to exact; in the grown layouts t-SNE ends with (60 to 250 units, intervals
     * 0.7 to 1 wide) it keeps FIt-SNE's accuracy of about 1 %: Z within 3e-3 relative, forces within 2e-2 (root
     * mean square error over root mean square force) and 5e-2 (worst error over the largest force). Measured on
     * these layouts: Z 1.6e-4 at 5 units, 1.5e-3 / 1.0e-2 / 2.7e-2 at 250.
     */
    @ParameterizedTest
    @CsvSource({"1e-3, 1e-9, 1e-9, 1e-9", "5, 1e-3, 1e-2, 1e-2", "60, 3e-3, 2e-2, 5e-2", "250, 3e-3, 2e-2, 5e-2"})
    void matchesTheDirectSums(double scale, double zBound, double rmsBound, double worstBound) {
        int n = 1500;
        double[] y = layout(n, scale, 11);
        double[] exact = new double[2 * n];
        double exactZ = ExactKl.repulsion(y, n, exact);
        double[] force = new double[2 * n];
        double z;
        try (ParallelLoop loop = new ParallelLoop(2)) {
            z = new InterpolatedRepulsion(n).repel(y, force, loop);
        }
        assertEquals(exactZ, z, zBound * exactZ, "Z");
        double largest = 0;
        double worst = 0;
        double squaredError = 0;
        double squaredForce = 0;
        for (int c = 0; c < 2 * n; c++) {
            double error = force[c] - exact[c];
            largest = Math.max(largest, Math.abs(exact[c]));
            worst = Math.max(worst, Math.abs(error));
            squaredError += error * error;
            squaredForce += exact[c] * exact[c];
        }
        assertTrue(Math.sqrt(squaredError / squaredForce) <= rmsBound, "rms error "
                + Math.sqrt(squaredError / squaredForce));
        assertTrue(worst <= worstBound * largest, "worst force error " + worst + " against largest " + largest);
    }

    @Test
    void gridGrowsWithTheLayoutPastItsMinimum() {
        int n = 200;
        try (ParallelLoop loop = new ParallelLoop(1)) {
            InterpolatedRepulsion repulsion = new InterpolatedRepulsion(n);
            repulsion.repel(layout(n, 5, 1), new double[2 * n], loop);
            // 20 intervals need 2 x 3 x 20 - 1 = 119 FFT points: 128, which holds 21 intervals.
            assertEquals(21, repulsion.lastIntervals());
            repulsion.repel(layout(n, 300, 1), new double[2 * n], loop);
            assertTrue(repulsion.lastIntervals() * InterpolatedRepulsion.MAX_INTERVAL_WIDTH >= 300 * 0.9,
                    "intervals " + repulsion.lastIntervals());
        }
    }

    @Test
    void kernelReusedWhileTheSquareHoldsGivesTheSameForces() {
        int n = 500;
        double[] small = layout(n, 30, 2);
        double[] grown = small.clone();
        for (int c = 0; c < 2 * n; c++) {
            grown[c] *= 1.001;
        }
        double[] reused = new double[2 * n];
        double[] fresh = new double[2 * n];
        try (ParallelLoop loop = new ParallelLoop(1)) {
            InterpolatedRepulsion repulsion = new InterpolatedRepulsion(n);
            repulsion.repel(small, new double[2 * n], loop);
            double zReused = repulsion.repel(grown, reused, loop);
            double zFresh = new InterpolatedRepulsion(n).repel(grown, fresh, loop);
            assertEquals(zFresh, zReused, 0);
        }
        assertArrayEquals(fresh, reused, 0);
    }

    @Test
    void sameResultForAnyThreadCount() {
        int n = 3000;
        double[] y = layout(n, 40, 5);
        double[] one = new double[2 * n];
        double[] two = new double[2 * n];
        double zOne;
        double zTwo;
        try (ParallelLoop loop = new ParallelLoop(1)) {
            zOne = new InterpolatedRepulsion(n).repel(y, one, loop);
        }
        try (ParallelLoop loop = new ParallelLoop(2)) {
            zTwo = new InterpolatedRepulsion(n).repel(y, two, loop);
        }
        assertEquals(zOne, zTwo, 0);
        assertArrayEquals(one, two, 0);
    }
}
