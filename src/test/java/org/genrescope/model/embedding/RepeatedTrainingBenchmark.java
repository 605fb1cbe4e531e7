package org.genrescope.model.embedding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.genrescope.features.FeatureMatrix;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;

/**
 * Many seed-recipe trainings one after another through the app's trainer ({@link IsolatedAutoencoderTrainer},
 * prestarted before the data loads, as the window does), timed from the request to the model: the figures of
 * issue 11 for the first and later trainings, the app's and the workers' memory, the workers replaced, and DL4J's
 * crash rate (each crash is retried; a training that fails all its attempts is counted too). Not a test: run it
 * by hand in a fresh JVM (after {@code mvn -q test-compile}):
 * <pre>
 * java -Dgenrescope.shared=../shared -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     [-Dbench.workerClassPath=target/genrescope.jar] \
 *     org.genrescope.model.embedding.RepeatedTrainingBenchmark [trainings=20] [pauseMillis=0] [lookMillis=5000]
 * </pre>
 * Seeds cycle through 1..10. {@code pauseMillis} waits between trainings, as a user looking at a result does
 * (a replacement worker then starts in the pause); {@code lookMillis} is the time from the loaded data to pressing
 * Train (the prestart came when the data was opened, before it loaded, as in the window). {@code bench.workerClassPath} starts the workers from
 * that class path instead of this JVM's: the jar, as the app's {@code java -jar} does, so that they get the
 * worker's class-data-sharing archive ({@link WorkerClassArchive}, never made for a class path with folders).
 * Each training's line gives the CPU seconds the worker's threads and this process's spent in it, by group
 * ({@link ThreadCpu}), and its phases as this side hears them: from the request to the first epoch's loss (the data
 * sent, the network built, one epoch), the other epochs, and from the last epoch's loss to the model here (the
 * worker's statistics, the answer, this side's check of it).
 */
public final class RepeatedTrainingBenchmark {
    private RepeatedTrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trainings = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long pause = args.length > 1 ? Long.parseLong(args[1]) : 0;
        long look = args.length > 2 ? Long.parseLong(args[2]) : 5000;
        IsolatedAutoencoderTrainer trainer = trainer(System.getProperty("bench.workerClassPath"));
        long opened = System.nanoTime();
        trainer.prestart();
        FeatureMatrix scaled = SeedRecipeData.load(SharedData.root().resolve("fma/music_data.csv"));
        double[] x = scaled.values();
        int n = scaled.rows();
        int d = scaled.columns();
        Thread.sleep(look);   // the user looks at the loaded data before pressing Train
        long firstPid = trainer.workerProcess().map(ProcessHandle::pid).orElse(-1L);
        Map<String, Double> workerBefore = ThreadCpu.of(firstPid);
        System.out.printf(Locale.ROOT, "before the first request (%d ms after the prestart): worker %s; "
                        + "%.2f CPU s in all, ended threads included; load %s%n",
                (System.nanoTime() - opened) / 1_000_000, ThreadCpu.describe(workerBefore), ThreadCpu.process(firstPid),
                load());

        double[] times = new double[trainings];
        long parentAfterFirst = 0;
        long parentLast = 0;
        long workerMax = 0;
        int failed = 0;
        for (int i = 0; i < trainings; i++) {
            long seed = 1 + i % 10;
            long t0 = System.nanoTime();
            long[] epochHeard = new long[2];
            long pidBefore = trainer.workerProcess().map(ProcessHandle::pid).orElse(-1L);
            Map<String, Double> cpuBefore = i == 0 ? workerBefore : ThreadCpu.of(pidBefore);
            double parentCpu0 = parentCpuSeconds();
            Map<String, Double> parentBefore = ThreadCpu.of(ProcessHandle.current().pid());
            try {
                trainer.train(x, n, d, AutoencoderConfig.seedRecipe(seed), ProgressListener.NONE,
                        (epoch, loss, validation) -> epochHeard[epoch == 1 ? 0 : 1] = System.nanoTime(),
                        CancellationToken.NEVER);
            } catch (TrainingCrashedException e) {
                failed++;
            }
            times[i] = (System.nanoTime() - t0) / 1e6;
            // request to the first epoch heard (the data sent, the network built, an epoch), the other epochs, the
            // last epoch heard to the model here (the worker's statistics, the answer, this side's check)
            String phases = String.format(Locale.ROOT, "to epoch 1 %.0f ms, to the last %.0f ms, then %.0f ms",
                    (epochHeard[0] - t0) / 1e6, (epochHeard[1] - epochHeard[0]) / 1e6,
                    (t0 + times[i] * 1e6 - epochHeard[1]) / 1e6);
            double parentCpu = parentCpuSeconds() - parentCpu0;
            String parentThreads = ThreadCpu.describe(ThreadCpu.minus(ThreadCpu.of(ProcessHandle.current().pid()),
                    parentBefore));
            long pidAfter = trainer.workerProcess().map(ProcessHandle::pid).orElse(-1L);
            String workerCpu = pidAfter == pidBefore
                    ? ThreadCpu.describe(ThreadCpu.minus(ThreadCpu.of(pidAfter), cpuBefore)) : "(worker replaced)";
            long worker = trainer.workerProcess().map(p -> WorkerMemoryBudget.measuredResidentBytes(p.pid())
                    .orElse(0)).orElse(0L);
            workerMax = Math.max(workerMax, worker);
            System.gc();
            parentLast = WorkerMemoryBudget.measuredResidentBytes(ProcessHandle.current().pid()).orElse(0);
            if (i == 0) {
                parentAfterFirst = parentLast;
            }
            System.out.printf(Locale.ROOT, "training %d (seed %d): %.0f ms; parent RSS %d MB, worker RSS %d MB; "
                            + "workers started %d, crashes %d%n", i + 1, seed, times[i], parentLast >> 20, worker >> 20,
                    trainer.workersStarted(), trainer.crashes());
            System.out.printf(Locale.ROOT, "cpu %d: worker %s; this process %.2f CPU s (%s); %s%n", i + 1,
                    workerCpu, parentCpu, parentThreads, phases);
            if (pause > 0) {
                Thread.sleep(pause);
            }
        }
        double later = trainings > 1 ? AutoencoderBenchmark.median(Arrays.copyOfRange(times, 1, trainings)) : Double.NaN;
        System.out.printf(Locale.ROOT, "%nfirst training %.0f ms; later trainings median %.0f ms (fastest %.0f)%n",
                times[0], later, Arrays.stream(times).min().orElse(Double.NaN));
        System.out.printf(Locale.ROOT, "parent RSS after the first training %d MB, after the last %d MB (growth %d MB)%n",
                parentAfterFirst >> 20, parentLast >> 20, (parentLast - parentAfterFirst) >> 20);
        System.out.printf(Locale.ROOT, "worker RSS at most %d MB; workers started %d; crashed attempts %d of %d "
                        + "trainings (each retried); trainings failed after %d attempts: %d%n", workerMax >> 20,
                trainer.workersStarted(), trainer.crashes(), trainings, IsolatedAutoencoderTrainer.ATTEMPTS, failed);
        System.out.printf(Locale.ROOT, "load average %s%n", load());
        trainer.close();
    }

    /** The app's trainer, its workers started from {@code workerClassPath} when given (the jar, as in the app). */
    private static IsolatedAutoencoderTrainer trainer(String workerClassPath) {
        if (workerClassPath == null || workerClassPath.isBlank()) {
            return IsolatedAutoencoderTrainer.shared();
        }
        List<String> command = new ArrayList<>(WorkerCommand.forThisJvm(List.of()).orElseThrow());
        command.set(command.indexOf("-cp") + 1, Path.of(workerClassPath).toAbsolutePath().toString());
        return new IsolatedAutoencoderTrainer(Optional.of(command), 0, 0);
    }

    private static double parentCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(t -> t.toNanos() / 1e9).orElse(Double.NaN);
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
