package org.genrescope.model.embedding;

import org.genrescope.model.natives.NativeLibraries;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Starts ND4J the way the autoencoder needs it. Call {@link #ensureConfigured()} first thing in {@code main}
 * (before any class touches ND4J or JavaCPP), and {@link #warmUp()} on a background thread while data loads.
 *
 * <p>Why: for an 8-5-8 network DL4J's time goes to per-operation overhead, not arithmetic (see
 * docs/benchmarks-autoencoder.md). JavaCPP reads {@code /proc/self/statm} on every native allocation unless
 * {@code org.bytedeco.javacpp.maxPhysicalBytes} is 0, and ND4J's 2 default OpenMP threads make each tiny operation
 * slower, not faster.
 *
 * <p>Known hazard (docs/benchmarks-autoencoder.md): DL4J 1.0.0-M2.1 occasionally crashes the JVM (SIGSEGV in a
 * broadcast op) when a garbage collection frees a temporary native array during the call; a small young
 * generation ({@code -Xmn16m}) makes collections, and so crashes, more frequent: leave the heap at its defaults.
 */
public final class NativeSetup {
    /** JavaCPP's property; read once, when its {@code Pointer} class loads. */
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    /** Adam steps of the warm-up training: enough for the JIT to compile DL4J's per-step Java code. */
    static final int WARM_UP_STEPS = Integer.getInteger("genrescope.autoencoder.warmUpSteps", 2000);

    /**
     * Rows per warm-up step. The JIT counts calls and loop turns, not rows: DL4J runs the same Java code for a
     * batch of 16 as for 256. A step's cost is mostly DL4J's per-operation overhead either way; the smaller batch
     * trims the arithmetic and copying (the warm-up 2.9-3.0 CPU s against 3.6-4.7 with 256, docs/benchmarks.md).
     */
    static final int WARM_UP_BATCH = Integer.getInteger("genrescope.autoencoder.warmUpBatch", 16);

    /**
     * Steps per warm-up epoch, as in the study's training (12,584 rows: 49 batches of 256 and one of 40): the
     * per-epoch code (shuffle, progress, its formatted message) stays as cold as in a real training instead of
     * running every step, and both minibatch shapes (full and remainder) are exercised.
     */
    static final int WARM_UP_STEPS_PER_EPOCH = 50;

    /**
     * Throw-away trainings the warm-up's steps are split into ({@link WarmUpShape#split}): from the second on, a
     * training's start no longer throws DL4J's compiled per-step code back to the interpreter.
     */
    static final int WARM_UP_TRAININGS = Integer.getInteger("genrescope.autoencoder.warmUpTrainings", 2);

    /** Rows per step of the warm-up's last training (for measuring the study's own batch shape there). */
    static final int WARM_UP_LAST_BATCH = Integer.getInteger("genrescope.autoencoder.warmUpLastBatch", WARM_UP_BATCH);

    private static volatile boolean started;
    private static volatile boolean warm;
    private static volatile double startMillis = Double.NaN;
    private static volatile double warmUpMillis = Double.NaN;
    /** Steps the warm-up began, so far (written by the warm-up's thread only). */
    private static volatile int warmUpStepsBegun;

    private NativeSetup() {
    }

    /**
     * Sets the system properties JavaCPP reads when it loads (unless the command line already set them). Has an
     * effect only if called before any ND4J or JavaCPP class has loaded; harmless afterwards.
     */
    public static void ensureConfigured() {
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
    }

    /**
     * Starts ND4J ({@link #start()}) and then trains small throw-away seed-recipe autoencoders ({@value
     * #WARM_UP_STEPS} steps of {@value #WARM_UP_BATCH} x 8, {@value #WARM_UP_STEPS_PER_EPOCH} a epoch, as two
     * trainings of three quarters and a quarter of them: {@link WarmUpShape#split}) so that the JIT has compiled
     * DL4J's per-step code, and compiled it again for a training's start, before the first real training. Idempotent
     * and thread-safe; meant for a background thread while the data loads. Takes about 0.5-1 s the first time.
     */
    public static void warmUp() {
        warmUp(org.genrescope.task.CancellationToken.NEVER);
    }

    /**
     * {@link #warmUp()}, given up between two steps once {@code stop} is cancelled: a real training that is
     * waiting does the JIT's work itself, and the warm-up's remaining steps would only take a core from it. ND4J
     * is started either way; a warm-up given up is done again by the next call.
     *
     * @return whether the warm-up is complete
     */
    public static boolean warmUp(org.genrescope.task.CancellationToken stop) {
        if (warm) {
            return true;
        }
        synchronized (NativeSetup.class) {
            if (warm) {
                return true;
            }
            start();
            long t0 = System.nanoTime();
            try {
                // The trainer polls the token once before each step: counting the polls counts the steps.
                org.genrescope.task.CancellationToken counting = () -> {
                    warmUpStepsBegun++;
                    return stop.isCancelled();
                };
                for (WarmUpShape shape : WarmUpShape.split(WARM_UP_STEPS, WARM_UP_TRAININGS, WARM_UP_STEPS_PER_EPOCH,
                        WARM_UP_BATCH, WARM_UP_LAST_BATCH)) {
                    trainThrowAway(shape, counting, EpochListener.NONE);
                }
            } catch (org.genrescope.task.CancelledException e) {
                return false;
            }
            warmUpMillis = startMillis + (System.nanoTime() - t0) / 1e6;
            warm = true;
            return true;
        }
    }

    /**
     * The warm-up's training itself: the seed recipe's network (8 features, its layers, activations and updater) on
     * random rows of the given shape, its model dropped; {@code epochs} hears each epoch end. ND4J must have started.
     *
     * @throws org.genrescope.task.CancelledException when {@code stop} is cancelled (checked between steps)
     */
    static void trainThrowAway(WarmUpShape shape, org.genrescope.task.CancellationToken stop, EpochListener epochs) {
        int d = 8;
        double[] x = new double[shape.rows() * d];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble();
        }
        AutoencoderTrainer.trainStarted(x, shape.rows(), d, shape.config(AutoencoderConfig.seedRecipe(1)),
                org.genrescope.task.ProgressListener.NONE, epochs, stop);
    }

    /**
     * Loads ND4J's native libraries and sets them to one thread, on the loading thread of {@link Nd4jNatives} (never
     * on the caller's, so no cancel can interrupt JavaCPP mid-extraction: ADR 0010). Idempotent and thread-safe;
     * the first call takes about 0.3-1.5 s (more on a machine where JavaCPP has not yet extracted its libraries),
     * later calls nothing.
     *
     * @throws org.genrescope.model.natives.NativeLibraryException when ND4J cannot be loaded (one sentence)
     */
    public static void start() {
        start(org.genrescope.task.ProgressListener.NONE, org.genrescope.task.CancellationToken.NEVER);
    }

    /**
     * {@link #start()}, reporting the first-start line to {@code progress} and giving up waiting (the load goes on)
     * when {@code cancel} is cancelled.
     *
     * @throws org.genrescope.task.CancelledException when cancelled before ND4J has loaded
     */
    public static void start(org.genrescope.task.ProgressListener progress, org.genrescope.task.CancellationToken cancel) {
        if (!started) {
            Nd4jNatives.LIBRARIES.await(progress, cancel);
        }
    }

    /**
     * The load itself; runs once, on {@link Nd4jNatives}' loading thread ({@link NativeLibraries} runs it at most
     * once, so it takes no lock: {@link #warmUp()} holds this class's lock while it waits for it).
     */
    static void startOnThisThread() {
        ensureConfigured();
        long t0 = System.nanoTime();
        // Creating and using an array initialises the backend, its native libraries and executioner.
        try (INDArray probe = Nd4j.create(DataType.FLOAT, 2, 2)) {
            probe.addi(1f);
        }
        // Only settable once the natives are loaded (before, it throws).
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        if (!Boolean.getBoolean("genrescope.autoencoder.noShapeCache")) {
            installShapeCache();
        }
        Nd4j.factory().blas().setMaxThreads(1);
        startMillis = (System.nanoTime() - t0) / 1e6;
        started = true;
    }

    /**
     * Sets OpenMP to one thread for the calling thread. OpenMP's thread count is a per-thread setting: set only
     * on the thread that started ND4J, a training on another thread ran with OpenMP's default team (2 threads
     * here) whose threads spin while waiting, which under load slowed a training from 2 s to minutes
     * (docs/benchmarks-autoencoder.md). Cheap; called at the start of every training.
     */
    static void oneThreadForThisThread() {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
    }

    /** Replaces ND4J's shape-information provider (a private static with no setter) by the caching one. */
    private static void installShapeCache() {
        try {
            java.lang.reflect.Field field = Nd4j.class.getDeclaredField("shapeInfoProvider");
            field.setAccessible(true);
            if (field.get(null) instanceof org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider) {
                field.set(null, new CachingShapeInfoProvider());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only a speed-up: training is correct without it.
            org.slf4j.LoggerFactory.getLogger(NativeSetup.class).warn("ND4J shape cache not installed: {}", e.toString());
        }
    }

    /** Milliseconds the first {@link #start()} took (NaN before it ran): ND4J's start-up in this JVM. */
    public static double startMillis() {
        return startMillis;
    }

    /** Warm-up steps begun so far (a given-up warm-up's last poll counts too): how far a warm-up got. */
    public static int warmUpStepsBegun() {
        return warmUpStepsBegun;
    }

    /** Milliseconds the first {@link #warmUp()} took, start-up included (NaN before it ran). */
    public static double warmUpMillis() {
        return warmUpMillis;
    }
}
