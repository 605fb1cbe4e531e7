package org.genrescope.model.embedding;

import java.util.List;
import org.genrescope.settings.Setting;
import org.genrescope.settings.SettingSchema;

/**
 * The autoencoder's training settings, every one described once here: the analysis settings contain this record,
 * and {@link AutoencoderConfig} adds the code's width and the seed, which the analysis shares with PCA and with
 * every other random choice. Validates itself; errors name the command-line option.
 *
 * <p>The network is {@code d -> hidden[0] -> ... -> hidden[last] -> latent -> hidden[last] -> ... -> d}: the
 * decoder mirrors the encoder. Weights are Glorot-uniform, biases zero, the loss mean squared error, the
 * optimiser Adam ({@link AutoencoderConfig#FIXED}).
 */
public record AutoencoderSettings(
        @Setting(option = "--hidden", label = "Hidden layers", min = 1, help = "Widths of the encoder's hidden layers "
                + "between the input and the code, outermost first, such as 16,8 (the decoder mirrors them); empty "
                + "for none, the study's 8-5-8 network.")
        List<Integer> hidden,
        @Setting(option = "--activation", label = "Activation", defaultValue = "relu", help = "Activation of every "
                + "layer but the reconstruction, the code included: relu, tanh or identity.")
        Activation activation,
        @Setting(option = "--output-activation", label = "Output", defaultValue = "relu", choices = {"relu", "identity"},
                help = "Activation of the reconstruction: relu (the study's; its units can die and collapse the code) "
                        + "or identity, which cannot.")
        Activation outputActivation,
        @Setting(option = "--epochs", label = "Epochs", min = 1, defaultValue = "100", step = 10,
                help = "Passes over the training tracks.")
        int epochs,
        @Setting(option = "--batch", label = "Batch", min = 1, defaultValue = "256", step = 32, help = "Tracks per "
                + "Adam step; the last batch of an epoch holds the remainder, as in Keras.")
        int batch,
        @Setting(option = "--learning-rate", label = "Learning rate", min = 0, exclusiveMin = true,
                defaultValue = "0.001", step = 0.0005, help = "Adam's step size.")
        double learningRate,
        @Setting(option = "--validation-split", label = "Validation", min = 0, max = AutoencoderSettings.MAX_VALIDATION_SPLIT,
                defaultValue = "0", step = 0.05, help = "Share of tracks held out (a seeded choice) to measure a "
                + "validation loss, 0 to 0.5; 0 trains on all.")
        double validationSplit,
        @Setting(option = "--patience", label = "Patience", min = 0, defaultValue = "0", help = "With validation on: "
                + "stop after this many epochs without a lower validation loss and keep the best epoch's weights "
                + "(Keras' EarlyStopping with restore_best_weights); 0 never stops early.")
        int patience) {

    /** The largest allowed {@link #validationSplit}. */
    public static final double MAX_VALIDATION_SPLIT = 0.5;

    public static final SettingSchema<AutoencoderSettings> SCHEMA = SettingSchema.of(AutoencoderSettings.class);

    public AutoencoderSettings {
        SCHEMA.check(hidden, activation, outputActivation, epochs, batch, learningRate, validationSplit, patience);
        hidden = List.copyOf(hidden);
    }

    /** The study's (SEED-PIPELINE.md section 4): no hidden layer, ReLU code and output, 100 epochs of 256, Adam 0.001. */
    public static AutoencoderSettings seedRecipe() {
        return SCHEMA.defaults(java.util.Map.of());
    }
}
