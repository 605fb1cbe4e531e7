package org.genrescope.model.embedding;

import java.util.Locale;

/**
 * The Java heap a {@link TrainingWorker} is given for a training: sized from the job, so that FMA's full feature
 * set (106,574 x 518 values, 441 MB as doubles) fits as well as the seed recipe's 12,584 x 8 (issue 13).
 *
 * <p>What a worker holds on its heap during a training: the data as the request brought it (n x d doubles, one
 * array), a few int arrays of n (the shuffle and the validation split), two minibatches as floats, some copies of
 * the weights, and DL4J/ND4J's own objects ({@link #BASE_BYTES}); ND4J's arrays are native, outside the heap. The
 * model's figures are computed a block of rows at a time ({@link ReconstructionScan}), so nothing else grows with n.
 * The serial collector (a leaking worker's) keeps two thirds of the heap for old objects, where an array of that
 * size lives, so the heap is 3/2 of the need. Pure arithmetic, tested without processes.
 */
final class WorkerHeap {
    /**
     * A worker's heap when no larger job asks for more, and the heap of a worker started before its job is known:
     * ample for the 8 audio features of a million tracks (64 MB of data).
     */
    static final long DEFAULT_BYTES = 1L << 30;
    /** DL4J's and ND4J's objects on a worker's heap after warm-up (measured about 60 MB live), with a margin. */
    static final long BASE_BYTES = 192L << 20;
    /** Heaps are given in whole multiples of this. */
    private static final long GRAIN = 64L << 20;

    /**
     * The user's own worker heap ({@code -Dgenrescope.autoencoder.workerHeap=3g}, as -Xmx is written), used for
     * every worker instead of the estimate: the remedy the out-of-memory sentence names.
     */
    static final String PROPERTY = "genrescope.autoencoder.workerHeap";

    private WorkerHeap() {
    }

    /**
     * The heap bytes a training of n rows of d features needs by the estimate above: data, per-row indices,
     * minibatches, weights and DL4J's base.
     */
    static long neededBytes(int n, int d, AutoencoderConfig config) {
        long data = 8L * n * d;
        long indices = 4L * 4 * n;
        long batches = 2L * 4 * Math.min(config.batchSize(), n) * d;
        int[] widths = AutoencoderTrainer.widths(d, config);
        long parameters = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            parameters += (long) widths[l] * widths[l + 1] + widths[l + 1];
        }
        long weights = 4 * 8 * parameters;    // the network copied out per epoch, the best kept, the model
        return BASE_BYTES + data + indices + batches + weights;
    }

    /** The -Xmx for a worker that must hold {@code neededBytes}: 3/2 of it, at least {@link #DEFAULT_BYTES}. */
    static long heapFor(long neededBytes) {
        return Math.max(DEFAULT_BYTES, roundUp(neededBytes + neededBytes / 2));
    }

    /** The heap for this training: the user's {@link #PROPERTY} if set, else {@link #heapFor} its need. */
    static long forTraining(int n, int d, AutoencoderConfig config) {
        return userHeap().orElse(heapFor(neededBytes(n, d, config)));
    }

    /** The heap for a worker started before its training is known. */
    static long forStart() {
        return userHeap().orElse(DEFAULT_BYTES);
    }

    /** The JVM flag for a heap of {@code bytes}. */
    static String flag(long bytes) {
        return "-Xmx" + (bytes >> 20) + "m";
    }

    /** The user's {@link #PROPERTY}, if set to something readable (else a warning would be no better than ignoring). */
    static java.util.OptionalLong userHeap() {
        String text = System.getProperty(PROPERTY, "").strip();
        return text.isEmpty() ? java.util.OptionalLong.empty() : parse(text);
    }

    /** A size as -Xmx takes it (bytes, or with k, m, g, t), or empty when it is not one or under 64 MB. */
    static java.util.OptionalLong parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})([kKmMgGtT]?)").matcher(text.strip());
        if (!m.matches()) {
            return java.util.OptionalLong.empty();
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        long value = Long.parseLong(m.group(1));
        if (value > (Long.MAX_VALUE >> shift) || (value << shift) < GRAIN) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(value << shift);
    }

    /** The heap to suggest after a worker with {@code hadBytes} ran out: twice that or 3/2 the estimate, the larger. */
    static long suggestion(long hadBytes, long neededBytes) {
        return roundUp(Math.max(2 * hadBytes, neededBytes + neededBytes / 2));
    }

    private static long roundUp(long bytes) {
        return (bytes + GRAIN - 1) / GRAIN * GRAIN;
    }
}
