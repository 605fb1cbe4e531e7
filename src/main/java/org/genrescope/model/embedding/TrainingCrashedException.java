package org.genrescope.model.embedding;

/**
 * The training process died in every attempt (DL4J 1.0.0-M2.1's native crash, see docs/benchmarks-autoencoder.md).
 * Its message is one sentence for the user; the workers' last output is in the log.
 */
public final class TrainingCrashedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TrainingCrashedException(int attempts) {
        super("the training process crashed " + attempts + " times (a known native bug of DL4J 1.0.0-M2.1); "
                + "train again");
    }
}
