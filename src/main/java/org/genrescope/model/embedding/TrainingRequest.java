package org.genrescope.model.embedding;

/**
 * One training sent to the {@link TrainingWorker}: what {@link AutoencoderTrainer#train} takes, plus a test hook.
 *
 * @param x           n x d, row-major (not copied: the sender owns it until it is written)
 * @param haltAtEpoch 0 normally; k > 0 makes the worker halt the JVM (exit 134, like a native crash) right after
 *                    reporting epoch k - only for testing the parent's crash recovery
 */
record TrainingRequest(AutoencoderConfig config, double[] x, int n, int d, int haltAtEpoch) {
}
