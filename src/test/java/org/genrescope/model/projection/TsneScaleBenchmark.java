package org.genrescope.model.projection;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.genrescope.data.sample.SampleGenerator;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * t-SNE past 100,000 points (issue 13, item 4). Not a test: run by hand with the test classpath.
 *
 * <p>Data: the 8 echonest audio features of {@code generate-sample --tracks 100000 --seed 7} (generated once into
 * the folder given by {@code -Dtsnescale.dir}, default {@code /tmp/genrescope-tsnescale}), tempo min-max scaled and
 * rows L2-normalised as in the seed recipe; size n takes the first n tracks. Each size's matrix is also written
 * as raw little-endian float64 ({@code x-N.f64}) for {@code src/tools/tsne_scale_sklearn.py}, and each layout as
 * {@code y-METHOD-N.f64}.
 *
 * <p>Arguments: method ({@code bh}, {@code fft} or {@code auto}), iterations (0 for the method's default), threads,
 * then the sizes. Prints the time to the affinities, the gradient time per iteration, the whole time, the KL
 * divergence the method reports, the exact KL divergence (Z summed over all pairs, for n up to 40,000) and the
 * trustworthiness (k = 10) on an evenly spread 2,000-point subsample.
 */
public final class TsneScaleBenchmark {

    private TsneScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String method = args[0];
        if (method.equals("umap")) {
            umap(Path.of(System.getProperty("tsnescale.dir", "/tmp/genrescope-tsnescale")), args);
            return;
        }
        if (method.equals("umap-own")) {
            ownUmap(Path.of(System.getProperty("tsnescale.dir", "/tmp/genrescope-tsnescale")), args);
            return;
        }
        if (method.equals("cancel") || method.equals("cancel-umap")) {
            cancelLatency(Path.of(System.getProperty("tsnescale.dir", "/tmp/genrescope-tsnescale")), args);
            return;
        }
        if (method.equals("score")) {
            score(Path.of(System.getProperty("tsnescale.dir", "/tmp/genrescope-tsnescale")), args);
            return;
        }
        int iterations = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path dir = Path.of(System.getProperty("tsnescale.dir", "/tmp/genrescope-tsnescale"));
        double[] all = features(dir, 100_000);
        for (int a = 3; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            double[] x = Arrays.copyOf(all, n * 8);
            writeRaw(dir.resolve("x-" + n + ".f64"), x);
            TsneOptions options = TsneOptions.forSize(n, 1986, threads);
            options = switch (method) {
                case "bh" -> TsneOptions.defaults(1986, threads);
                case "fft" -> options.withGradient(TsneOptions.Gradient.INTERPOLATION);
                default -> options;
            };
            if (iterations > 0) {
                options = options.withIterations(iterations);
            }
            long[] affinitiesAt = new long[1];
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            ProgressListener progress = (stage, done, total, message) -> {
                if (stage.equals("tsne-affinities")) {
                    affinitiesAt[0] = System.nanoTime();
                }
            };
            Handovers handovers = new Handovers();
            Projection2D layout = Tsne.fit(x, n, 8, options, progress, handovers, CancellationToken.NEVER);
            long end = System.nanoTime();
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            writeRaw(dir.resolve("y-" + method + "-" + n + ".f64"), layout.xy());
            double affinities = (affinitiesAt[0] - start) / 1e9;
            double optimise = (end - affinitiesAt[0]) / 1e9;
            double exact = n <= 40_000 ? ExactKl.of(x, n, 8, options, layout.xy()) : Double.NaN;
            System.out.printf(Locale.ROOT, "%s n=%d gradient=%s iterations=%d threads=%d: affinities %.2f s, "
                            + "optimisation %.2f s (%.1f ms/iteration), total %.2f s (process CPU %.1f s); KL reported %.4f, exact %.4f; "
                            + "trustworthiness %.4f; load %s%n", method, n, options.gradient(),
                    options.iterations(), threads, affinities, optimise, 1000 * optimise / options.iterations(),
                    (end - start) / 1e9, cpu, layout.klDivergence(), exact, subsampleTrustworthiness(x, n, layout.xy()),
                    loadAverage());
            System.out.println("  " + handovers.report(n, end - start));
        }
    }

    /**
     * A layout listener that does what the window's does on the computing thread (keeps the latest copy for the UI
     * thread to pick up) and accounts for the cost of the hand-overs: their number, the time in the listener, and
     * the copy each cost the optimiser (a clone of the same size, timed here afterwards; the optimiser's own copy
     * is inside it and not observable from outside).
     */
    static final class Handovers implements LayoutListener {
        private final java.util.concurrent.atomic.AtomicReference<double[]> latest =
                new java.util.concurrent.atomic.AtomicReference<>();
        private final java.util.List<Long> at = new java.util.ArrayList<>();
        private long listenerNanos;
        private int lastIteration;
        private int iterations;

        @Override
        public void formed(double[] xy, int iteration, int total) {
            long start = System.nanoTime();
            latest.set(xy);
            at.add(start);
            lastIteration = iteration;
            iterations = total;
            listenerNanos += System.nanoTime() - start;
        }

        String report(int n, long runNanos) {
            double[] probe = new double[2 * n];
            long[] copies = new long[41];
            for (int r = 0; r < copies.length; r++) {
                long start = System.nanoTime();
                double[] copy = probe.clone();
                copies[r] = System.nanoTime() - start;
                probe[r] = copy[copy.length - 1 - r] + 1;
            }
            Arrays.sort(copies);
            double copyMs = copies[copies.length / 2] / 1e6;
            long shortest = Long.MAX_VALUE;
            for (int h = 1; h < at.size(); h++) {
                shortest = Math.min(shortest, at.get(h) - at.get(h - 1));
            }
            double costMs = at.size() * copyMs + listenerNanos / 1e6;
            return String.format(Locale.ROOT, "layout hand-overs: %d (the last after iteration %d of %d; shortest gap "
                            + "%.0f ms); copy of %,d points %.3f ms (median of %d), listener %.3f ms in all; cost "
                            + "%.1f ms = %.3f %% of the run's %.1f s", at.size(), lastIteration, iterations,
                    shortest == Long.MAX_VALUE ? Double.NaN : shortest / 1e6, n, copyMs, copies.length,
                    listenerNanos / 1e6, costMs, 100 * costMs / (runNanos / 1e6), runNanos / 1e9);
        }
    }

    /**
     * {@code umap N [SAMPLE]}: Genrescope's UMAP (Smile's, 15 neighbours) on the first N tracks, timed; with SAMPLE
     * below N, on a seeded sample of SAMPLE with the others placed by their nearest sampled neighbours, as the
     * workbench does past {@code Projector.UMAP_FULL_UP_TO}.
     */
    private static void umap(Path dir, String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : n;
        double[] x = Arrays.copyOf(features(dir, 100_000), n * 8);
        writeRaw(dir.resolve("x-" + n + ".f64"), x);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        Projection2D layout = SampledProjection.fit(x, n, 8, sample, 1986, 2,
                (rows, m) -> SmileUmap.fit(rows, m, 8, UmapOptions.defaults(1986), ProgressListener.NONE,
                        CancellationToken.NEVER), ProgressListener.NONE, CancellationToken.NEVER);
        long end = System.nanoTime();
        writeRaw(dir.resolve("y-umap" + (sample < n ? "-sample" + sample : "") + "-" + n + ".f64"), layout.xy());
        System.out.printf(Locale.ROOT, "umap n=%d sample=%d: %.2f s (process CPU %.1f s), %d points approximated; "
                        + "trustworthiness %.4f; load %s%n", n, sample, (end - start) / 1e9, (cpuNanos() - cpuStart) / 1e9,
                layout.approximatedCount(), subsampleTrustworthiness(x, n, layout.xy()), loadAverage());
    }

    /**
     * {@code umap-own N THREADS}: our own UMAP ({@link UmapEmbedding}, the workbench's) on all N points; prints the
     * times of the neighbour graph and of the epochs, the process CPU and the subsample's trustworthiness.
     */
    private static void ownUmap(Path dir, String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        double[] x = Arrays.copyOf(features(dir, 100_000), n * 8);
        writeRaw(dir.resolve("x-" + n + ".f64"), x);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        double[] graphDone = new double[2];
        ProgressListener progress = (stage, done, total, message) -> {
            if (stage.equals("umap-neighbours") && done == 1) {
                graphDone[0] = (System.nanoTime() - start) / 1e9;
                graphDone[1] = (cpuNanos() - cpuStart) / 1e9;
            }
        };
        Handovers handovers = new Handovers();
        Projection2D layout = UmapEmbedding.fit(x, n, 8, UmapOptions.defaults(1986), threads, progress, handovers,
                CancellationToken.NEVER);
        long end = System.nanoTime();
        writeRaw(dir.resolve("y-umapown-" + n + ".f64"), layout.xy());
        System.out.printf(Locale.ROOT, "own umap n=%d threads=%d: %.2f s (process CPU %.1f s; fuzzy set after "
                        + "%.2f s, CPU %.1f s), %d epochs; trustworthiness %.4f; load %s%n", n, threads,
                (end - start) / 1e9,
                (cpuNanos() - cpuStart) / 1e9, graphDone[0], graphDone[1], layout.iterations(),
                subsampleTrustworthiness(x, n, layout.xy()), loadAverage());
        System.out.println("  " + handovers.report(n, end - start));
    }

    /**
     * {@code cancel N SECONDS...} ({@code cancel-umap N SECONDS...} for UMAP): t-SNE (the workbench's options for N) cancelled after each given number of
     * seconds; prints the stage it was in and how long the cancel took to be answered (flag set to exception).
     */
    private static void cancelLatency(Path dir, String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        double[] x = Arrays.copyOf(features(dir, 100_000), n * 8);
        for (int a = 2; a < args.length; a++) {
            long after = (long) (Double.parseDouble(args[a]) * 1e9);
            long start = System.nanoTime();
            String[] stage = {"neighbours"};
            // As a Cancel button: the flag is up from the deadline on; the answer is the time from it to the throw.
            CancellationToken cancel = () -> System.nanoTime() - start >= after;
            ProgressListener progress = (name, done, total, message) -> stage[0] = name + " " + done + "/" + total;
            boolean umap = args[0].equals("cancel-umap");
            try {
                if (umap) {
                    UmapEmbedding.fit(x, n, 8, UmapOptions.defaults(1986), 2, progress, new Handovers(), cancel);
                } else {
                    Tsne.fit(x, n, 8, TsneOptions.forSize(n, 1986, 2), progress, new Handovers(), cancel);
                }
                System.out.printf(Locale.ROOT, "cancel after %s s: finished first%n", args[a]);
            } catch (org.genrescope.task.CancelledException e) {
                System.out.printf(Locale.ROOT, "cancel %s n=%d after %s s, during %s: answered in %.1f ms; load %s%n",
                        umap ? "UMAP" : "t-SNE", n, args[a], stage[0], (System.nanoTime() - start - after) / 1e6,
                        loadAverage());
            }
        }
    }

    /** {@code score N NAME...}: the exact KL and the trustworthiness of the layouts DIR/y-NAME-N.f64. */
    private static void score(Path dir, String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        double[] x = readRaw(dir.resolve("x-" + n + ".f64"));
        TsneOptions options = TsneOptions.forSize(n, 1986, 2);
        for (int a = 2; a < args.length; a++) {
            double[] y = readRaw(dir.resolve("y-" + args[a] + "-" + n + ".f64"));
            System.out.printf(Locale.ROOT, "%s n=%d: exact KL %.4f, trustworthiness %.4f%n", args[a], n,
                    ExactKl.of(x, n, 8, options, y), subsampleTrustworthiness(x, n, y));
        }
    }

    /** The first n tracks' scaled audio features, generating the sample first if it is absent. */
    static double[] features(Path dir, int n) throws IOException {
        Path folder = dir.resolve("synthetic-" + n);
        Path echonest = folder.resolve(SampleGenerator.ECHONEST_FILE);
        if (!Files.isRegularFile(echonest)) {
            SampleGenerator.generate(n, 7, folder, false, false);
        }
        double[] x = new double[n * 8];
        CsvParserSettings settings = new CsvParserSettings();
        settings.setMaxCharsPerColumn(1 << 20);
        settings.setMaxColumns(1024);
        CsvParser parser = new CsvParser(settings);
        int row = 0;
        try (Reader reader = Files.newBufferedReader(echonest, StandardCharsets.UTF_8)) {
            parser.beginParsing(reader);
            for (int header = 0; header < 4; header++) {
                parser.parseNext();
            }
            String[] record;
            while ((record = parser.parseNext()) != null && row < n) {
                for (int f = 0; f < 8; f++) {
                    x[row * 8 + f] = Double.parseDouble(record[1 + f]);
                }
                row++;
            }
        }
        if (row < n) {
            throw new IllegalStateException(echonest + " has " + row + " tracks, expected " + n);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, x[i * 8 + 6]);
            max = Math.max(max, x[i * 8 + 6]);
        }
        for (int i = 0; i < n; i++) {
            x[i * 8 + 6] = (x[i * 8 + 6] - min) / (max - min);
            double sum = 0;
            for (int f = 0; f < 8; f++) {
                sum += x[i * 8 + f] * x[i * 8 + f];
            }
            double norm = Math.sqrt(sum);
            for (int f = 0; f < 8; f++) {
                x[i * 8 + f] /= norm;
            }
        }
        return x;
    }

    static void writeRaw(Path file, double[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        Files.write(file, buffer.array());
    }

    static double[] readRaw(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[buffer.capacity() / 8];
        buffer.asDoubleBuffer().get(values);
        return values;
    }

    /** Trustworthiness on every n/2000-th point. */
    static double subsampleTrustworthiness(double[] x, int n, double[] y) {
        int m = Math.min(2000, n);
        double[] high = new double[m * 8];
        double[] low = new double[m * 2];
        for (int s = 0; s < m; s++) {
            int i = (int) ((long) s * n / m);
            System.arraycopy(x, i * 8, high, s * 8, 8);
            low[2 * s] = y[2 * i];
            low[2 * s + 1] = y[2 * i + 1];
        }
        return Trustworthiness.of(high, m, 8, low, 10);
    }

    /** CPU time of the whole process (all threads, the JIT and GC included). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
