package org.genrescope.model.embedding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.settings.SettingSchema;

/**
 * Everything one training needs: the code's width, the training settings ({@link AutoencoderSettings}, where
 * each is described) and the seed. Validates itself; errors name the command-line option. The worker protocol
 * sends it as {@link #SCHEMA}'s text, so a new setting crosses the process boundary without further code.
 *
 * @param latentSize width of the code, at least 1 (and at most d - 1, checked when training) ({@code --latent};
 *                   the study: 5)
 * @param training   the training settings
 * @param seed       drives the weight initialisation, the shuffling and the validation rows ({@code --seed});
 *                   equal seeds give bit-identical codes on one machine
 */
public record AutoencoderConfig(int latentSize, AutoencoderSettings training, long seed) {

    /** The weight initialisation of every layer (fixed): uniform in +-sqrt(6 / (fanIn + fanOut)), zero biases. */
    public static final String WEIGHT_INIT = "glorot-uniform";

    /**
     * The choices the trainer makes for every run, which no setting changes: the optimiser, the loss and the
     * weight initialisation, as the report names them.
     */
    public static final Map<String, String> FIXED = fixed();

    /** The largest allowed validation split. */
    public static final double MAX_VALIDATION_SPLIT = AutoencoderSettings.MAX_VALIDATION_SPLIT;

    /** Every field of the config by name, for the worker protocol. */
    public static final SettingSchema<AutoencoderConfig> SCHEMA = SettingSchema.of(AutoencoderConfig.class);

    public AutoencoderConfig {
        if (latentSize < 1) {
            throw new InvalidSettingException("--latent", "must be at least 1, got " + latentSize);
        }
        Objects.requireNonNull(training, "training");
    }

    /** The config from the training settings' values one by one (as tests and benchmarks write them). */
    public AutoencoderConfig(int latentSize, List<Integer> hiddenSizes, Activation activation,
                             Activation outputActivation, int epochs, int batchSize, double learningRate,
                             double validationSplit, int patience, long seed) {
        this(latentSize, new AutoencoderSettings(hiddenSizes, activation, outputActivation, epochs, batchSize,
                learningRate, validationSplit, patience), seed);
    }

    private static Map<String, String> fixed() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("optimizer", "adam");
        out.put("loss", "mse");
        out.put("weight_init", WEIGHT_INIT);
        return Collections.unmodifiableMap(out);
    }

    /** The study's recipe (SEED-PIPELINE.md section 4): a code of 5 and {@link AutoencoderSettings#seedRecipe()}. */
    public static AutoencoderConfig seedRecipe(long seed) {
        return new AutoencoderConfig(5, AutoencoderSettings.seedRecipe(), seed);
    }

    /** The same settings with another seed. */
    public AutoencoderConfig withSeed(long newSeed) {
        return new AutoencoderConfig(latentSize, training, newSeed);
    }

    /** The same settings with another number of epochs. */
    public AutoencoderConfig withEpochs(int newEpochs) {
        return new AutoencoderConfig(latentSize, AutoencoderSettings.SCHEMA.with(training, "epochs", newEpochs), seed);
    }

    // The trainer reads the training settings through these, as it did before they had a record of their own.

    /** {@link AutoencoderSettings#hidden()}. */
    public List<Integer> hiddenSizes() { return training.hidden(); }

    /** {@link AutoencoderSettings#activation()}. */
    public Activation activation() { return training.activation(); }

    /** {@link AutoencoderSettings#outputActivation()}. */
    public Activation outputActivation() { return training.outputActivation(); }

    /** {@link AutoencoderSettings#epochs()}. */
    public int epochs() { return training.epochs(); }

    /** {@link AutoencoderSettings#batch()}. */
    public int batchSize() { return training.batch(); }

    /** {@link AutoencoderSettings#learningRate()}. */
    public double learningRate() { return training.learningRate(); }

    /** {@link AutoencoderSettings#validationSplit()}. */
    public double validationSplit() { return training.validationSplit(); }

    /** {@link AutoencoderSettings#patience()}. */
    public int patience() { return training.patience(); }

    /** True when a validation loss is measured. */
    public boolean validates() {
        return validationSplit() > 0;
    }

    /** True when training may stop before {@link #epochs}. */
    public boolean stopsEarly() {
        return validates() && patience() > 0;
    }

    /** Checks the parts that depend on the data (d features, n rows). */
    void checkAgainst(int n, int d) {
        if (d < 2) {
            // a code narrower than its input needs an input of two or more; one column is clustered as it is
            throw new InvalidSettingException("--representation", "the autoencoder needs at least 2 feature "
                    + "columns to learn a narrower code, and the data has " + d + "; choose PCA with latent size 1 or "
                    + "the scaled features, or more feature columns");
        }
        if (latentSize > d - 1) {
            throw new InvalidSettingException("--latent", "must be between 1 and " + (d - 1) + " (one less than the "
                    + d + " features), got " + latentSize);
        }
        if (validates()) {
            int held = validationRows(n);
            if (held < 1 || n - held < 1) {
                throw new InvalidSettingException("--validation-split", validationSplit() + " leaves " + held
                        + " validation and " + (n - held) + " training rows of " + n + "; each needs at least 1");
            }
        }
    }

    /** Rows held out for validation out of n, rounded to the nearest whole row. */
    int validationRows(int n) {
        return validates() ? (int) Math.round(n * validationSplit()) : 0;
    }
}
