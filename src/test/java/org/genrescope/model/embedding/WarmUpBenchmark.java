package org.genrescope.model.embedding;

import java.util.Locale;
import java.util.Map;

import org.genrescope.features.FeatureMatrix;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;

/**
 * What a warm-up shape costs and what it leaves: in a fresh JVM, ND4J's start, one warm-up training of the given
 * shape on the main thread, then real seed-recipe trainings, each phase with the CPU seconds of this process's
 * thread groups ({@link ThreadCpu}: main, C1, C2) and its wall time. Run in alternating fresh JVMs with the
 * worker's flags (docs/benchmarks.md, issue 11, session 8), not a test:
 * <pre>
 * java -XX:+UseSerialGC -Dorg.bytedeco.javacpp.nopointergc=true -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 \
 *     -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 -XX:MaxInlineLevel=4 [more JIT flags] \
 *     -Dgenrescope.shared=../shared -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.genrescope.model.embedding.WarmUpBenchmark SHAPE [steps=2000] [trainings=2]
 * </pre>
 * SHAPE: {@code epochs} (2,000 one-step epochs of 256 rows, the warm-up before session 8), {@code batch16}
 * (today's: {@link WarmUpShape#of} with 50 steps an epoch and 16 rows a step), {@code batch256} (50 steps an
 * epoch of 256 rows), {@code app} (the worker's: {@link WarmUpShape#split} as {@link NativeSetup}'s properties
 * say), {@code none}. The warm-up runs on a thread of its own, as in the worker ({@link TrainingWorker}), or with
 * {@code -Dbench.warmUpThread=main} on the trainings' thread; {@code -Dbench.settleMillis=N} waits N ms between
 * the warm-up and the first training (the user looking at the data while the JIT's queue drains).
 */
public final class WarmUpBenchmark {
    private static double processBefore;

    private WarmUpBenchmark() {
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "batch16";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int trainings = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        NativeSetup.ensureConfigured();
        FeatureMatrix scaled = SeedRecipeData.load(SharedData.root().resolve("fma/music_data.csv"));
        long pid = ProcessHandle.current().pid();
        Map<String, Double> before = ThreadCpu.of(pid);
        processBefore = ThreadCpu.process(pid);
        long t0 = System.nanoTime();
        NativeSetup.start();
        before = report("ND4J start", before, t0, pid);
        t0 = System.nanoTime();
        java.util.List<WarmUpShape> shapes = switch (kind) {
            case "epochs" -> java.util.List.of(new WarmUpShape(256, steps, 256));
            case "batch16" -> java.util.List.of(WarmUpShape.of(steps, NativeSetup.WARM_UP_STEPS_PER_EPOCH, 16));
            case "batch256" -> java.util.List.of(WarmUpShape.of(steps, NativeSetup.WARM_UP_STEPS_PER_EPOCH, 256));
            case "app" -> WarmUpShape.split(steps, NativeSetup.WARM_UP_TRAININGS, NativeSetup.WARM_UP_STEPS_PER_EPOCH,
                    NativeSetup.WARM_UP_BATCH, NativeSetup.WARM_UP_LAST_BATCH);
            case "none" -> java.util.List.<WarmUpShape>of();
            default -> throw new IllegalArgumentException("shape: epochs, batch16, batch256, app or none, not " + kind);
        };
        // bench.warmUpThread=own: the warm-up on a thread of its own, the trainings on the main thread (the worker
        // before session 10); main: all on the main thread.
        Runnable warmUp = () -> shapes.forEach(shape ->
                NativeSetup.trainThrowAway(shape, CancellationToken.NEVER, EpochListener.NONE));
        if ("main".equals(System.getProperty("bench.warmUpThread", "own"))) {
            warmUp.run();
        } else {
            Thread warmer = new Thread(warmUp, "warm-up");
            warmer.start();
            try {
                warmer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        before = report("warm-up " + kind + " " + steps, before, t0, pid);
        long settle = Long.getLong("bench.settleMillis", 0);
        if (settle > 0) {
            t0 = System.nanoTime();
            try {
                Thread.sleep(settle);    // the user looks at the data: the JIT's queue drains
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            before = report("settle", before, t0, pid);
        }
        for (int i = 1; i <= trainings; i++) {
            t0 = System.nanoTime();
            AutoencoderTrainer.train(scaled.values(), scaled.rows(), scaled.columns(), AutoencoderConfig.seedRecipe(i),
                    ProgressListener.NONE, EpochListener.NONE, CancellationToken.NEVER);
            before = report("training " + i, before, t0, pid);
        }
    }

    private static Map<String, Double> report(String phase, Map<String, Double> before, long t0, long pid) {
        Map<String, Double> now = ThreadCpu.of(pid);
        double all = ThreadCpu.process(pid);
        // The warm-up's thread has ended by the time its phase is reported: the process's total counts it.
        System.out.printf(Locale.ROOT, "%s: %.0f ms, %.2f CPU s in all (ended threads included); live threads %s%n",
                phase, (System.nanoTime() - t0) / 1e6, all - processBefore, ThreadCpu.describe(ThreadCpu.minus(now, before)));
        processBefore = all;
        return now;
    }
}
