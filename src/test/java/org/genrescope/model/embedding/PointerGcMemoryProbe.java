package org.genrescope.model.embedding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.bytedeco.javacpp.Pointer;
import org.genrescope.task.CancellationToken;

/**
 * Ten trainings in this JVM with JavaCPP's pointer GC on, printing the native memory (resident minus the Java heap,
 * bytes) after each as one comma-separated line on stdout. Run in a child JVM by
 * {@code AutoencoderTrainerTest.nativeMemoryStaysFlatOverRepeatedTrainings}, because training in process with the
 * pointer GC on is exactly the setting in which DL4J M2.1 now and then dies with SIGSEGV (ADR 0006): a child can be
 * run again, the test JVM cannot.
 */
final class PointerGcMemoryProbe {
    static final int TRAININGS = 10;

    /** A child killed by a signal exits with 128 + the signal's number (SIGSEGV: 139; the JVM's abort: 134). */
    private static final int FIRST_SIGNAL_EXIT = 128;
    private static final int ATTEMPTS = 3;

    private PointerGcMemoryProbe() {
    }

    /**
     * Runs the probe in a child JVM with the non-leaking worker's flags ({@link WorkerCommand#kindFlags}: G1, pointer
     * GC on) and this JVM's class path and JavaCPP cache, again (up to three attempts) when a signal killed it.
     *
     * @return the native bytes after each of the {@value #TRAININGS} trainings
     * @throws AssertionError when the child fails otherwise, or is killed three times
     */
    static long[] nativeBytesPerTrainingInChild() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(WorkerCommand.javaExecutable().orElseThrow().toString());
        command.addAll(WorkerCommand.kindFlags(false, false, WorkerHeap.DEFAULT_BYTES));
        command.add("-D" + NativeSetup.MAX_PHYSICAL_BYTES + "=0");
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (cache != null) {
            command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PointerGcMemoryProbe.class.getName()));
        StringBuilder failures = new StringBuilder();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!child.waitFor(5, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new AssertionError("the memory probe did not finish in 5 minutes");
            }
            int exit = child.exitValue();
            if (exit == 0) {
                String last = out.substring(out.lastIndexOf('\n') + 1);
                return Arrays.stream(last.split(",")).mapToLong(Long::parseLong).toArray();
            }
            if (exit < FIRST_SIGNAL_EXIT) {
                throw new AssertionError("the memory probe failed with exit " + exit + ": " + out);
            }
            failures.append(" ").append(exit);
        }
        throw new AssertionError("the memory probe was killed " + ATTEMPTS + " times, exits" + failures);
    }

    public static void main(String[] args) {
        NativeSetup.ensureConfigured();
        NativeSetup.start();
        // 4,000 x 8, batch 64, 8 epochs: 504 steps a training.
        double[] x = SyntheticData.threeFactors(9, 4000, 0.01);
        AutoencoderConfig config = new AutoencoderConfig(5, List.of(), Activation.RELU, Activation.RELU, 8, 64, 0.001,
                0, 0, 1);
        long[] nativeBytes = new long[TRAININGS];
        for (int t = 0; t < TRAININGS; t++) {
            AutoencoderTrainer.train(x, 4000, 8, config.withSeed(t), EpochListener.NONE, CancellationToken.NEVER);
            System.gc();
            nativeBytes[t] = Pointer.physicalBytes() - Runtime.getRuntime().totalMemory();
        }
        System.out.println(Arrays.stream(nativeBytes).mapToObj(Long::toString).collect(Collectors.joining(",")));
    }
}
