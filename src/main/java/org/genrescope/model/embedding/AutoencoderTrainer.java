package org.genrescope.model.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains the autoencoder with DL4J's own {@code MultiLayerNetwork.fit}, then copies the weights into a
 * {@link TrainedAutoencoder} and frees every native array it made.
 *
 * <p>How it is fed (each measured, see docs/benchmarks-autoencoder.md): one minibatch array per batch size, built
 * once and refilled in place from a seeded shuffle; {@code fit(features, labels)} with the same array as both;
 * float data; workspaces on; ND4J on one OpenMP thread ({@link NativeSetup#warmUp()}).
 *
 * <p>Reproducible: the seed drives DL4J's weight initialisation (ND4J's RNG), the shuffling and the choice of
 * validation rows (own {@link SplittableRandom}s), so equal seeds give bit-identical weights on one machine.
 * Stateless: trainings may run on any thread, one after another or at once (each has its own network).
 */
public final class AutoencoderTrainer {
    /** The stage name given to the {@link ProgressListener}. */
    public static final String STAGE = "autoencoder";

    /**
     * Set to true, the output layer is DL4J's plain {@code OutputLayer} with {@code LossMSE}, which computes the
     * score with a second forward pass (for measuring what {@link ScoreSharingOutputLayer} saves; same weights).
     */
    static final String PLAIN_DL4J_PROPERTY = "genrescope.autoencoder.plainDl4jOutput";

    /**
     * Set to true, the hidden layers are DL4J's plain {@code DenseLayer}s, which compute their pre-activations a
     * second time for backpropagation (for measuring what {@link ActivationReusingDenseLayer} saves; same weights).
     */
    static final String PLAIN_DL4J_DENSE_PROPERTY = "genrescope.autoencoder.plainDl4jDense";

    /** Keras' Adam epsilon (DL4J's default is 1e-8); the study was trained with Keras. */
    static final double ADAM_EPSILON = 1e-7;

    private AutoencoderTrainer() {
    }

    /** {@link #train(double[], int, int, AutoencoderConfig, ProgressListener, EpochListener, CancellationToken)} without progress. */
    public static TrainedAutoencoder train(double[] x, int n, int d, AutoencoderConfig config, EpochListener epochs,
                                           CancellationToken cancel) {
        return train(x, n, d, config, ProgressListener.NONE, epochs, cancel);
    }

    /**
     * Trains an autoencoder on n rows of d features.
     *
     * @param x        n x d, row-major, finite (the seed recipe: scaled features, rows of unit norm)
     * @param progress hears stage {@value #STAGE}, epochs done of the configured epochs, after every epoch
     * @param epochs   hears every epoch's losses
     * @param cancel   polled between minibatches
     * @throws IllegalArgumentException        for bad shapes, non-finite values or a latent size of d or more
     * @throws org.genrescope.task.CancelledException when cancelled (native memory is freed first)
     * @throws org.genrescope.model.natives.NativeLibraryException when ND4J cannot be loaded
     */
    public static TrainedAutoencoder train(double[] x, int n, int d, AutoencoderConfig config, ProgressListener progress,
                                           EpochListener epochs, CancellationToken cancel) {
        config.checkAgainst(n, d); // first: a setting the user can change is the sentence they see
        checkData(x, n, d);
        NativeSetup.start(progress, cancel);
        return trainStarted(x, n, d, config, progress, epochs, cancel);
    }

    /** Training once ND4J has started (also the warm-up's entry, which must not recurse into it). */
    static TrainedAutoencoder trainStarted(double[] x, int n, int d, AutoencoderConfig config, ProgressListener progress,
                                           EpochListener epochs, CancellationToken cancel) {
        NativeSetup.oneThreadForThisThread();
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom validationRandom = root.split();
        SplittableRandom shuffleRandom = root.split();
        int[] order = permutation(n, validationRandom);
        int held = config.validationRows(n);
        int[] validationRows = java.util.Arrays.copyOfRange(order, 0, held);
        int[] trainingRows = held == 0 ? identity(n) : java.util.Arrays.copyOfRange(order, held, n);

        int[] widths = widths(d, config);
        Activation[] activations = activations(widths.length - 1, config);
        int codeLayer = config.hiddenSizes().size();

        List<Double> losses = new ArrayList<>();
        List<Double> validationLosses = new ArrayList<>();
        MultiLayerNetwork net = new MultiLayerNetwork(networkConfiguration(widths, activations, config));
        Minibatches batches = null;
        try {
            net.init();
            batches = new Minibatches(x, d, trainingRows, config.batchSize());
            DenseStack best = null;
            int bestEpoch = 0;
            double bestLoss = Double.POSITIVE_INFINITY;
            int sinceBest = 0;
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                batches.shuffle(shuffleRandom);
                double lossSum = 0;
                for (int b = 0; b < batches.count(); b++) {
                    cancel.throwIfCancelled();
                    INDArray batch = batches.fill(b);
                    net.fit(batch, batch);
                    lossSum += net.score() * batches.rows(b);
                }
                double loss = lossSum / trainingRows.length;
                double validationLoss = Double.NaN;
                losses.add(loss);
                if (config.validates()) {
                    DenseStack now = copyWeights(net, widths, activations, codeLayer);
                    validationLoss = ReconstructionScan.ofRows(now, x, validationRows).meanSquaredError();
                    validationLosses.add(validationLoss);
                    if (validationLoss < bestLoss) {
                        bestLoss = validationLoss;
                        best = now;
                        bestEpoch = epoch;
                        sinceBest = 0;
                    } else {
                        sinceBest++;
                    }
                }
                epochs.epochEnded(epoch, loss, validationLoss);
                boolean stop = config.stopsEarly() && sinceBest >= config.patience();
                progress.progress(STAGE, stop ? config.epochs() : epoch, config.epochs(), String.format(Locale.ROOT,
                        "epoch %d of %d, loss %.5f%s", epoch, config.epochs(), loss, stop ? ", stopped early" : ""));
                if (stop) {
                    break;
                }
            }
            DenseStack kept = config.stopsEarly() && best != null ? best : copyWeights(net, widths, activations, codeLayer);
            int keptEpoch = config.stopsEarly() && best != null ? bestEpoch : losses.size();
            return new TrainedAutoencoder(config, kept, toArray(losses), toArray(validationLosses), keptEpoch, x, n);
        } finally {
            if (batches != null) {
                batches.close();
            }
            net.close();
            // Workspaces live per thread until destroyed: without this a pool thread would keep them.
            Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        }
    }

    private static MultiLayerConfiguration networkConfiguration(int[] widths, Activation[] activations,
                                                                AutoencoderConfig config) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(config.learningRate(), 0.9, 0.999, ADAM_EPSILON))
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .biasInit(0)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .cacheMode(CacheMode.NONE)
                .list();
        int last = widths.length - 2;
        for (int l = 0; l < last; l++) {
            DenseLayer.Builder dense = new DenseLayer.Builder().nIn(widths[l]).nOut(widths[l + 1])
                    .activation(dl4j(activations[l]));
            list.layer(Boolean.getBoolean(PLAIN_DL4J_DENSE_PROPERTY) ? dense.build()
                    : ActivationReusingDenseLayer.of(dense.build()));
        }
        if (Boolean.getBoolean(PLAIN_DL4J_PROPERTY)) {
            list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(widths[last]).nOut(widths[last + 1])
                    .activation(dl4j(activations[last])).build());
        } else {
            list.layer(new ScoreSharingOutputLayer(new OutputLayer.Builder(new ScoreSharingMse()).nIn(widths[last])
                    .nOut(widths[last + 1]).activation(dl4j(activations[last]))));
        }
        return list.build();
    }

    private static org.nd4j.linalg.activations.Activation dl4j(Activation a) {
        switch (a) {
            case RELU:
                return org.nd4j.linalg.activations.Activation.RELU;
            case TANH:
                return org.nd4j.linalg.activations.Activation.TANH;
            default:
                return org.nd4j.linalg.activations.Activation.IDENTITY;
        }
    }

    /** Reads the weights of every layer out of DL4J (W is nIn x nOut, b is 1 x nOut). */
    private static DenseStack copyWeights(MultiLayerNetwork net, int[] widths, Activation[] activations, int codeLayer) {
        int layers = widths.length - 1;
        double[][] weights = new double[layers][];
        double[][] biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            double[][] w = net.getLayer(l).getParam("W").toDoubleMatrix();
            double[] flat = new double[widths[l] * widths[l + 1]];
            for (int i = 0; i < widths[l]; i++) {
                System.arraycopy(w[i], 0, flat, i * widths[l + 1], widths[l + 1]);
            }
            weights[l] = flat;
            biases[l] = net.getLayer(l).getParam("b").toDoubleVector();
        }
        return new DenseStack(widths, weights, biases, activations, codeLayer);
    }

    /** d, hidden..., latent, hidden reversed..., d. */
    static int[] widths(int d, AutoencoderConfig config) {
        List<Integer> hidden = config.hiddenSizes();
        int[] widths = new int[2 * hidden.size() + 3];
        widths[0] = d;
        for (int i = 0; i < hidden.size(); i++) {
            widths[1 + i] = hidden.get(i);
            widths[widths.length - 2 - i] = hidden.get(i);
        }
        widths[hidden.size() + 1] = config.latentSize();
        widths[widths.length - 1] = d;
        return widths;
    }

    private static Activation[] activations(int layers, AutoencoderConfig config) {
        Activation[] a = new Activation[layers];
        java.util.Arrays.fill(a, config.activation());
        a[layers - 1] = config.outputActivation();
        return a;
    }

    private static void checkData(double[] x, int n, int d) {
        if (n < 1 || d < 2) {
            throw new IllegalArgumentException("need at least 1 row and 2 features, got " + n + " x " + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x must hold " + n + " x " + d + " values, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("feature value at row " + (i / d) + ", column " + (i % d)
                        + " is not a finite number: " + x[i]);
            }
        }
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
