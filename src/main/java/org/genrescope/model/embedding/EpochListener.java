package org.genrescope.model.embedding;

/**
 * Hears the end of every training epoch (for a live loss curve). Called on the training thread; keep it cheap.
 */
@FunctionalInterface
public interface EpochListener {
    EpochListener NONE = (epoch, trainingLoss, validationLoss) -> { };

    /**
     * @param epoch          1-based epoch just finished
     * @param trainingLoss   mean squared error over this epoch's minibatches, each measured before its update
     *                       (what Keras prints as {@code loss})
     * @param validationLoss mean squared error on the held-out rows after this epoch, or NaN when there are none
     */
    void epochEnded(int epoch, double trainingLoss, double validationLoss);
}
