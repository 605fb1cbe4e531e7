package org.genrescope.analysis;

import java.util.List;
import org.genrescope.model.embedding.Activation;
import org.genrescope.model.embedding.AutoencoderConfig;

/**
 * The autoencoder's settings other than the latent size and the seed, which the analysis shares with PCA
 * and every other random choice.
 *
 * @param hidden           widths of hidden layers between input and code (empty: the study's 8-5-8)
 * @param activation       activation of the code and hidden layers
 * @param outputActivation activation of the reconstruction (ReLU in the study; identity avoids dead outputs)
 * @param epochs           training epochs
 * @param batch            minibatch size
 * @param learningRate     Adam's learning rate
 * @param validationSplit  share of tracks held out to watch for overfitting (0 = off)
 * @param patience         epochs without a better validation loss before stopping (0 = never stop early)
 */
public record AutoencoderSettings(List<Integer> hidden, Activation activation, Activation outputActivation, int epochs,
                                  int batch, double learningRate, double validationSplit, int patience) {

    public AutoencoderSettings {
        hidden = List.copyOf(hidden);
    }

    /** The study's: no hidden layer, ReLU code and output, 100 epochs of batch 256, Adam 0.001, no validation. */
    public static AutoencoderSettings seedRecipe() {
        AutoencoderConfig study = AutoencoderConfig.seedRecipe(0);
        return new AutoencoderSettings(study.hiddenSizes(), study.activation(), study.outputActivation(), study.epochs(),
                study.batchSize(), study.learningRate(), study.validationSplit(), study.patience());
    }

    /** The model's config for a latent size and seed; throws {@link InvalidSettingException} naming a bad option. */
    public AutoencoderConfig toModelConfig(int latent, long seed) {
        try {
            return new AutoencoderConfig(latent, hidden, activation, outputActivation, epochs, batch, learningRate,
                    validationSplit, patience, seed);
        } catch (IllegalArgumentException e) {
            throw InvalidSettingException.fromModel(e);
        }
    }
}
