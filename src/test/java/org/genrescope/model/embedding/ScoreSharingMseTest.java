package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/** The shared-score loss against DL4J's own {@link LossMSE}: the same gradient bit for bit, the same score. */
class ScoreSharingMseTest {

    @BeforeAll
    static void startNd4j() {
        NativeSetup.ensureConfigured();
        NativeSetup.start();
    }

    private static INDArray random(long seed, int rows, int columns) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 0.5);
        }
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }

    private static void checkAgainstDl4j(IActivation activation, int rows) {
        INDArray labels = random(1, rows, 8);
        INDArray preOutput = random(2, rows, 8);
        LossMSE dl4j = new LossMSE();
        ScoreSharingMse shared = new ScoreSharingMse();

        INDArray expectedGradient = dl4j.computeGradient(labels, preOutput.dup(), activation, null);
        double expectedScore = dl4j.computeScore(labels, preOutput.dup(), activation, null, false);
        INDArray gradient = shared.computeGradient(labels, preOutput.dup(), activation, null);
        double score = shared.computeScore(labels, preOutput.dup(), activation, null, false);

        assertArrayEquals(expectedGradient.data().asFloat(), gradient.data().asFloat(), 0f, "bit for bit");
        assertEquals(expectedScore, score, 1e-6 * expectedScore, "the same sum, in another order");
        // Hand check: the sum over rows of the mean over columns of (f(z) - y)^2.
        double byHand = 0;
        float[] y = labels.data().asFloat();
        float[] z = preOutput.data().asFloat();
        for (int i = 0; i < y.length; i++) {
            double out = activation instanceof ActivationReLU ? Math.max(0f, z[i]) : z[i];
            byHand += (out - y[i]) * (out - y[i]) / 8;
        }
        assertEquals(byHand, score, 1e-5 * byHand);
    }

    @Test
    void gradientsAreDl4jsAndScoresTheSameWithReluAndIdentityOutputs() {
        checkAgainstDl4j(new ActivationReLU(), 256);
        checkAgainstDl4j(new ActivationIdentity(), 40);
    }

    @Test
    void aScoreWithoutAGradientFirstOrForOtherLabelsIsComputedAfresh() {
        INDArray labels = random(3, 16, 8);
        INDArray other = random(4, 16, 8);
        INDArray preOutput = random(5, 16, 8);
        IActivation relu = new ActivationReLU();
        LossMSE dl4j = new LossMSE();
        ScoreSharingMse shared = new ScoreSharingMse();
        assertEquals(dl4j.computeScore(labels, preOutput, relu, null, true),
                shared.computeScore(labels, preOutput, relu, null, true), 0.0, "no gradient before");
        shared.computeGradient(labels, preOutput, relu, null);
        assertEquals(dl4j.computeScore(other, preOutput, relu, null, true),
                shared.computeScore(other, preOutput, relu, null, true), 0.0, "other labels");
        // the shared score is used once: a second call computes it again
        shared.computeGradient(labels, preOutput, relu, null);
        shared.computeScore(labels, preOutput, relu, null, true);
        assertEquals(dl4j.computeScore(labels, preOutput, relu, null, true),
                shared.computeScore(labels, preOutput, relu, null, true), 0.0, "second call");
    }

    @Test
    void aTrainingGivesDl4jsPlainOutputLayersWeightsAndItsLossesToTheLastDigits() {
        int n = 600;
        double[] x = SyntheticData.threeFactors(7, n, 0.01);
        AutoencoderConfig config = new AutoencoderConfig(3, java.util.List.of(), Activation.RELU, Activation.RELU, 4,
                64, 0.01, 0, 0, 3);
        TrainedAutoencoder shared = AutoencoderTrainer.train(x, n, 8, config, EpochListener.NONE,
                org.genrescope.task.CancellationToken.NEVER);
        TrainedAutoencoder plain;
        System.setProperty(AutoencoderTrainer.PLAIN_DL4J_PROPERTY, "true");
        try {
            plain = AutoencoderTrainer.train(x, n, 8, config, EpochListener.NONE,
                    org.genrescope.task.CancellationToken.NEVER);
        } finally {
            System.clearProperty(AutoencoderTrainer.PLAIN_DL4J_PROPERTY);
        }
        assertArrayEquals(plain.encode(x, n), shared.encode(x, n), 0, "the same weights, bit for bit");
        double[] expected = plain.lossPerEpoch();
        double[] actual = shared.lossPerEpoch();
        assertEquals(expected.length, actual.length);
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e], actual[e], 1e-6 * expected[e], "epoch " + (e + 1));
        }
    }

    @Test
    void masksGoToDl4jsOwnLoss() {
        INDArray labels = random(6, 16, 8);
        INDArray preOutput = random(7, 16, 8);
        INDArray mask = Nd4j.ones(DataType.FLOAT, 16, 1);
        mask.putScalar(3, 0f);
        IActivation relu = new ActivationReLU();
        assertArrayEquals(new LossMSE().computeGradient(labels, preOutput, relu, mask).data().asFloat(),
                new ScoreSharingMse().computeGradient(labels, preOutput, relu, mask).data().asFloat(), 0f);
    }
}
