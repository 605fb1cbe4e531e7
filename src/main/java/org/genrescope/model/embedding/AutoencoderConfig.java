package org.genrescope.model.embedding;

import java.util.List;
import java.util.Objects;

/**
 * Every knob of the autoencoder, validated on construction (messages name the command-line option).
 *
 * <p>The network is {@code d -> hidden[0] -> ... -> hidden[last] -> latent -> hidden[last] -> ... -> hidden[0] -> d}:
 * the decoder mirrors the encoder. Every layer but the last uses {@code activation}; the last (the reconstruction)
 * uses {@code outputActivation}. The code is the output of the latent layer. Weights are always Glorot-uniform
 * ({@link #WEIGHT_INIT}), biases zero; the loss is mean squared error; the optimiser is Adam.
 *
 * @param latentSize       width of the code, at least 1 (and at most d - 1, checked when training)
 *                         ({@code --latent}; the study: 5)
 * @param hiddenSizes      widths of the encoder's hidden layers between the input and the code, outermost first;
 *                         empty for the study's single-layer encoder ({@code --hidden})
 * @param activation       activation of every layer but the output, the code included ({@code --activation})
 * @param outputActivation activation of the reconstruction layer: RELU (the study, which can collapse) or IDENTITY
 *                         ({@code --output-activation})
 * @param epochs           passes over the training rows, at least 1 ({@code --epochs}; the study: 100)
 * @param batchSize        rows per Adam step, at least 1; the last batch of an epoch holds the remainder, as in
 *                         Keras ({@code --batch}; the study: 256)
 * @param learningRate     Adam's step size, positive and finite ({@code --learning-rate}; the study: 0.001)
 * @param validationSplit  fraction of rows held out (a seeded random choice) to measure a validation loss, in
 *                         [0, 0.5]; 0 turns validation off ({@code --validation-split})
 * @param patience         with validation on: stop after this many epochs without a lower validation loss and keep
 *                         the weights of the best epoch (Keras' {@code EarlyStopping(restore_best_weights=True)});
 *                         0 never stops early and keeps the last weights ({@code --patience})
 * @param seed             drives the weight initialisation, the shuffling and the validation rows
 *                         ({@code --seed}); equal seeds give bit-identical codes on one machine
 */
public record AutoencoderConfig(int latentSize, List<Integer> hiddenSizes, Activation activation,
                                Activation outputActivation, int epochs, int batchSize, double learningRate,
                                double validationSplit, int patience, long seed) {

    /** The weight initialisation of every layer (fixed): uniform in +-sqrt(6 / (fanIn + fanOut)), zero biases. */
    public static final String WEIGHT_INIT = "glorot-uniform";

    /** The largest allowed {@link #validationSplit}. */
    public static final double MAX_VALIDATION_SPLIT = 0.5;

    public AutoencoderConfig {
        if (latentSize < 1) {
            throw new IllegalArgumentException("--latent must be at least 1, got " + latentSize);
        }
        Objects.requireNonNull(hiddenSizes, "--hidden");
        for (Integer width : hiddenSizes) {
            if (width == null || width < 1) {
                throw new IllegalArgumentException("--hidden widths must each be at least 1, got " + hiddenSizes);
            }
        }
        hiddenSizes = List.copyOf(hiddenSizes);
        if (activation == null) {
            throw new IllegalArgumentException("--activation must be one of relu, tanh, identity, got none");
        }
        if (outputActivation != Activation.RELU && outputActivation != Activation.IDENTITY) {
            throw new IllegalArgumentException("--output-activation must be relu or identity, got "
                    + (outputActivation == null ? "none" : outputActivation.id()));
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("--learning-rate must be a positive number, got " + learningRate);
        }
        if (!(validationSplit >= 0 && validationSplit <= MAX_VALIDATION_SPLIT)) {
            throw new IllegalArgumentException("--validation-split must be between 0 and " + MAX_VALIDATION_SPLIT
                    + " (0 = off), got " + validationSplit);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("--patience must be at least 0 (0 = never stop early), got " + patience);
        }
    }

    /**
     * The study's recipe (SEED-PIPELINE.md section 4): 8 -> Dense(5, ReLU) -> Dense(8, ReLU), Adam 0.001, MSE,
     * 100 epochs, batch 256, no validation.
     */
    public static AutoencoderConfig seedRecipe(long seed) {
        return new AutoencoderConfig(5, List.of(), Activation.RELU, Activation.RELU, 100, 256, 0.001, 0, 0, seed);
    }

    /** The same settings with another seed. */
    public AutoencoderConfig withSeed(long newSeed) {
        return new AutoencoderConfig(latentSize, hiddenSizes, activation, outputActivation, epochs, batchSize,
                learningRate, validationSplit, patience, newSeed);
    }

    /** The same settings with another number of epochs. */
    public AutoencoderConfig withEpochs(int newEpochs) {
        return new AutoencoderConfig(latentSize, hiddenSizes, activation, outputActivation, newEpochs, batchSize,
                learningRate, validationSplit, patience, seed);
    }

    /** True when a validation loss is measured. */
    public boolean validates() {
        return validationSplit > 0;
    }

    /** True when training may stop before {@link #epochs}. */
    public boolean stopsEarly() {
        return validates() && patience > 0;
    }

    /** Checks the parts that depend on the data (d features, n rows). */
    void checkAgainst(int n, int d) {
        if (latentSize > d - 1) {
            throw new IllegalArgumentException("--latent must be between 1 and " + (d - 1) + " (one less than the "
                    + d + " features), got " + latentSize);
        }
        if (validates()) {
            int held = validationRows(n);
            if (held < 1 || n - held < 1) {
                throw new IllegalArgumentException("--validation-split " + validationSplit + " leaves " + held
                        + " validation and " + (n - held) + " training rows of " + n + "; each needs at least 1");
            }
        }
    }

    /** Rows held out for validation out of n, rounded to the nearest whole row. */
    int validationRows(int n) {
        return validates() ? (int) Math.round(n * validationSplit) : 0;
    }
}
