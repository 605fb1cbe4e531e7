package org.genrescope.model.embedding;

import java.util.Locale;

/**
 * The training process ran out of memory: not DL4J's native crash, so it is never retried (the same job would run
 * out again). Its message is one sentence for the user, saying what the training needs and how to give more.
 */
public final class TrainingOutOfMemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long heapBytes;
    private final long neededBytes;

    /**
     * @param n           the training's rows (tracks)
     * @param d           its features
     * @param heapBytes   the heap the training process had (its own report, else the -Xmx it was given)
     * @param neededBytes the heap the training needs by {@link WorkerHeap}'s estimate
     */
    public TrainingOutOfMemoryException(int n, int d, long heapBytes, long neededBytes) {
        super(String.format(Locale.ROOT, "not enough memory to train the autoencoder on %,d tracks x %,d features: "
                        + "it needs about %,d MB of heap by estimate and the training process ran out of its %,d MB; "
                        + "give it more with -D%s=%dm (after java, or in GENRESCOPE_JAVA_OPTIONS), or use fewer features",
                n, d, mb(neededBytes), mb(heapBytes), WorkerHeap.PROPERTY,
                mb(WorkerHeap.suggestion(heapBytes, neededBytes))), null, false, false);
        this.heapBytes = heapBytes;
        this.neededBytes = neededBytes;
    }

    /** The heap the training process had, in bytes. */
    public long heapBytes() {
        return heapBytes;
    }

    /** The heap the training needs by estimate, in bytes. */
    public long neededBytes() {
        return neededBytes;
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
