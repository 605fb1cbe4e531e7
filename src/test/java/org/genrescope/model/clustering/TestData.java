package org.genrescope.model.clustering;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.junit.jupiter.api.Assumptions;

/** Data sets for the model tests: seeded Gaussian blobs, and the seed recipe's scaled FMA features. */
public final class TestData {

    /** The 8 echonest audio features, in the study's order. */
    public static final List<String> AUDIO_FEATURES = List.of("acousticness", "danceability", "energy",
            "instrumentalness", "liveness", "speechiness", "tempo", "valence");

    private static final Set<String> DROPPED_GENRES = Set.of("Experimental", "Old-Time / Historic");

    private TestData() {
    }

    /** Points with their generating blob. */
    public record Points(double[] x, int n, int d, int[] truth) {
        public double[][] rows() {
            return rowsOf(x, n, d);
        }
    }

    /**
     * Isotropic Gaussian blobs, interleaved (point i comes from blob i mod centres) so label order carries no
     * information. Centres sit on a scaled simplex-like pattern, {@code separation} apart at least.
     */
    public static Points blobs(long seed, int centres, int perBlob, int d, double separation, double spread) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] centre = new double[centres * d];
        for (int c = 0; c < centres; c++) {
            centre[c * d + c % d] = separation * (1 + c / d);
            centre[c * d + (c + 1) % d] += separation * 0.5 * (c / d);
        }
        int n = centres * perBlob;
        double[] x = new double[n * d];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % centres;
            truth[i] = c;
            for (int f = 0; f < d; f++) {
                x[i * d + f] = centre[c * d + f] + spread * gaussian(random);
            }
        }
        return new Points(x, n, d, truth);
    }

    /** A flat row-major matrix as an array of rows, the layout Smile takes. */
    public static double[][] rowsOf(double[] x, int n, int d) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(x, i * d, (i + 1) * d);
        }
        return rows;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * The seed recipe's input: music_data.csv without the genres Experimental and Old-Time / Historic
     * (12,584 tracks), tempo min-max scaled, rows L2-normalised. Skips the calling test when the shared data
     * are absent.
     */
    public static Points seedRecipeFeatures() {
        Path csv = sharedMusicData();
        Assumptions.assumeTrue(csv != null && Files.isRegularFile(csv),
                "shared FMA data not found (system property genrescope.shared -> fma/music_data.csv); skipping");
        List<double[]> rows = new ArrayList<>();
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setMaxCharsPerColumn(1 << 20);
        CsvParser parser = new CsvParser(settings);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            parser.beginParsing(reader);
            List<String> header = Arrays.asList(parser.getContext().headers());
            int[] columns = AUDIO_FEATURES.stream().mapToInt(header::indexOf).toArray();
            int genre = header.indexOf("genres_top");
            String[] record;
            while ((record = parser.parseNext()) != null) {
                if (DROPPED_GENRES.contains(record[genre])) {
                    continue;
                }
                double[] row = new double[columns.length];
                for (int f = 0; f < columns.length; f++) {
                    row[f] = Double.parseDouble(record[columns[f]]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + csv, e);
        }
        int d = AUDIO_FEATURES.size();
        int n = rows.size();
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows.get(i), 0, x, i * d, d);
        }
        minMaxScaleColumn(x, n, d, AUDIO_FEATURES.indexOf("tempo"));
        normaliseRows(x, n, d);
        return new Points(x, n, d, null);
    }

    private static Path sharedMusicData() {
        String shared = System.getProperty("genrescope.shared");
        return shared == null ? null : Path.of(shared, "fma", "music_data.csv");
    }

    private static void minMaxScaleColumn(double[] x, int n, int d, int column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, x[i * d + column]);
            max = Math.max(max, x[i * d + column]);
        }
        for (int i = 0; i < n; i++) {
            x[i * d + column] = (x[i * d + column] - min) / (max - min);
        }
    }

    private static void normaliseRows(double[] x, int n, int d) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int f = 0; f < d; f++) {
                sum += x[i * d + f] * x[i * d + f];
            }
            double norm = Math.sqrt(sum);
            if (norm > 0) {
                for (int f = 0; f < d; f++) {
                    x[i * d + f] /= norm;
                }
            }
        }
    }

    /**
     * True when both labelings put the same points together (a bijection between label values maps one onto the
     * other; noise, -1, must map to noise). Equivalent to an adjusted Rand index of 1.
     */
    public static boolean samePartition(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        java.util.Map<Integer, Integer> forward = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> backward = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            if ((a[i] == -1) != (b[i] == -1)) {
                return false;
            }
            Integer mappedB = forward.putIfAbsent(a[i], b[i]);
            Integer mappedA = backward.putIfAbsent(b[i], a[i]);
            if ((mappedB != null && mappedB != b[i]) || (mappedA != null && mappedA != a[i])) {
                return false;
            }
        }
        return true;
    }
}
