package org.genrescope.model.embedding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.genrescope.model.natives.NativeLibraries;
import org.genrescope.model.natives.NativeLibraryException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains autoencoders like {@link AutoencoderTrainer}, but in a separate JVM (a {@link TrainingWorker}), so that
 * DL4J 1.0.0-M2.1's occasional native crash (SIGSEGV in a broadcast op, see docs/benchmarks-autoencoder.md) kills
 * that process instead of the app, and ND4J's native memory (about 1 GB after a few trainings) is not the app's.
 *
 * <p>The worker is started on first use (or by {@link #prestart()}) and kept for later trainings. It runs without
 * JavaCPP's pointer GC, which makes each training step a quarter faster but leaks native memory, so it is replaced
 * (the next one started in the background) once its memory passes a bound; a training too long for such a worker
 * runs in one with the pointer GC on ({@link WorkerMemoryBudget}). A crashed
 * training is retried on a fresh worker, at most {@value #ATTEMPTS} attempts in all; equal seeds give equal
 * results, so a retry changes nothing but the time taken. A worker that runs out of memory is not retried (the same
 * job would run out again): the training ends with {@link TrainingOutOfMemoryException}. Nor is one killed by the
 * system (SIGKILL from outside, most often the out-of-memory killer): {@link TrainingCrashedException#killedBySystem()}.
 * Each worker's heap is sized from its training ({@link WorkerHeap}); a running worker too small for the next
 * training is replaced. Cancellation kills the worker at once (a fresh one is started in the background); no thread
 * is interrupted. A worker killed while JavaCPP extracts ND4J's libraries leaves a file of the wrong size, which the
 * next worker's JavaCPP extracts again (ADR 0010). When no worker can be started at all, training runs in this JVM,
 * with a warning.
 *
 * <p>Thread-safe; one training at a time (others wait). Workers end when {@link #close()} is called or this JVM
 * exits, and by themselves when this JVM dies.
 */
public final class IsolatedAutoencoderTrainer implements AutoencoderTraining, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedAutoencoderTrainer.class);

    /** Attempts per training before giving up: the first and two retries. */
    public static final int ATTEMPTS = 3;

    /** How often the waiting thread looks at the cancellation token. */
    private static final long POLL_MILLIS = 20;
    /** How long {@link #close()} lets an idle worker exit by itself before killing it. */
    private static final long CLOSE_WAIT_MILLIS = 2000;
    /** ... and one that writes the class archive as it exits (once per install; 1-3 s, more on a busy machine). */
    private static final long ARCHIVING_CLOSE_WAIT_MILLIS = 30_000;

    private static final class Shared {
        static final IsolatedAutoencoderTrainer INSTANCE = new IsolatedAutoencoderTrainer();
    }

    private static final class OneTraining {
        static final IsolatedAutoencoderTrainer INSTANCE = trainingOnce(WorkerCommand.forThisJvm(List.of()));
    }

    private final Optional<List<String>> command;
    private final Optional<WorkerClassArchive> classArchive;
    private final boolean quickStart;
    private final boolean endsWorkerAfterTraining;
    private final int crashingAttempts;
    private final int haltAtEpoch;

    private final java.util.concurrent.atomic.AtomicInteger workersStarted = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger crashes = new java.util.concurrent.atomic.AtomicInteger();
    private final Object trainingLock = new Object();
    private final Object processLock = new Object();
    private WorkerProcess worker;                 // guarded by processLock
    private volatile WorkerProcess mappingArchive; // the last worker started with the class archive mapped
    private volatile WorkerProcess makingArchive;  // the last worker started to write the class archive at exit
    private volatile String inProcessReason;      // set: no worker can be started, train in this JVM
    private volatile boolean closed;

    /** A trainer with its own worker; {@link #close()} it when done. Most code wants {@link #shared()}. */
    public IsolatedAutoencoderTrainer() {
        this(WorkerCommand.forThisJvm(List.of()), false, false, 0, 0);
    }

    /**
     * @param command          how to start a worker; empty: train in this JVM
     * @param crashingAttempts test hook: the first this many attempts of every training make the worker halt
     * @param haltAtEpoch      test hook: ... right after this epoch
     */
    IsolatedAutoencoderTrainer(Optional<List<String>> command, int crashingAttempts, int haltAtEpoch) {
        this(command, false, false, crashingAttempts, haltAtEpoch);
    }

    /**
     * A trainer for a process that trains once, with workers started by {@code command}: they compile with C1 only,
     * and each is ended as soon as its training has succeeded (a later training starts another), so that it exits
     * while this process clusters instead of when this process exits. A JVM that exits while a thread of it is blocked
     * reading a pipe (the worker's output) waits about 0.3 s for that thread (HotSpot's VM_Exit gives threads in native
     * code that long to stop), or until the worker has exited: 0.2-0.7 s at the end of every {@code cluster} run, with
     * no CPU spent (docs/benchmarks.md, issue 11, session 8).
     */
    static IsolatedAutoencoderTrainer trainingOnce(Optional<List<String>> command) {
        return new IsolatedAutoencoderTrainer(command, true, true, 0, 0);
    }

    /**
     * @param quickStart              workers compile with the JIT's first tier only ({@link #forOneTraining()})
     * @param endsWorkerAfterTraining a worker is ended as soon as its training has succeeded ({@link #trainingOnce})
     */
    IsolatedAutoencoderTrainer(Optional<List<String>> command, boolean quickStart, boolean endsWorkerAfterTraining,
                               int crashingAttempts, int haltAtEpoch) {
        this.command = command;
        this.classArchive = command.flatMap(WorkerCommand::classArchiveFor);
        this.quickStart = quickStart;
        this.endsWorkerAfterTraining = endsWorkerAfterTraining;
        this.crashingAttempts = crashingAttempts;
        this.haltAtEpoch = haltAtEpoch;
    }

    /** The application's trainer: one worker for the whole JVM, ended when the JVM exits. */
    public static IsolatedAutoencoderTrainer shared() {
        return Shared.INSTANCE;
    }

    /**
     * The trainer for a process that trains once and exits (the {@code cluster} command): its workers skip the
     * JIT's optimising tier, whose compile time one training does not earn back, and each ends once its training
     * has succeeded ({@link #trainingOnce}).
     */
    public static IsolatedAutoencoderTrainer forOneTraining() {
        return OneTraining.INSTANCE;
    }

    /**
     * Starts the worker in the background if none is running, so that its JVM start and warm-up (1-2 s) overlap
     * with loading the data. Returns at once; harmless to call often.
     */
    @Override
    public void prestart() {
        if (closed) {
            return;
        }
        if (inProcessReason != null) {
            background("warm-up", NativeSetup::warmUp);
            return;
        }
        background("start", () -> {
            synchronized (processLock) {
                if (worker == null || !worker.isAlive()) {
                    worker = startOrFallBack(true, WorkerHeap.forStart());
                }
            }
            if (inProcessReason != null) {
                NativeSetup.warmUp();
            }
        });
    }

    /**
     * Trains an autoencoder on n rows of d features in the worker; the same contract as
     * {@link AutoencoderTrainer#train(double[], int, int, AutoencoderConfig, ProgressListener, EpochListener,
     * CancellationToken)}, and the same model, bit for bit. Listeners are called on this thread.
     *
     * @throws org.genrescope.settings.InvalidSettingException for a latent size of d or more, fewer than 2
     *                                   features, or a validation split that leaves no rows (checked here, typed)
     * @throws IllegalArgumentException  for bad shapes or non-finite values (the worker's message, unchanged)
     * @throws CancelledException        soon after {@code cancel} is cancelled (the worker is killed)
     * @throws TrainingCrashedException  when the worker crashed in all {@value #ATTEMPTS} attempts, or at once when
     *                                   the system killed it (SIGKILL from outside, not retried)
     * @throws TrainingOutOfMemoryException when the worker ran out of memory (not retried)
     * @throws OutOfMemoryError          when this process ran out of memory reading the worker's answer
     * @throws NativeLibraryException    when ND4J's native libraries cannot be loaded (one sentence)
     * @throws IllegalStateException     when this trainer was closed, or the training failed unexpectedly
     */
    @Override
    public TrainedAutoencoder train(double[] x, int n, int d, AutoencoderConfig config, ProgressListener progress,
                                   EpochListener epochs, CancellationToken cancel) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(epochs, "epochs");
        Objects.requireNonNull(cancel, "cancel");
        // here, not only in the worker: its answer comes back untyped, and a setting should read as one in the window
        config.checkAgainst(n, d);
        synchronized (trainingLock) {
            if (inProcessReason == null && Nd4jNatives.LIBRARIES.needsExtraction()) {
                // The training process extracts them, silently: say why the first training waits.
                progress.progress(NativeLibraries.STAGE, 0, 1, Nd4jNatives.LIBRARIES.firstStartLine());
            }
            EventRelay relay = new EventRelay(progress, epochs);
            long steps = WorkerMemoryBudget.steps(config, n);
            long heap = WorkerHeap.forTraining(n, d, config);
            int attempt = 0;
            while (true) {
                checkOpen();
                cancel.throwIfCancelled();
                WorkerProcess current = inProcessReason == null ? takeWorker(steps, heap) : null;
                if (current == null) {
                    return AutoencoderTrainer.train(x, n, d, config, relay, relay, cancel);
                }
                attempt++;
                TrainingRequest request = new TrainingRequest(config, x, n, d,
                        attempt <= crashingAttempts ? haltAtEpoch : 0);
                Attempt outcome = run(current, request, relay, cancel);
                if (outcome.model() != null) {
                    current.trained(steps);
                    if (endsWorkerAfterTraining) {
                        retire(current);
                    } else {
                        retireIfSpent(current);
                    }
                    return outcome.model();
                }
                WorkerEvent.Died died = outcome.died();
                List<String> lastWords = current.recentErrorOutput();
                if (killedBySystem(died)) {
                    // Not retried: the out-of-memory killer picks the largest process, which a retry would be again,
                    // while the machine is short of memory; a user's kill -9 meant stop. No worker is prestarted.
                    LOG.warn("training process {} was killed by SIGKILL from outside this application ({}); its last "
                            + "output:\n{}", current.pid(), describe(died), String.join("\n", lastWords));
                    throw TrainingCrashedException.killedBySystem();
                }
                if (!current.ready() && current == mappingArchive) {
                    // Not DL4J's crash: the class archive it mapped may be bad. Without it, not as an attempt.
                    classArchive.ifPresent(WorkerClassArchive::distrust);
                    attempt--;
                    continue;
                }
                if (diedOutOfMemory(died, lastWords)) {
                    LOG.warn("training process {} ran out of memory ({}); its last output:\n{}", current.pid(),
                            describe(died), String.join("\n", lastWords));
                    prestart();
                    throw new TrainingOutOfMemoryException(n, d, current.heapBytes(), WorkerHeap.neededBytes(n, d, config));
                }
                if (!current.ready()) {
                    fallBack("the training process exited at start-up (" + describe(died) + ")", lastWords);
                    continue;
                }
                crashes.incrementAndGet();
                LOG.warn("training process {} died in attempt {} of {} ({}); JVM crash files go to {}; its last "
                                + "output:\n{}", current.pid(), attempt, ATTEMPTS, describe(died),
                        System.getProperty("java.io.tmpdir"), String.join("\n", lastWords));
                if (attempt == ATTEMPTS) {
                    prestart();
                    throw new TrainingCrashedException(ATTEMPTS);
                }
            }
        }
    }

    /** The pid of the current worker, if one is running (tests and benchmarks). */
    Optional<ProcessHandle> workerProcess() {
        synchronized (processLock) {
            return worker == null ? Optional.empty() : Optional.of(worker.handle());
        }
    }

    /** Workers started so far, replacements included (benchmarks). */
    int workersStarted() {
        return workersStarted.get();
    }

    /** Attempts that ended in a crashed worker so far, each retried (benchmarks: DL4J's crash rate). */
    int crashes() {
        return crashes.get();
    }

    /** Whether the current worker runs without the pointer GC; empty when none runs (tests). */
    Optional<Boolean> workerLeaks() {
        synchronized (processLock) {
            return worker == null ? Optional.empty() : Optional.of(worker.leaking());
        }
    }

    /** Why training runs in this JVM, or null when it runs in a worker. */
    String inProcessReason() {
        return inProcessReason;
    }

    /**
     * Ends the worker: closes its stdin so it exits by itself, and kills it if it has not within two seconds (thirty
     * for one writing the class archive, {@link WorkerClassArchive}). A training running meanwhile fails with
     * IllegalStateException.
     */
    @Override
    public void close() {
        closed = true;
        WorkerProcess current;
        synchronized (processLock) {
            current = worker;
            worker = null;
        }
        if (current != null) {
            current.close(closeWait(current));
        }
    }

    private long closeWait(WorkerProcess worker) {
        return worker == makingArchive ? ARCHIVING_CLOSE_WAIT_MILLIS : CLOSE_WAIT_MILLIS;
    }

    private record Attempt(TrainedAutoencoder model, WorkerEvent.Died died) { }

    /** One attempt on one worker: a model, or how the worker died; throws for a failure or cancellation. */
    private Attempt run(WorkerProcess current, TrainingRequest request, EventRelay relay, CancellationToken cancel) {
        boolean workerStillUsable = false;
        boolean died = false;
        try {
            // Sent from another thread: a worker still starting reads nothing yet, and this thread must keep
            // watching the cancellation token.
            background("send", () -> {
                try {
                    current.send(request);
                } catch (IOException e) {
                    LOG.debug("could not send the training to process {}: {}", current.pid(), e.toString());
                }
            });
            while (true) {
                WorkerEvent event;
                try {
                    event = current.poll(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
                cancel.throwIfCancelled();
                if (event instanceof WorkerEvent.Epoch e) {
                    relay.epochEnded(e.epoch(), e.trainingLoss(), e.validationLoss());
                } else if (event instanceof WorkerEvent.Progress p) {
                    relay.progress(p.stage(), p.done(), p.total(), p.message());
                } else if (event instanceof WorkerEvent.Finished f) {
                    workerStillUsable = true;
                    return new Attempt(rebuild(f, request), null);
                } else if (event instanceof WorkerEvent.Failed f) {
                    workerStillUsable = true;
                    if (f.illegalArgument()) {
                        throw new IllegalArgumentException(f.message());
                    }
                    if (NativeLibraryException.isItsMessage(f.message())) {
                        throw new NativeLibraryException(f.message());
                    }
                    throw new IllegalStateException("the training process failed: " + f.message());
                } else if (event instanceof WorkerEvent.OutOfMemory oom) {
                    LOG.warn("training process {} ran out of memory: {}", current.pid(), oom.message());
                    throw new TrainingOutOfMemoryException(request.n(), request.d(), oom.heapBytes(),
                            WorkerHeap.neededBytes(request.n(), request.d(), request.config()));
                } else if (event instanceof WorkerEvent.OutOfMemoryHere here) {
                    throw here.error();
                } else if (event instanceof WorkerEvent.Died d) {
                    died = true;
                    checkOpen();
                    return new Attempt(null, d);
                }
            }
        } finally {
            if (!workerStillUsable) {
                // Cancelled, a listener threw, or it died: a worker mid-training cannot be reused.
                discard(current);
                if (!died) {
                    prestart();
                }
            }
        }
    }

    private static TrainedAutoencoder rebuild(WorkerEvent.Finished f, TrainingRequest request) {
        TrainedAutoencoder model = new TrainedAutoencoder(request.config(), f.network(), f.lossPerEpoch(),
                f.validationLossPerEpoch(), f.keptEpoch(), request.x(), request.n());
        if (Double.compare(model.reconstructionMse(), f.reconstructionMse()) != 0) {
            throw new IllegalStateException("the model from the training process does not reproduce its error: "
                    + model.reconstructionMse() + " here, " + f.reconstructionMse() + " there");
        }
        return model;
    }

    /** Exit code of a process killed by SIGKILL, as {@link Process#exitValue()} reports it: 128 + signal 9. */
    static final int SIGKILL_EXIT_CODE = 137;

    /**
     * Whether a worker was killed with SIGKILL by someone other than this trainer (which kills workers only to
     * cancel, or when they would not exit or talk nonsense): on Linux most often the out-of-memory killer, which
     * sends SIGKILL to the largest process when the machine runs out of memory. Not DL4J's crash (SIGSEGV, 134 or
     * 139 here), not the worker's own {@link OutOfMemoryError} (exit 3).
     */
    static boolean killedBySystem(WorkerEvent.Died died) {
        return died.exitCode() == SIGKILL_EXIT_CODE && !died.killedHere();
    }

    /**
     * Whether a worker died of an {@link OutOfMemoryError} it could not report: the exit code its handlers give
     * ({@link TrainingWorker#OUT_OF_MEMORY_EXIT_CODE}, also HotSpot's on {@code -XX:+ExitOnOutOfMemoryError}), or
     * the error's name among its last lines on stderr. Such a death is not DL4J's native crash and is not retried.
     */
    static boolean diedOutOfMemory(WorkerEvent.Died died, List<String> lastWords) {
        return died.exitCode() == TrainingWorker.OUT_OF_MEMORY_EXIT_CODE
                || lastWords.stream().anyMatch(line -> line.contains("java.lang.OutOfMemoryError"));
    }

    /**
     * The worker for a training of {@code steps} needing a heap of {@code heapBytes}: the running one if it is of the
     * right kind and has room for it, else a new one (the old one is ended).
     */
    private WorkerProcess takeWorker(long steps, long heapBytes) {
        boolean leaking = WorkerMemoryBudget.suitsLeakingWorker(steps);
        synchronized (processLock) {
            if (worker != null && !worker.isAlive()) {
                discard(worker);
            }
            if (worker != null && (worker.leaking() != leaking || worker.heapBytes() < heapBytes
                    || leaking && !WorkerMemoryBudget.fits(worker.residentBytes(), steps))) {
                LOG.debug("replacing training process {} before a training of {} steps needing {} MB of heap",
                        worker.pid(), steps, heapBytes >> 20);
                retire(worker);
            }
            if (worker == null) {
                worker = startOrFallBack(leaking, heapBytes);
            }
            return worker;
        }
    }

    /** After a training: a leaking worker past its bound is ended, and a fresh one started in the background. */
    private void retireIfSpent(WorkerProcess current) {
        if (!current.leaking()) {
            return;
        }
        long resident = current.residentBytes();
        if (WorkerMemoryBudget.spent(resident)) {
            LOG.debug("training process {} holds {} MB: replacing it", current.pid(), resident >> 20);
            retire(current);
            prestart();
        }
    }

    /** Ends an idle worker politely (in the background: it exits by itself once its stdin closes). */
    private void retire(WorkerProcess old) {
        synchronized (processLock) {
            if (worker == old) {
                worker = null;
            }
        }
        background("retire", () -> old.close(closeWait(old)));
    }

    /** A new worker, or null (and training in this JVM from now on) when none can be started. */
    private WorkerProcess startOrFallBack(boolean leaking, long heapBytes) {
        if (inProcessReason != null || closed) {
            return null;
        }
        if (command.isEmpty()) {
            fallBack("no java executable was found to start it with", List.of());
            return null;
        }
        try {
            List<String> archiveFlags = classArchive.map(WorkerClassArchive::flagsForNextWorker).orElse(List.of());
            WorkerProcess started = WorkerProcess.start(
                    WorkerCommand.ofKind(command.get(), leaking, quickStart, heapBytes, archiveFlags), leaking,
                    heapBytes);
            if (archiveFlags.stream().anyMatch(f -> f.startsWith(WorkerClassArchive.MAP_FLAG))) {
                mappingArchive = started;
            } else if (archiveFlags.stream().anyMatch(f -> f.startsWith(WorkerClassArchive.MAKE_FLAG))) {
                makingArchive = started;
            }
            workersStarted.incrementAndGet();
            return started;
        } catch (IOException e) {
            fallBack("it could not be started (" + e.getMessage() + ")", List.of());
            return null;
        }
    }

    private void fallBack(String reason, List<String> lastWords) {
        inProcessReason = reason;
        LOG.warn("training the autoencoder in this process, without protection from DL4J's native crashes: "
                + "the training process is unavailable: {}{}", reason,
                lastWords.isEmpty() ? "" : "; its last output:\n" + String.join("\n", lastWords));
    }

    private void discard(WorkerProcess old) {
        old.kill();
        synchronized (processLock) {
            if (worker == old) {
                worker = null;
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the autoencoder trainer was closed");
        }
    }

    private static String describe(WorkerEvent.Died died) {
        return (died.exitCode() < 0 ? "did not exit" : "exit code " + died.exitCode()) + ", " + died.reason();
    }

    private static void background(String what, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                LOG.warn("training process {} failed", what, e);
            }
        }, "genrescope-training-" + what);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Passes the worker's events on. A retry repeats the epochs the crashed attempt already reported: those are
     * not passed on twice, but checked against what was reported (the same seed must give the same losses).
     */
    private static final class EventRelay implements ProgressListener, EpochListener {
        private final ProgressListener progress;
        private final EpochListener epochs;
        private final List<Double> reportedLosses = new ArrayList<>();
        private long reportedProgress = Long.MIN_VALUE;

        EventRelay(ProgressListener progress, EpochListener epochs) {
            this.progress = progress;
            this.epochs = epochs;
        }

        @Override
        public void epochEnded(int epoch, double trainingLoss, double validationLoss) {
            if (epoch <= reportedLosses.size()) {
                double before = reportedLosses.get(epoch - 1);
                if (Double.compare(before, trainingLoss) != 0) {
                    LOG.error("the retried training differs from the crashed attempt at epoch {}: loss {} then, {} "
                            + "now; results are not reproducible", epoch, before, trainingLoss);
                }
                return;
            }
            reportedLosses.add(trainingLoss);
            epochs.epochEnded(epoch, trainingLoss, validationLoss);
        }

        @Override
        public void progress(String stage, long done, long total, String message) {
            if (done <= reportedProgress) {
                return;
            }
            reportedProgress = done;
            progress.progress(stage, done, total, message);
        }
    }
}
