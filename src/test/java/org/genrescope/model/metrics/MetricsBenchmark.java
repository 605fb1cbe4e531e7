package org.genrescope.model.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Times every metric, warm, on the FMA tracks (8 audio features, tempo min-max scaled; the 12,584
 * tracks left after dropping "Experimental" and "Old-Time / Historic") with k = 8 labels from a few
 * Lloyd iterations, and the genres as truth. Not a test: run it by hand,
 * {@code java -cp target/classes:target/test-classes:<deps> org.genrescope.model.metrics.MetricsBenchmark [music_data.csv]}.
 * Falls back to random points when the file is absent.
 */
public final class MetricsBenchmark {

    private static final int D = 8;
    private static final int K = 8;
    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    private MetricsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Paths.get(args.length > 0 ? args[0] : "../shared/fma/music_data.csv");
        double[] x;
        int[] truth;
        if (Files.isRegularFile(file)) {
            List<double[]> rows = new ArrayList<>();
            List<String> genres = new ArrayList<>();
            readTracks(file, rows, genres);
            x = new double[rows.size() * D];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, x, i * D, D);
            }
            minMaxScaleColumn(x, D, 6); // tempo
            Map<String, Integer> codes = new HashMap<>();
            truth = new int[genres.size()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = codes.computeIfAbsent(genres.get(i), g -> codes.size());
            }
            System.out.printf(Locale.ROOT, "%s: %d tracks, %d genres%n", file, truth.length, codes.size());
        } else {
            int n = 12_584;
            Random random = new Random(1986);
            x = new double[n * D];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble();
            }
            truth = new int[n];
            for (int i = 0; i < n; i++) {
                truth[i] = random.nextInt(7);
            }
            System.out.printf(Locale.ROOT, "%s not found: %d random points%n", file, n);
        }
        int n = truth.length;
        int[] pred = lloydLabels(x, n, D, K, 10, 1986);
        final double[] points = x;
        final int[] genres = truth;
        ContingencyTable table = ContingencyTable.of(genres, pred);

        time("Davies-Bouldin", () -> InternalMetrics.daviesBouldin(points, n, D, pred));
        time("Calinski-Harabasz", () -> InternalMetrics.calinskiHarabasz(points, n, D, pred));
        time("silhouette, 1 thread", () -> InternalMetrics.silhouette(points, n, D, pred, 1));
        time("silhouette, 2 threads", () -> InternalMetrics.silhouette(points, n, D, pred, 2));
        time("contingency table", () -> ContingencyTable.of(genres, pred).total());
        time("adjusted Rand", () -> ExternalMetrics.adjustedRand(table));
        time("NMI", () -> ExternalMetrics.normalizedMutualInfo(table));
        time("AMI", () -> ExternalMetrics.adjustedMutualInfo(table));
        time("all external scores", () -> ExternalScores.of(table).adjustedMutualInfo());
    }

    private static void time(String name, DoubleSupplier metric) {
        double value = 0;
        for (int i = 0; i < WARMUP; i++) {
            value = metric.getAsDouble();
        }
        long[] nanos = new long[RUNS];
        long[] cpuNanos = new long[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            value = metric.getAsDouble();
            nanos[i] = System.nanoTime() - t0;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        // The calling thread's CPU time is robust to other load on the machine (for 1 thread).
        System.out.printf(Locale.ROOT, "%-22s median %9.3f ms  (min %9.3f, max %9.3f; calling thread CPU median"
                + " %9.3f ms)  value %.12g%n", name, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6,
                cpuNanos[RUNS / 2] / 1e6, value);
    }

    /** The 8 audio features (columns 1-8) and genres_top (column 14); a minimal quote-aware split. */
    private static void readTracks(Path file, List<double[]> rows, List<String> genres) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = splitCsvLine(line);
            String genre = cells.get(14);
            if (genre.equals("Experimental") || genre.equals("Old-Time / Historic")) {
                continue;
            }
            double[] row = new double[D];
            for (int m = 0; m < D; m++) {
                row[m] = Double.parseDouble(cells.get(1 + m));
            }
            rows.add(row);
            genres.add(genre);
        }
    }

    private static List<String> splitCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static void minMaxScaleColumn(double[] x, int d, int column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = column; i < x.length; i += d) {
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        for (int i = column; i < x.length; i += d) {
            x[i] = (x[i] - min) / (max - min);
        }
    }

    /** A few Lloyd iterations from random starting points: realistic cluster shapes for timing. */
    private static int[] lloydLabels(double[] x, int n, int d, int k, int iterations, long seed) {
        Random random = new Random(seed);
        double[] centres = new double[k * d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(x, random.nextInt(n) * d, centres, c * d, d);
        }
        int[] labels = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    for (int m = 0; m < d; m++) {
                        double diff = x[i * d + m] - centres[c * d + m];
                        s += diff * diff;
                    }
                    if (s < best) {
                        best = s;
                        labels[i] = c;
                    }
                }
            }
            double[] sums = new double[k * d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                for (int m = 0; m < d; m++) {
                    sums[labels[i] * d + m] += x[i * d + m];
                }
            }
            for (int c = 0; c < k; c++) {
                for (int m = 0; m < d && counts[c] > 0; m++) {
                    centres[c * d + m] = sums[c * d + m] / counts[c];
                }
            }
        }
        return labels;
    }
}
