package org.genrescope.model.embedding;

import java.util.Arrays;
import java.util.List;
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
        // a block of rows at a time: the whole reconstruction (n x d) would double the data's memory
        ReconstructionScan scan = ReconstructionScan.of(network, x, n);
        this.reconstructionMse = scan.meanSquaredError();
        this.baselineMse = RowMajor.meanColumnVariance(x, n, d); // the error of predicting the mean
        this.deadUnits = scan.deadUnits();
    }

    /**
     * The trained network and its training history as plain values, for saving a session (ADR 0016); {@link #restore}
     * turns them back into the same model.
     *
     * @param widths       layer widths, input first and last: d, hidden..., latent, hidden..., d
     * @param codeLayer    0-based index of the layer whose output is the code
     * @param activations  each layer's activation, one per layer (widths.length - 1)
     * @param weights      layer l's weights, widths[l] x widths[l + 1], row-major
     * @param biases       layer l's biases, widths[l + 1]
     * @param lossPerEpoch training loss of each epoch run
     * @param validationLossPerEpoch validation loss of each epoch run; empty when validation was off
     * @param keptEpoch    the 1-based epoch whose weights these are
     */
    public record Weights(int[] widths, int codeLayer, List<Activation> activations, double[][] weights,
                          double[][] biases, double[] lossPerEpoch, double[] validationLossPerEpoch, int keptEpoch) {
        public Weights {
            widths = widths.clone();
            activations = List.copyOf(activations);
            weights = deepCopy(weights);
            biases = deepCopy(biases);
            lossPerEpoch = lossPerEpoch.clone();
            validationLossPerEpoch = validationLossPerEpoch.clone();
        }

        @Override
        public int[] widths() { return widths.clone(); }

        @Override
        public double[][] weights() { return deepCopy(weights); }

        @Override
        public double[][] biases() { return deepCopy(biases); }

        @Override
        public double[] lossPerEpoch() { return lossPerEpoch.clone(); }

        @Override
        public double[] validationLossPerEpoch() { return validationLossPerEpoch.clone(); }

        private static double[][] deepCopy(double[][] a) {
            double[][] out = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i].clone();
            }
            return out;
        }
    }

    /** This model's weights and training history, to save it. */
    public Weights weights() {
        int layers = network.layers();
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        List<Activation> activations = new java.util.ArrayList<>();
        for (int l = 0; l < layers; l++) {
            w[l] = network.weights(l);
            b[l] = network.biases(l);
            activations.add(network.activation(l));
        }
        return new Weights(network.widths(), network.codeLayer(), activations, w, b, lossPerEpoch,
                validationLossPerEpoch, bestEpoch);
    }

    /**
     * The model {@link #weights()} described, re-evaluated on the data it was trained on: encoding the same x gives
     * bit for bit the codes the original gave (the same double arithmetic on the same weights), and the
     * reconstruction error, collapse flag and dead units are measured again on x.
     *
     * @param config the settings it was trained with; its latent size must be the weights' code width
     * @param x      n x d, row-major, scaled like the training data
     * @throws IllegalArgumentException when the weights do not form a network of config's shape over d features
     */
    public static TrainedAutoencoder restore(AutoencoderConfig config, Weights saved, double[] x, int n) {
        int[] widths = saved.widths;
        int layers = widths.length - 1;
        if (layers < 1 || saved.codeLayer < 0 || saved.codeLayer >= layers || saved.activations.size() != layers
                || saved.weights.length != layers || saved.biases.length != layers) {
            throw new IllegalArgumentException("the saved network has " + layers + " layers, code layer "
                    + saved.codeLayer + ", " + saved.activations.size() + " activations, " + saved.weights.length
                    + " weight and " + saved.biases.length + " bias arrays");
        }
        for (int l = 0; l < layers; l++) {
            if (widths[l] < 1 || saved.weights[l].length != widths[l] * widths[l + 1]
                    || saved.biases[l].length != widths[l + 1]) {
                throw new IllegalArgumentException("the saved layer " + l + " does not match the widths "
                        + Arrays.toString(widths));
            }
        }
        if (widths[saved.codeLayer + 1] != config.latentSize() || widths[layers] != widths[0]) {
            throw new IllegalArgumentException("the saved network " + Arrays.toString(widths)
                    + " is not an autoencoder with a code of " + config.latentSize());
        }
        check(x, n, widths[0], "x");
        if (saved.keptEpoch < 0 || saved.keptEpoch > saved.lossPerEpoch.length) {
            throw new IllegalArgumentException("the saved kept epoch " + saved.keptEpoch + " is not one of the "
                    + saved.lossPerEpoch.length + " epochs run");
        }
        DenseStack network = new DenseStack(widths, saved.weights(), saved.biases(),
                saved.activations.toArray(new Activation[0]), saved.codeLayer);
        return new TrainedAutoencoder(config, network, saved.lossPerEpoch, saved.validationLossPerEpoch,
                saved.keptEpoch, x, n);
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
     * True when the autoencoder does not reproduce the data: its reconstruction error exceeds half the
     * mean-prediction error (or is not a number). Alone this is no collapse: a net still learning is there too.
     */
    public boolean reconstructsPoorly() {
        return !(reconstructionMse <= 0.5 * baselineMse);
    }

    /**
     * True when units died ({@link #deadUnits()}: constant over tracks that differ) and the autoencoder does not
     * reproduce the data ({@link #reconstructsPoorly()}): the study's failure mode with ReLU units. A dead unit gets
     * no gradient, so more epochs cannot mend it, and the code was trained without what the dead units lost: its
     * clusters are not a result. A poor reconstruction with every unit alive (too few Adam steps, as on a small
     * file) is not a collapse, nor is a code with few distinct values when the data has few.
     */
    public boolean collapsed() {
        return !deadUnits.none() && reconstructsPoorly();
    }

    /**
     * The training loss's relative fall over the last tenth of the epochs run (at least one epoch): (loss[e - t] -
     * loss[e]) / loss[e - t], e the last epoch, t = max(1, round(epochs / 10)); NaN with fewer than 2 epochs or a
     * non-finite loss.
     */
    public double lossDropOverLastTenth() {
        int e = lossPerEpoch.length;
        if (e < 2) {
            return Double.NaN;
        }
        int t = Math.max(1, (int) Math.round(e / 10.0));
        double before = lossPerEpoch[e - 1 - t];
        double drop = (before - lossPerEpoch[e - 1]) / before;
        return Double.isFinite(drop) ? drop : Double.NaN; // a loss of 0 (or not a number) has no relative fall
    }

    /** Relative fall over the last tenth of the epochs at or above which the loss is "still falling". */
    public static final double STILL_FALLING = 0.01;

    /**
     * True when the loss was still falling at the end ({@link #lossDropOverLastTenth()} at least 1 %: at that
     * pace as many epochs again would lower it by about a tenth or more) and training ran every configured epoch
     * (early stopping ends it because the validation loss stopped falling).
     */
    public boolean lossStillFalling() {
        return lossPerEpoch.length >= config.epochs() && lossDropOverLastTenth() >= STILL_FALLING;
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
                collapsed() ? ", COLLAPSED" : lossStillFalling() ? ", loss still falling" : "", deadUnits);
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
}
