package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genrescope.task.CancellationToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/** Reusing the forward activation in backpropagation must train DL4J's plain dense layers' weights, bit for bit. */
class ActivationReusingDenseLayerTest {

    @BeforeAll
    static void startNd4j() {
        NativeSetup.ensureConfigured();
        NativeSetup.start();
    }

    private static TrainedAutoencoder train(double[] x, int n, AutoencoderConfig config, boolean plainDense) {
        if (plainDense) {
            System.setProperty(AutoencoderTrainer.PLAIN_DL4J_DENSE_PROPERTY, "true");
        }
        try {
            return AutoencoderTrainer.train(x, n, 8, config, EpochListener.NONE, CancellationToken.NEVER);
        } finally {
            System.clearProperty(AutoencoderTrainer.PLAIN_DL4J_DENSE_PROPERTY);
        }
    }

    private static void sameAsPlainDl4j(Activation activation, List<Integer> hidden, int latent) {
        sameAsPlainDl4j(activation, activation, hidden, latent);
    }

    private static void sameAsPlainDl4j(Activation activation, Activation output, List<Integer> hidden, int latent) {
        int n = 700;
        double[] x = SyntheticData.threeFactors(11, n, 0.01);
        AutoencoderConfig config = new AutoencoderConfig(latent, hidden, activation, output, 5, 64, 0.01, 0, 0, 5);
        long before = ActivationReusingDenseLayer.REUSED_BACKWARD_PASSES.get();
        TrainedAutoencoder reusing = train(x, n, config, false);
        long reused = ActivationReusingDenseLayer.REUSED_BACKWARD_PASSES.get() - before;
        TrainedAutoencoder plain = train(x, n, config, true);
        assertEquals(before + reused, ActivationReusingDenseLayer.REUSED_BACKWARD_PASSES.get(),
                "DL4J's plain layers reuse nothing");
        boolean reusable = activation == Activation.RELU || activation == Activation.IDENTITY;
        assertEquals(reusable, reused > 0, activation + ": the reused path was " + (reused > 0 ? "" : "not ") + "taken");
        assertArrayEquals(plain.encode(x, n), reusing.encode(x, n), 0, activation + ": the same weights, bit for bit");
        assertArrayEquals(plain.lossPerEpoch(), reusing.lossPerEpoch(), 0, activation + ": the same losses");
    }

    @Test
    void reluNetworksTrainDl4jsWeightsBitForBit() {
        sameAsPlainDl4j(Activation.RELU, List.of(5), 2);
        sameAsPlainDl4j(Activation.RELU, List.of(6, 4), 3);
    }

    @Test
    void identityAndTanhNetworksTrainDl4jsWeightsBitForBit() {
        sameAsPlainDl4j(Activation.IDENTITY, List.of(5), 2);
        // tanh is not reused (its derivative cannot be read as DL4J reads it): DL4J's own path, same weights.
        sameAsPlainDl4j(Activation.TANH, Activation.RELU, List.of(5), 2);
    }

    @Test
    void onlyActivationsWhoseDerivativeReadsTheSameFromTheOutputAreReused() {
        assertTrue(ActivationReusingDenseLayer.reusable(new ActivationReLU()));
        assertTrue(ActivationReusingDenseLayer.reusable(new ActivationIdentity()));
        assertFalse(ActivationReusingDenseLayer.reusable(new ActivationTanH()));
        assertFalse(ActivationReusingDenseLayer.reusable(new ActivationLReLU()), "leaky: f' differs below zero");
        assertFalse(ActivationReusingDenseLayer.reusable(new ActivationReLU(6.0, 0.0, 0.0)), "capped ReLU");
    }

    @Test
    void theComparisonCouldFail() {
        // A different seed gives different weights: the bit-for-bit comparison above is not vacuous.
        int n = 700;
        double[] x = SyntheticData.threeFactors(11, n, 0.01);
        AutoencoderConfig a = new AutoencoderConfig(2, List.of(5), Activation.RELU, Activation.RELU, 2, 64, 0.01, 0, 0, 5);
        AutoencoderConfig b = new AutoencoderConfig(2, List.of(5), Activation.RELU, Activation.RELU, 2, 64, 0.01, 0, 0, 6);
        assertNotEquals(train(x, n, a, true).encode(x, n)[0], train(x, n, b, true).encode(x, n)[0]);
        assertEquals(8, SyntheticData.threeFactors(11, n, 0.01).length / n);
    }
}
