package org.genrescope.model.embedding;

import java.util.Arrays;
import org.genrescope.model.numeric.RowMajor;

/**
 * A trained autoencoder: the network's weights copied out of DL4J into plain Java arrays, plus how training went.
 *
 * <p>Immutable and free of native memory: {@link #encode} and {@link #decode} run in plain Java (double precision
 * on the trained float weights) and may be called from any number of threads at once.
 */
public final class TrainedAutoencoder {
    private final AutoencoderConfig config;
    private final DenseStack network;
    private final double[] lossPerEpoch;
    private final double[] validationLossPerEpoch;
    private final int bestEpoch;
    private final double reconstructionMse;
    private final double baselineMse;
    private final DeadUnits deadUnits;

    TrainedAutoencoder(AutoencoderConfig config, DenseStack network, double[] lossPerEpoch,
                       double[] validationLossPerEpoch, int bestEpoch, double[] x, int n) {
        this.config = config;
        this.network = network;
        this.lossPerEpoch = lossPerEpoch.clone();
        this.validationLossPerEpoch = validationLossPerEpoch.clone();
        this.bestEpoch = bestEpoch;
        int d = network.inputWidth();
        double[] code = network.encode(x, n);
        double[] reconstruction = network.decode(code, n);
        this.reconstructionMse = meanSquaredError(x, reconstruction);
        this.baselineMse = RowMajor.meanColumnVariance(x, n, d); // the error of predicting the mean
        this.deadUnits = new DeadUnits(constantColumns(code, n, network.codeWidth()),
                constantColumns(reconstruction, n, d));
    }

    /** The weights, for sending the model across a process boundary ({@link WorkerProtocol}). */
    DenseStack network() {
        return network;
    }

    /** The settings it was trained with. */
    public AutoencoderConfig config() {
        return config;
    }

    /** Number of input features, d. */
    public int inputSize() {
        return network.inputWidth();
    }

    /** Width of the code. */
    public int latentSize() {
        return network.codeWidth();
    }

    /**
     * The code of n rows: the output of the latent layer.
     *
     * @param x n x d, row-major, scaled like the training data
     * @return n x latent, row-major
     */
    public double[] encode(double[] x, int n) {
        check(x, n, inputSize(), "x");
        return network.encode(x, n);
    }

    /**
     * Maps m codes (such as K-Means centroids in the code space) back to the scaled feature space.
     *
     * @param z m x latent, row-major
     * @return m x d, row-major
     */
    public double[] decode(double[] z, int m) {
        check(z, m, latentSize(), "z");
        return network.decode(z, m);
    }

    /** Mean squared error of decode(encode(x)) over all training rows and features (validation rows included). */
    public double reconstructionMse() {
        return reconstructionMse;
    }

    /** Mean squared error of predicting every feature's mean: the bar a useful autoencoder must clear. */
    public double baselineMse() {
        return baselineMse;
    }

    /**
     * True when the reconstruction error exceeds half the mean-prediction error: output units died and the
     * code is not a result (the study's failure mode with ReLU outputs).
     */
    public boolean collapsed() {
        return !(reconstructionMse <= 0.5 * baselineMse);
    }

    /** Code and output units that are constant over all training rows. */
    public DeadUnits deadUnits() {
        return deadUnits;
    }

    /** Training loss of every epoch run (see {@link EpochListener}). */
    public double[] lossPerEpoch() {
        return lossPerEpoch.clone();
    }

    /** Validation loss of every epoch run; empty when validation was off. */
    public double[] validationLossPerEpoch() {
        return validationLossPerEpoch.clone();
    }

    /** Epochs actually run: fewer than configured when early stopping ended training. */
    public int epochsRun() {
        return lossPerEpoch.length;
    }

    /** The 1-based epoch whose weights were kept: the best validation epoch under early stopping, else the last. */
    public int keptEpoch() {
        return bestEpoch;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TrainedAutoencoder[%d-%d, %d epochs, mse %.5f, baseline %.5f%s, %s]",
                inputSize(), latentSize(), epochsRun(), reconstructionMse, baselineMse,
                collapsed() ? ", COLLAPSED" : "", deadUnits);
    }

    private static void check(double[] a, int rows, int columns, String name) {
        if (rows < 0 || a.length != (long) rows * columns) {
            throw new IllegalArgumentException(name + " must hold " + rows + " x " + columns + " values, got " + a.length);
        }
    }

    static double meanSquaredError(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            sum += diff * diff;
        }
        return a.length == 0 ? 0 : sum / a.length;
    }

    private static int[] constantColumns(double[] a, int n, int columns) {
        int[] found = new int[columns];
        int count = 0;
        for (int c = 0; c < columns; c++) {
            double first = a[c];
            boolean constant = true;
            for (int i = 1; i < n && constant; i++) {
                constant = a[i * columns + c] == first;
            }
            if (constant) {
                found[count++] = c;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
