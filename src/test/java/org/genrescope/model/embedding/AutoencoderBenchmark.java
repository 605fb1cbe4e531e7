package org.genrescope.model.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.bytedeco.javacpp.Pointer;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.task.CancellationToken;
import org.genrescope.testing.SharedData;

/**
 * Speed, memory and quality of the seed recipe's autoencoder on the real data. Not a test: run it by hand in a
 * fresh JVM (after {@code mvn -q test-compile}):
 * <pre>
 * java -Dgenrescope.shared=../shared -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.genrescope.model.embedding.AutoencoderBenchmark [trainings=5] [qualitySeeds=20]
 * </pre>
 * Prints ND4J's start-up, each training's time and native memory after it, then the reconstruction error of
 * seeds 1..qualitySeeds with their collapse flags and the median of the runs that did not collapse.
 */
public final class AutoencoderBenchmark {
    private AutoencoderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        NativeSetup.ensureConfigured();   // before anything loads JavaCPP
        long jvmStart = System.nanoTime();
        int trainings = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int qualitySeeds = args.length > 1 ? Integer.parseInt(args[1]) : 20;

        long t0 = System.nanoTime();
        FeatureMatrix scaled = SeedRecipeData.load(SharedData.root().resolve("fma/music_data.csv"));
        double[] x = scaled.values();
        int n = scaled.rows();
        int d = scaled.columns();
        System.out.printf(Locale.ROOT, "data: %d x %d seed-scaled, loaded in %.0f ms%n", n, d, ms(t0));

        t0 = System.nanoTime();
        NativeSetup.start();
        System.out.printf(Locale.ROOT, "ND4J start-up (NativeSetup.start): %.0f ms%n", ms(t0));
        if (!Boolean.getBoolean("noWarmUp")) {
            t0 = System.nanoTime();
            NativeSetup.warmUp();
            System.out.printf(Locale.ROOT, "warm-up training (NativeSetup.warmUp, %d steps): %.0f ms%n",
                    NativeSetup.WARM_UP_STEPS, ms(t0));
        }
        memory("after start-up");

        double[] times = new double[trainings];
        for (int i = 0; i < trainings; i++) {
            t0 = System.nanoTime();
            TrainedAutoencoder model = AutoencoderTrainer.train(x, n, d, AutoencoderConfig.seedRecipe(1 + i),
                    EpochListener.NONE, CancellationToken.NEVER);
            times[i] = ms(t0);
            System.out.printf(Locale.ROOT, "training %d (seed %d): %.0f ms, mse %.5f%s, codes hash %08x%n", i + 1,
                    1 + i, times[i], model.reconstructionMse(), model.collapsed() ? " (collapsed)" : "",
                    Arrays.hashCode(model.encode(x, n)));
            memory("after training " + (i + 1));
        }
        if (trainings > 1) {
            double[] later = Arrays.copyOfRange(times, 1, trainings);
            System.out.printf(Locale.ROOT, "first training %.0f ms; later trainings median %.0f ms%n", times[0],
                    median(later));
        }

        if (qualitySeeds > 0) {
            List<Double> good = new ArrayList<>();
            int collapsed = 0;
            System.out.println("seed  mse       baseline  collapsed  dead code units  dead output units  ms");
            for (int seed = 1; seed <= qualitySeeds; seed++) {
                t0 = System.nanoTime();
                TrainedAutoencoder m = AutoencoderTrainer.train(x, n, d, AutoencoderConfig.seedRecipe(seed),
                        EpochListener.NONE, CancellationToken.NEVER);
                System.out.printf(Locale.ROOT, "%4d  %.5f   %.5f   %-9s  %-15s  %-17s  %.0f%n", seed,
                        m.reconstructionMse(), m.baselineMse(), m.collapsed() ? "yes" : "no",
                        Arrays.toString(m.deadUnits().code()), Arrays.toString(m.deadUnits().output()), ms(t0));
                if (m.collapsed()) {
                    collapsed++;
                } else {
                    good.add(m.reconstructionMse());
                }
            }
            double[] g = good.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "collapsed %d of %d; median mse of the others %.5f (min %.5f, max %.5f)%n",
                    collapsed, qualitySeeds, median(g), Arrays.stream(g).min().orElse(Double.NaN),
                    Arrays.stream(g).max().orElse(Double.NaN));
            memory("after the quality runs");
        }
        System.out.printf(Locale.ROOT, "total %.1f s; load average %s%n", ms(jvmStart) / 1000, loadAverage());
    }

    private static void memory(String when) throws IOException {
        System.out.printf(Locale.ROOT, "  %s: Pointer.physicalBytes %d MB, Pointer.totalBytes %d MB, VmRSS %s%n",
                when, Pointer.physicalBytes() >> 20, Pointer.totalBytes() >> 20, rss());
    }

    private static String rss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).trim()).findFirst().orElse("?");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
