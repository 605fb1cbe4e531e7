package org.genrescope.model.embedding;

/** What the parent hears from a {@link TrainingWorker}, in order (decoded by {@link WorkerProtocol}). */
sealed interface WorkerEvent {

    /** An epoch ended (see {@link EpochListener}). */
    record Epoch(int epoch, double trainingLoss, double validationLoss) implements WorkerEvent { }

    /** A progress report (see {@link org.genrescope.task.ProgressListener}). */
    record Progress(String stage, long done, long total, String message) implements WorkerEvent { }

    /**
     * The training finished: everything needed to rebuild the worker's {@link TrainedAutoencoder} bit for bit.
     *
     * @param reconstructionMse the worker's own figure, to check the rebuilt model against
     */
    record Finished(DenseStack network, double[] lossPerEpoch, double[] validationLossPerEpoch, int keptEpoch,
                    double reconstructionMse) implements WorkerEvent { }

    /**
     * The training threw; the worker lives on.
     *
     * @param illegalArgument true when it was an {@link IllegalArgumentException} (a bad setting or bad data),
     *                        whose message is meant for the user as it is
     */
    record Failed(boolean illegalArgument, String message) implements WorkerEvent { }

    /**
     * The training ran out of memory in the worker (an {@link OutOfMemoryError} caught at its top level); the worker
     * exits right after. Never retried: the same job would run out again.
     *
     * @param heapBytes the worker's maximum heap ({@code Runtime.maxMemory()})
     * @param message   the error's own message ("Java heap space", or JavaCPP's for native memory)
     */
    record OutOfMemory(long heapBytes, String message) implements WorkerEvent { }

    /** This process (the parent) ran out of memory reading the worker's answer; the worker was killed. */
    record OutOfMemoryHere(OutOfMemoryError error) implements WorkerEvent { }

    /**
     * The worker's stdout ended: it exited or crashed (or sent something unreadable, and was then killed).
     *
     * @param exitCode   the process's exit code, or -1 when it did not exit in time
     * @param killedHere whether this process had killed it (SIGKILL) before it died: a SIGKILL it did not send came
     *                   from outside, most often the system's out-of-memory killer
     */
    record Died(int exitCode, String reason, boolean killedHere) implements WorkerEvent {
        /** A death this process did not cause by killing the worker. */
        Died(int exitCode, String reason) {
            this(exitCode, reason, false);
        }
    }
}
