package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AutoencoderConfigTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    private static AutoencoderConfig with(int latent, List<Integer> hidden, Activation act, Activation out, int epochs,
                                          int batch, double lr, double split, int patience) {
        return new AutoencoderConfig(latent, hidden, act, out, epochs, batch, lr, split, patience, 1);
    }

    @Test
    void seedRecipeIsTheStudys() {
        AutoencoderConfig c = AutoencoderConfig.seedRecipe(7);
        assertEquals(5, c.latentSize());
        assertEquals(List.of(), c.hiddenSizes());
        assertEquals(Activation.RELU, c.activation());
        assertEquals(Activation.RELU, c.outputActivation());
        assertEquals(100, c.epochs());
        assertEquals(256, c.batchSize());
        assertEquals(0.001, c.learningRate());
        assertFalse(c.validates());
        assertEquals(7, c.seed());
    }

    @Test
    void messagesNameTheOption() {
        assertEquals("--latent: must be at least 1, got 0.",
                message(() -> with(0, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0.1, 0, 0)));
        assertTrue(message(() -> with(2, List.of(4, 0), Activation.RELU, Activation.RELU, 1, 1, 0.1, 0, 0))
                .startsWith("--hidden"));
        assertTrue(message(() -> with(2, List.of(), null, Activation.RELU, 1, 1, 0.1, 0, 0)).startsWith("--activation"));
        assertEquals("--output-activation: must be relu or identity, got tanh.",
                message(() -> with(2, List.of(), Activation.RELU, Activation.TANH, 1, 1, 0.1, 0, 0)));
        assertEquals("--epochs: must be at least 1, got 0.",
                message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 0, 1, 0.1, 0, 0)));
        assertEquals("--batch: must be at least 1, got -3.",
                message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, -3, 0.1, 0, 0)));
        assertTrue(message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, Double.NaN, 0, 0))
                .startsWith("--learning-rate"));
        assertTrue(message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0, 0, 0))
                .startsWith("--learning-rate"));
        assertTrue(message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0.1, 0.9, 0))
                .startsWith("--validation-split"));
        assertTrue(message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0.1, -0.1, 0))
                .startsWith("--validation-split"));
        assertTrue(message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0.1, 0.1, -1))
                .startsWith("--patience"));
        assertEquals("--validation-split: must be a number between 0 and 0.5, got 0.9.",
                message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0.1, 0.9, 0)));
        assertEquals("--learning-rate: must be a positive number, got 0.0.",
                message(() -> with(2, List.of(), Activation.RELU, Activation.RELU, 1, 1, 0, 0, 0)));
        assertEquals("--hidden: each value must be at least 1, got 4,0.",
                message(() -> with(2, List.of(4, 0), Activation.RELU, Activation.RELU, 1, 1, 0.1, 0, 0)));
    }

    @Test
    void latentSizeIsCheckedAgainstTheDataWhenTraining() {
        AutoencoderConfig c = with(8, List.of(), Activation.RELU, Activation.RELU, 1, 4, 0.1, 0, 0);
        assertEquals("--latent: must be between 1 and 7 (one less than the 8 features), got 8.",
                message(() -> AutoencoderTrainer.train(new double[16], 2, 8, c, EpochListener.NONE, () -> false)));
    }

    @Test
    void oneFeatureColumnIsASettingProblemNotAShapeError() {
        // a one-column CSV with the autoencoder chosen: the user is told what to change, not "need 2 features"
        AutoencoderConfig c = with(1, List.of(), Activation.RELU, Activation.RELU, 1, 4, 0.1, 0, 0);
        assertEquals("--representation: the autoencoder needs at least 2 feature columns to learn a narrower code, "
                        + "and the data has 1; choose PCA with latent size 1 or the scaled features, or more feature "
                        + "columns.",
                message(() -> AutoencoderTrainer.train(new double[3], 3, 1, c, EpochListener.NONE, () -> false)));
    }

    @Test
    void hiddenListIsCopied() {
        java.util.ArrayList<Integer> hidden = new java.util.ArrayList<>(List.of(6));
        AutoencoderConfig c = with(3, hidden, Activation.TANH, Activation.IDENTITY, 1, 1, 0.1, 0, 0);
        hidden.add(4);
        assertEquals(List.of(6), c.hiddenSizes());
        assertEquals(List.of(8, 6, 3, 6, 8), java.util.Arrays.stream(AutoencoderTrainer.widths(8, c)).boxed().toList());
    }
}
