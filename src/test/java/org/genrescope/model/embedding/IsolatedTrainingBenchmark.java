package org.genrescope.model.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.genrescope.features.FeatureMatrix;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;

/**
 * Seed-recipe trainings through {@link IsolatedAutoencoderTrainer}, timed end to end from the parent, with the
 * parent's and the worker's resident memory. Not a test: run it by hand in a fresh JVM (after
 * {@code mvn -q test-compile}):
 * <pre>
 * java -Dgenrescope.shared=../shared -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.genrescope.model.embedding.IsolatedTrainingBenchmark [cold|prestart] [trainings=5]
 * </pre>
 * {@code cold}: the first training starts the worker. {@code prestart}: {@link IsolatedAutoencoderTrainer#prestart()}
 * is called before the data loads, as the app does. Then one cancellation is timed (cancel at epoch 10 until
 * {@code train} throws).
 */
public final class IsolatedTrainingBenchmark {
    private IsolatedTrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = System.nanoTime();
        boolean prestart = args.length > 0 && args[0].equals("prestart");
        int trainings = args.length > 1 ? Integer.parseInt(args[1]) : 5;

        IsolatedAutoencoderTrainer trainer = IsolatedAutoencoderTrainer.shared();
        if (prestart) {
            trainer.prestart();
        }
        long t0 = System.nanoTime();
        FeatureMatrix scaled = SeedRecipeData.load(SharedData.root().resolve("fma/music_data.csv"));
        double[] x = scaled.values();
        int n = scaled.rows();
        int d = scaled.columns();
        System.out.printf(Locale.ROOT, "data: %d x %d seed-scaled, loaded in %.0f ms (%s)%n", n, d, ms(t0),
                prestart ? "worker prestarted before loading" : "no prestart");

        double[] times = new double[trainings];
        for (int i = 0; i < trainings; i++) {
            t0 = System.nanoTime();
            TrainedAutoencoder model = trainer.train(x, n, d, AutoencoderConfig.seedRecipe(1 + i),
                    ProgressListener.NONE, EpochListener.NONE, org.genrescope.task.CancellationToken.NEVER);
            times[i] = ms(t0);
            System.out.printf(Locale.ROOT, "training %d (seed %d): %.0f ms, mse %.5f%s, codes hash %08x%n", i + 1,
                    1 + i, times[i], model.reconstructionMse(), model.collapsed() ? " (collapsed)" : "",
                    Arrays.hashCode(model.encode(x, n)));
            memory(trainer, "after training " + (i + 1));
        }
        if (trainings > 1) {
            System.out.printf(Locale.ROOT, "first training %.0f ms; later trainings median %.0f ms%n", times[0],
                    AutoencoderBenchmark.median(Arrays.copyOfRange(times, 1, trainings)));
        }

        CancellationSource cancel = new CancellationSource();
        long[] cancelledAt = new long[1];
        try {
            trainer.train(x, n, d, AutoencoderConfig.seedRecipe(99), ProgressListener.NONE, (epoch, loss, v) -> {
                if (epoch == 10) {
                    cancelledAt[0] = System.nanoTime();
                    cancel.cancel();
                }
            }, cancel);
        } catch (CancelledException expected) {
            System.out.printf(Locale.ROOT, "cancel -> CancelledException: %.1f ms%n", ms(cancelledAt[0]));
        }
        t0 = System.nanoTime();
        trainer.train(x, n, d, AutoencoderConfig.seedRecipe(1), ProgressListener.NONE, EpochListener.NONE,
                org.genrescope.task.CancellationToken.NEVER);
        System.out.printf(Locale.ROOT, "training right after the cancel (fresh worker started in the background): "
                + "%.0f ms%n", ms(t0));
        memory(trainer, "at the end");
        System.out.printf(Locale.ROOT, "total %.1f s; load average %s%n", ms(jvmStart) / 1000,
                Files.readString(Path.of("/proc/loadavg")).trim());
        trainer.close();
    }

    private static void memory(IsolatedAutoencoderTrainer trainer, String when) throws IOException {
        String worker = trainer.workerProcess().map(p -> {
            try {
                return rss(Path.of("/proc", Long.toString(p.pid()), "status"));
            } catch (IOException e) {
                return "gone";
            }
        }).orElse("none");
        System.out.printf(Locale.ROOT, "  %s: parent VmRSS %s (heap committed %d MB), worker VmRSS %s%n", when,
                rss(Path.of("/proc/self/status")), Runtime.getRuntime().totalMemory() >> 20, worker);
    }

    private static String rss(Path status) throws IOException {
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).trim()).findFirst().orElse("?");
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
