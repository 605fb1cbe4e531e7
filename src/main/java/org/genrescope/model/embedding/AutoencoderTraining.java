package org.genrescope.model.embedding;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * What trains an autoencoder for the analysis pipeline. The application passes
 * {@link IsolatedAutoencoderTrainer#shared()} (a worker JVM, so DL4J's native crashes stay out of the app); the
 * pipeline takes one in its constructor rather than reaching for the shared one, so that its user decides.
 */
public interface AutoencoderTraining {
    /**
     * Trains on n rows of d features ({@code x} row-major, n x d values), with the contract of
     * {@link AutoencoderTrainer#train(double[], int, int, AutoencoderConfig, ProgressListener, EpochListener,
     * CancellationToken)}.
     *
     * @throws IllegalArgumentException for bad shapes, non-finite values or a latent size of d or more
     * @throws org.genrescope.task.CancelledException soon after {@code cancel} is cancelled
     */
    TrainedAutoencoder train(double[] x, int n, int d, AutoencoderConfig config, ProgressListener progress,
                             EpochListener epochs, CancellationToken cancel);

    /** Gets ready for a training that will probably follow (starts a worker); returns at once. Default: nothing. */
    default void prestart() {
    }
}
