package org.genrescope.model.embedding;

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
 */
public final class NativeSetup {
    /** JavaCPP's property; read once, when its {@code Pointer} class loads. */
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    private static volatile boolean started;
    private static volatile double startMillis = Double.NaN;

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
     * Loads ND4J's native libraries and sets them to one thread. Idempotent and thread-safe; the first call takes
     * about 0.3-1.5 s (more on a machine where JavaCPP has not yet extracted its libraries), later calls nothing.
     */
    public static void warmUp() {
        if (started) {
            return;
        }
        synchronized (NativeSetup.class) {
            if (started) {
                return;
            }
            ensureConfigured();
            long t0 = System.nanoTime();
            // Creating and using an array initialises the backend, its native libraries and executioner.
            try (INDArray probe = Nd4j.create(DataType.FLOAT, 2, 2)) {
                probe.addi(1f);
            }
            // Only settable once the natives are loaded (before, it throws).
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
            startMillis = (System.nanoTime() - t0) / 1e6;
            started = true;
        }
    }

    /** Milliseconds the first {@link #warmUp()} took (NaN before it ran): ND4J's start-up in this JVM. */
    public static double startMillis() {
        return startMillis;
    }
}
