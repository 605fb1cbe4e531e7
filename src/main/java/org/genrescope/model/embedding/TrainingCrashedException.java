package org.genrescope.model.embedding;

/**
 * The training process died and the training was given up: DL4J 1.0.0-M2.1's native crash in every attempt
 * (docs/benchmarks-autoencoder.md), or the system killing the process (SIGKILL, most often Linux's out-of-memory
 * killer), which is not retried. Its message is one sentence for the user; the workers' last output is in the log.
 */
public final class TrainingCrashedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean killedBySystem;

    TrainingCrashedException(int attempts) {
        this("the training process crashed " + attempts + " times (a known native bug of DL4J 1.0.0-M2.1); "
                + "train again", false);
    }

    private TrainingCrashedException(String message, boolean killedBySystem) {
        super(message);
        this.killedBySystem = killedBySystem;
    }

    /**
     * The process was killed from outside with SIGKILL (exit code 137), which is what Linux's out-of-memory killer
     * sends when the machine, not the training's heap, runs out of memory.
     */
    static TrainingCrashedException killedBySystem() {
        return new TrainingCrashedException("the training process was killed by the system (SIGKILL), most often "
                + "because the machine ran out of memory; close other programs or train on fewer tracks, then train "
                + "again", true);
    }

    /** Whether the system killed the process (not retried), rather than DL4J crashing it in every attempt. */
    public boolean wasKilledBySystem() {
        return killedBySystem;
    }
}
