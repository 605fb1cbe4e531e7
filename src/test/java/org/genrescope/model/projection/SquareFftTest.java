package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The FFT against the defining double sum, and inverse(forward(x)) = x. */
class SquareFftTest {

    @Test
    void forwardMatchesTheDefinition() {
        int size = 16;
        int rows = 11;
        SplittableRandom random = new SplittableRandom(3);
        double[] re = new double[size * size];
        double[] im = new double[size * size];
        for (int c = 0; c < rows * size; c++) {
            re[c] = random.nextDouble() - 0.5;
            im[c] = random.nextDouble() - 0.5;
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        try (ParallelLoop loop = new ParallelLoop(2)) {
            new SquareFft(size).forward(re, im, rows, loop);
        }
        for (int u = 0; u < size; u++) {
            for (int v = 0; v < size; v++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int r = 0; r < size; r++) {
                    for (int c = 0; c < size; c++) {
                        double angle = -2 * Math.PI * ((double) u * r + (double) v * c) / size;
                        double xr = re0[r * size + c];
                        double xi = im0[r * size + c];
                        sumRe += xr * Math.cos(angle) - xi * Math.sin(angle);
                        sumIm += xr * Math.sin(angle) + xi * Math.cos(angle);
                    }
                }
                assertEquals(sumRe, re[u * size + v], 1e-12, "re " + u + "," + v);
                assertEquals(sumIm, im[u * size + v], 1e-12, "im " + u + "," + v);
            }
        }
        try (ParallelLoop loop = new ParallelLoop(2)) {
            new SquareFft(size).inverse(re, im, size, loop);
        }
        for (int c = 0; c < size * size; c++) {
            assertEquals(re0[c], re[c], 1e-14);
            assertEquals(im0[c], im[c], 1e-14);
        }
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertEquals("FFT size must be a power of two, got 12",
                assertThrows(IllegalArgumentException.class, () -> new SquareFft(12)).getMessage());
    }
}
