package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The network run a block of rows at a time ({@link DenseStack#run}, {@link ReconstructionScan}) against the
 * plain arithmetic over whole arrays, written here once more: the same values bit for bit, over a row count that is
 * no multiple of the block, so that the last, partial block is covered.
 */
class ReconstructionScanTest {
    private static final int N = 2 * DenseStack.BLOCK_ROWS + 37;
    private static final int D = 7;
    private static final int[] WIDTHS = {D, 5, 3, 5, D};

    private static DenseStack network(long seed, Activation hidden) {
        SplittableRandom random = new SplittableRandom(seed);
        int layers = WIDTHS.length - 1;
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        Activation[] activations = new Activation[layers];
        for (int l = 0; l < layers; l++) {
            w[l] = random.doubles((long) WIDTHS[l] * WIDTHS[l + 1], -1, 1).toArray();
            b[l] = random.doubles(WIDTHS[l + 1], -0.5, 0.5).toArray();
            activations[l] = l == layers - 1 ? Activation.IDENTITY : hidden;
        }
        return new DenseStack(WIDTHS, w, b, activations, 1);
    }

    private static double[] data(long seed) {
        return new SplittableRandom(seed).doubles((long) N * D, -2, 2).toArray();
    }

    /** Layers [from, to) over all rows at once, the textbook way: out = f(in W + b), row by row. */
    private static double[] wholeArrays(DenseStack net, double[] in, int n, int from, int to) {
        double[] current = in;
        for (int l = from; l < to; l++) {
            int nIn = WIDTHS[l];
            int nOut = WIDTHS[l + 1];
            double[] w = net.weights(l);
            double[] b = net.biases(l);
            double[] out = new double[n * nOut];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < nOut; j++) {
                    double sum = b[j];
                    for (int k = 0; k < nIn; k++) {
                        sum += current[i * nIn + k] * w[k * nOut + j];
                    }
                    out[i * nOut + j] = net.activation(l).apply(sum);
                }
            }
            current = out;
        }
        return current;
    }

    @Test
    void blocksGiveTheValuesOfWholeArraysBitForBit() {
        DenseStack net = network(3, Activation.TANH);
        double[] x = data(4);
        double[] code = wholeArrays(net, x, N, 0, 2);
        assertArrayEquals(code, net.encode(x, N), 0);
        assertArrayEquals(wholeArrays(net, code, N, 2, 4), net.decode(code, N), 0);
    }

    @Test
    void theScanGivesTheErrorAndDeadUnitsOfTheWholeReconstruction() {
        // ReLU units with negative biases: some die over these rows, so the dead units are not all empty
        DenseStack net = network(11, Activation.RELU);
        double[] x = data(12);
        double[] code = wholeArrays(net, x, N, 0, 2);
        double[] reconstruction = wholeArrays(net, code, N, 2, 4);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - reconstruction[i]) * (x[i] - reconstruction[i]);
        }
        ReconstructionScan scan = ReconstructionScan.of(net, x, N);
        assertEquals(sum / x.length, scan.meanSquaredError(), 0);
        assertEquals(DeadUnits.find(x, code, reconstruction, N, D, 3), scan.deadUnits());
    }

    @Test
    void aConstantCodeUnitIsFoundAcrossBlocks() {
        DenseStack net = network(5, Activation.TANH);
        double[][] w = new double[4][];
        double[][] b = new double[4][];
        Activation[] activations = new Activation[4];
        for (int l = 0; l < 4; l++) {
            w[l] = net.weights(l);
            b[l] = net.biases(l);
            activations[l] = net.activation(l);
        }
        for (int k = 0; k < WIDTHS[1]; k++) {
            w[1][k * WIDTHS[2] + 2] = 0;    // code unit z2 sees nothing: constant tanh(b) on every row
        }
        DenseStack withDeadUnit = new DenseStack(WIDTHS, w, b, activations, 1);
        assertArrayEquals(new int[] {2}, ReconstructionScan.of(withDeadUnit, data(6), N).deadUnits().code());
    }

    @Test
    void theErrorOverChosenRowsIsTheErrorOverThoseRowsCopiedOut() {
        DenseStack net = network(7, Activation.TANH);
        double[] x = data(8);
        int[] rows = new SplittableRandom(9).ints(DenseStack.BLOCK_ROWS + 5, 0, N).toArray();
        double[] chosen = new double[rows.length * D];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(x, rows[r] * D, chosen, r * D, D);
        }
        double[] reconstruction = wholeArrays(net, chosen, rows.length, 0, 4);
        assertEquals(TrainedAutoencoder.meanSquaredError(chosen, reconstruction),
                ReconstructionScan.ofRows(net, x, rows).meanSquaredError(), 0);
    }
}
