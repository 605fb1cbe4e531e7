package org.genrescope.model.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How far a training worker without JavaCPP's pointer GC may go before it is replaced.
 *
 * <p>Why such a worker: turning JavaCPP's pointer GC off ({@code -Dorg.bytedeco.javacpp.nopointergc=true}) takes
 * a quarter off every DL4J training step, but the native side of the small pointers ND4J makes in each step
 * (shape and dimension buffers, op contexts) is then never freed: measured 20-58 KB per step (a seed-recipe
 * training, 5,000 steps, leaves 100-130 MB), whatever the batch size or width (docs/benchmarks-autoencoder.md).
 * A worker is a disposable process, so it may leak: it trains while its resident memory stays under
 * {@link #LIMIT_BYTES} and is then replaced. A training too long for any such worker (more than about 17,000
 * steps) goes to a worker with the pointer GC on, which is slower but keeps its memory flat.
 *
 * <p>Memory is the worker's resident set where the system reports it ({@code /proc/PID/status} on Linux), else an
 * estimate from the steps it has trained. Pure arithmetic otherwise, so it is tested without processes.
 */
final class WorkerMemoryBudget {
    /** The most a worker may hold, with a margin under the 1.5 GB the app promises. */
    static final long LIMIT_BYTES = 1400L << 20;
    /** Above this after a training the worker is replaced right away, while the user looks at the result. */
    static final long RETIRE_BYTES = 1000L << 20;
    /** A worker's resident memory once ND4J has started and warmed up (measured 230-275 MB), with a margin. */
    static final long STARTED_BYTES = 300L << 20;
    /** Native memory left behind per training step without the pointer GC (measured 20-58 KB), rounded up. */
    static final long LEAK_PER_STEP_BYTES = 64L << 10;

    private WorkerMemoryBudget() {
    }

    /**
     * The optimizer steps a training takes at most: epochs x minibatches per epoch (early stopping may take fewer).
     */
    static long steps(AutoencoderConfig config, int n) {
        long trainingRows = Math.max(1, n - config.validationRows(n));
        long batch = Math.min(config.batchSize(), trainingRows);
        return (long) config.epochs() * ((trainingRows + batch - 1) / batch);
    }

    /** Whether a fresh worker without the pointer GC can take a training of {@code steps} within the limit. */
    static boolean suitsLeakingWorker(long steps) {
        return fits(STARTED_BYTES, steps);
    }

    /** Whether a worker holding {@code residentBytes} can take {@code steps} more within the limit. */
    static boolean fits(long residentBytes, long steps) {
        return residentBytes + steps * LEAK_PER_STEP_BYTES <= LIMIT_BYTES;
    }

    /** Whether a worker holding {@code residentBytes} should be replaced now. */
    static boolean spent(long residentBytes) {
        return residentBytes >= RETIRE_BYTES;
    }

    /**
     * A worker's memory: its resident set where the system reports it, else the estimate from the steps it trained.
     */
    static long residentBytes(long pid, long stepsTrained) {
        return measuredResidentBytes(pid).orElse(STARTED_BYTES + stepsTrained * LEAK_PER_STEP_BYTES);
    }

    /** The resident set of process {@code pid} from {@code /proc/PID/status} (Linux), or empty. */
    static OptionalLong measuredResidentBytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) << 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has ended: no measurement
        }
        return OptionalLong.empty();
    }
}
