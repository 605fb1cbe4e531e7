package org.genrescope.model.embedding;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.genrescope.task.CancellationToken;

/**
 * One autoencoder training at FMA's full shape (issue 13: 106,574 tracks x the 518 statistics of features.csv, a
 * 518-128-16 network) through the cluster command's trainer ({@link IsolatedAutoencoderTrainer#forOneTraining()}),
 * with the time, CPU seconds and peak resident memory of this process and of the training worker. The data is a
 * seeded uniform matrix made in memory (the network's memory and time do not depend on the values). Not a test:
 * run it by hand in a fresh JVM with the command's heap (after {@code mvn -q test-compile}):
 * <pre>
 * /usr/bin/time -f "%e s %U+%S s" java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.genrescope.model.embedding.FullShapeTrainingBenchmark [n=106574] [d=518] [hidden=128] [latent=16] \
 *     [epochs=10] [batch=256]
 * </pre>
 */
public final class FullShapeTrainingBenchmark {
    private FullShapeTrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 106_574;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 518;
        int hidden = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        int latent = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int epochs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int batch = args.length > 5 ? Integer.parseInt(args[5]) : 256;

        IsolatedAutoencoderTrainer trainer = IsolatedAutoencoderTrainer.forOneTraining();
        trainer.prestart();    // as the command does, before its data loads
        double[] x = new SplittableRandom(5).doubles((long) n * d).toArray();
        AutoencoderConfig config = new AutoencoderConfig(latent, List.of(hidden), Activation.RELU, Activation.IDENTITY,
                epochs, batch, 0.001, 0, 0, 5);
        long needed = WorkerHeap.neededBytes(n, d, config);
        System.out.printf(Locale.ROOT, "%,d x %,d, %d-%d-%d, %d epochs of batch %d: worker heap %d MB (need %d MB)%n",
                n, d, d, hidden, latent, epochs, batch, WorkerHeap.forTraining(n, d, config) >> 20, needed >> 20);

        long t0 = System.nanoTime();
        long[] workerPeak = {0};
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                trainer.workerProcess().ifPresent(p -> workerPeak[0] = Math.max(workerPeak[0], peakResident(p.pid())));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watch.setDaemon(true);
        watch.start();
        TrainedAutoencoder model = trainer.train(x, n, d, config, (stage, done, total, message) ->
                        System.out.printf(Locale.ROOT, "  %6.1f s %s%n", (System.nanoTime() - t0) / 1e9, message),
                EpochListener.NONE, CancellationToken.NEVER);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        double[] code = model.encode(x, n);
        double encodeSeconds = (System.nanoTime() - t1) / 1e9;
        trainer.workerProcess().ifPresent(p -> workerPeak[0] = Math.max(workerPeak[0], peakResident(p.pid())));
        watch.interrupt();
        System.out.printf(Locale.ROOT, "trained in %.1f s (worker start, data sent, %d epochs, the model's figures in "
                        + "the worker and again here), encoded %,d codes in %.1f s; MSE %.5f (baseline %.5f)%n",
                trainSeconds, model.epochsRun(), code.length / latent, encodeSeconds, model.reconstructionMse(),
                model.baselineMse());
        System.out.printf(Locale.ROOT, "peak resident: this process %d MB (heap max %d MB), worker %d MB; "
                        + "this process's CPU %.1f s; workers started %d, crashes %d%n",
                peakResident(ProcessHandle.current().pid()) >> 20, Runtime.getRuntime().maxMemory() >> 20,
                workerPeak[0] >> 20, ManagementFactory.getRuntimeMXBean() == null ? 0
                        : ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getProcessCpuTime() / 1e9, trainer.workersStarted(), trainer.crashes());
        trainer.close();
    }

    /** VmHWM of /proc/PID/status, in bytes, or 0 where it is not reported. */
    private static long peakResident(long pid) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", Long.toString(pid),
                    "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) << 10;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or the process has ended
        }
        return 0;
    }
}
