package org.genrescope.model.embedding;

/**
 * The size of the warm-up's throw-away training ({@link NativeSetup#warmUp()}): rows and epochs such that it runs
 * about the asked number of Adam steps, laid out as a real training's are (many full batches an epoch and a
 * smaller last one), on batches of a given size.
 *
 * @param rows   training rows (all of them train: no validation split)
 * @param epochs epochs to run
 * @param batch  rows per step; the last step of each epoch takes the remainder
 */
record WarmUpShape(int rows, int epochs, int batch) {
    /**
     * @param steps         Adam steps wanted in all (at least 1)
     * @param stepsPerEpoch steps per epoch wanted (at least 1); fewer when {@code steps} is smaller
     * @param batch         rows per full step (at least 2, so that the last step can take half)
     * @throws IllegalArgumentException for values below those bounds
     */
    static WarmUpShape of(int steps, int stepsPerEpoch, int batch) {
        if (steps < 1 || stepsPerEpoch < 1 || batch < 2) {
            throw new IllegalArgumentException("warm-up of " + steps + " steps, " + stepsPerEpoch
                    + " an epoch, batches of " + batch + ": each must be at least 1 (the batch at least 2)");
        }
        int perEpoch = Math.min(steps, stepsPerEpoch);
        // One step an epoch is a single full batch; more are full batches and a last one of half a batch.
        int rows = perEpoch == 1 ? batch : (perEpoch - 1) * batch + batch / 2;
        return new WarmUpShape(rows, Math.max(1, steps / perEpoch), batch);
    }

    /** Steps an epoch: the full batches and the last, smaller one. */
    int stepsPerEpoch() {
        return (rows + batch - 1) / batch;
    }

    /** {@code recipe} (its layers, activations and updater) with this shape's epochs and batch, no validation. */
    AutoencoderConfig config(AutoencoderConfig recipe) {
        AutoencoderSettings training = AutoencoderSettings.SCHEMA.with(
                AutoencoderSettings.SCHEMA.with(AutoencoderSettings.SCHEMA.with(recipe.training(), "epochs", epochs),
                        "batch", batch), "validation_split", 0.0);
        return new AutoencoderConfig(recipe.latentSize(), training, recipe.seed());
    }
}
