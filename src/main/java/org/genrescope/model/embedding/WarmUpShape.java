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
     * The warm-up's steps as {@code trainings} throw-away trainings one after another: the first takes three quarters
     * of the steps, the later ones share the last quarter (at least one step each), the last one on batches of
     * {@code lastBatch} rows. Why more than one (docs/benchmarks.md, issue 11, session 9): the JIT compiles DL4J's
     * per-step code during the first training and treats the branches a training takes only at its start (the
     * network's and workspaces' creation) as never taken; the next training's start then throws that code back to the
     * interpreter (21 of C2's methods trapped, 161 compiled methods made not entrant, in one measurement) and C2
     * compiles it again: in a second warm-up training instead of the user's first.
     *
     * @throws IllegalArgumentException for fewer trainings than 1, or steps than trainings, or the bounds of {@link #of}
     */
    static java.util.List<WarmUpShape> split(int steps, int trainings, int stepsPerEpoch, int batch, int lastBatch) {
        if (trainings < 1 || steps < trainings) {
            throw new IllegalArgumentException("warm-up of " + steps + " steps in " + trainings
                    + " trainings: need at least 1 training and a step for each");
        }
        if (trainings == 1) {
            return java.util.List.of(of(steps, stepsPerEpoch, lastBatch));
        }
        int later = Math.max(trainings - 1, steps / 4);
        int first = steps - later;
        java.util.List<WarmUpShape> shapes = new java.util.ArrayList<>(trainings);
        shapes.add(of(first, stepsPerEpoch, batch));
        for (int t = 1; t < trainings; t++) {
            int share = later / (trainings - 1) + (t <= later % (trainings - 1) ? 1 : 0);
            shapes.add(of(share, stepsPerEpoch, t == trainings - 1 ? lastBatch : batch));
        }
        return java.util.List.copyOf(shapes);
    }

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
