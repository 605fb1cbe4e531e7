package org.genrescope.model.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import org.genrescope.model.natives.NativeLibraryException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child JVM that trains autoencoders for {@link IsolatedAutoencoderTrainer}, so that a native crash of
 * DL4J 1.0.0-M2.1 (docs/benchmarks-autoencoder.md) kills this process, not the app, and ND4J's native memory
 * lives here. Reads {@link TrainingRequest}s from stdin and answers on stdout ({@link WorkerProtocol}); nothing
 * else may reach stdout, so stray prints are sent to stderr, which the parent drains into its log.
 *
 * <p>Lives until its stdin ends or its parent process exits. Ignores Ctrl+C (SIGINT reaches the whole process
 * group): the parent owns its life and would otherwise mistake the interrupt for a crash.
 */
public final class TrainingWorker {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingWorker.class);

    /** Exit code of the test hook's halt: what a JVM killed by SIGABRT reports. */
    static final int HALT_EXIT_CODE = 134;

    /**
     * Exit code after an {@link OutOfMemoryError}, reported or not: the code HotSpot's own
     * {@code -XX:+ExitOnOutOfMemoryError} gives, and none that a native crash (134, 139) or a clean exit gives.
     */
    static final int OUT_OF_MEMORY_EXIT_CODE = 3;

    private final DataOutputStream out;

    private TrainingWorker(DataOutputStream out) {
        this.out = out;
    }

    /** Runs the worker; takes no arguments. */
    public static void main(String[] args) throws IOException {
        // Before anything can print or load: the protocol owns fd 1, everything else goes to fd 2.
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        NativeSetup.ensureConfigured();
        exitOnOutOfMemoryInAnyThread();
        ignoreInterrupts();
        exitWithParent();

        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stdout, 1 << 16));
        WorkerProtocol.writeHeader(out);
        LOG.debug("ready after {} ms", uptimeMillis());
        // Warm up while the first request arrives; the request stops the warm-up (its training finishes the JIT's
        // work) and waits for the step under way.
        CancellationSource stopWarmUp = new CancellationSource();
        CompletableFuture<Void> warm = new CompletableFuture<>();
        Thread warmer = new Thread(() -> {
            try {
                boolean complete = NativeSetup.warmUp(stopWarmUp);
                LOG.debug("ND4J started in {} ms, {}; process up for {} ms", Math.round(NativeSetup.startMillis()),
                        complete ? "warmed up after " + Math.round(NativeSetup.warmUpMillis()) + " ms"
                                : "warm-up given up for a training after " + NativeSetup.warmUpStepsBegun()
                                        + " of " + NativeSetup.WARM_UP_STEPS + " steps", uptimeMillis());
                warm.complete(null);
            } catch (Throwable t) {
                warm.completeExceptionally(t);
            }
        }, "genrescope-worker-warm-up");
        warmer.setDaemon(true);
        warmer.start();

        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        try {
            new TrainingWorker(out).serve(in, stopWarmUp, warm);
        } catch (OutOfMemoryError e) {
            // Reading a request or training: the stack that held the garbage is gone, so a short message fits.
            // The worker exits after it: a JVM that ran out may have left ND4J's state half made.
            reportOutOfMemory(out, e);
        }
        System.exit(0);
    }

    /** Tells the parent (if it can) and exits with {@link #OUT_OF_MEMORY_EXIT_CODE}, which it recognises too. */
    private static void reportOutOfMemory(DataOutputStream out, OutOfMemoryError e) {
        try {
            LOG.error("training process: {}", e.toString());
            WorkerProtocol.writeOutOfMemory(out, Runtime.getRuntime().maxMemory(), e.getMessage());
        } catch (IOException | OutOfMemoryError ignored) {
            // the parent reads the exit code and this process's stderr instead
        }
        Runtime.getRuntime().halt(OUT_OF_MEMORY_EXIT_CODE);
    }

    /**
     * An OutOfMemoryError in another thread (the warm-up, the parent watch) would otherwise end that thread alone and
     * leave a worker in an unknown state: it ends the process with the out-of-memory exit code instead.
     */
    private static void exitOnOutOfMemoryInAnyThread() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                LOG.error("training process: {} in thread {}", e, thread.getName());
                Runtime.getRuntime().halt(OUT_OF_MEMORY_EXIT_CODE);
            } else if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                LOG.error("uncaught in thread {}", thread.getName(), e);
            }
        });
    }

    private void serve(DataInputStream in, CancellationSource stopWarmUp, CompletableFuture<Void> warm)
            throws IOException {
        while (true) {
            TrainingRequest request;
            try {
                request = WorkerProtocol.readRequest(in);
            } catch (IllegalArgumentException e) {
                WorkerProtocol.writeFailure(out, true, e.getMessage());
                continue;
            }
            if (request == null) {
                return;    // the parent closed our stdin
            }
            stopWarmUp.cancel();
            try {
                warm.join();
            } catch (RuntimeException e) {
                // the training below starts ND4J itself and reports what fails
                LOG.warn("warm-up failed", e);
            }
            train(request);
        }
    }

    private void train(TrainingRequest request) throws IOException {
        EpochListener epochs = (epoch, loss, validationLoss) -> {
            write(() -> WorkerProtocol.writeEpoch(out, epoch, loss, validationLoss));
            if (epoch == request.haltAtEpoch()) {
                LOG.warn("halting at epoch {} as the test hook asked", epoch);
                Runtime.getRuntime().halt(HALT_EXIT_CODE);
            }
        };
        ProgressListener progress = (stage, done, total, message) ->
                write(() -> WorkerProtocol.writeProgress(out, stage, done, total, message));
        TrainedAutoencoder model;
        long t0 = System.nanoTime();
        try {
            model = AutoencoderTrainer.train(request.x(), request.n(), request.d(), request.config(), progress,
                    epochs, CancellationToken.NEVER);
        } catch (UncheckedIOException e) {
            throw e.getCause();    // stdout is gone: the parent died
        } catch (IllegalArgumentException e) {
            WorkerProtocol.writeFailure(out, true, e.getMessage());
            return;
        } catch (NativeLibraryException e) {
            // Its message is the sentence for the user; the parent recognises it and throws it again there.
            LOG.error("training failed", e);
            WorkerProtocol.writeFailure(out, false, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("training failed", e);
            WorkerProtocol.writeFailure(out, false, e.toString());
            return;
        }
        LOG.debug("trained {} x {} for {} epochs in {} ms", request.n(), request.d(), model.epochsRun(),
                (System.nanoTime() - t0) / 1_000_000);
        WorkerProtocol.writeModel(out, model);
    }

    /** Milliseconds since this process started (without java.management, which a slim runtime may lack). */
    private static long uptimeMillis() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIG_IGN for SIGINT through reflection: sun.misc.Signal is unsupported API (javac warns on direct use). */
    private static void ignoreInterrupts() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object ignore = handler.getField("SIG_IGN").get(null);
            Object interrupt = signal.getConstructor(String.class).newInstance("INT");
            signal.getMethod("handle", signal, handler).invoke(null, interrupt, ignore);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("could not ignore SIGINT: {}", e.toString());
        }
    }

    /** If the parent dies mid-training (so it never closes our stdin), do not keep training for nobody. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }
}
