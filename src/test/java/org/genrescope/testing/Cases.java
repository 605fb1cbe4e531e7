package org.genrescope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The copies of ../shared/cases in src/test/resources/cases (small synthetic files, one folder per kind of
 * input Genrescope once mishandled), and their feature values read plainly for unit tests.
 */
public final class Cases {
    private Cases() { }

    /** The case's input file, such as {@code cases/huge-values/tracks.csv}. */
    public static Path file(String caseName) {
        return Path.of("src/test/resources/cases", caseName, "tracks.csv");
    }

    /**
     * The 8 audio feature columns (2..9 of the case layout: track_id, 8 features, genre) as a row-major n x 8
     * array, parsed with {@link Double#parseDouble}; the cases hold plain comma-separated numbers.
     */
    public static double[] features(String caseName) throws IOException {
        List<String> lines = Files.readAllLines(file(caseName));
        int n = lines.size() - 1;
        double[] x = new double[n * 8];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int j = 0; j < 8; j++) {
                x[i * 8 + j] = Double.parseDouble(cells[j + 1]);
            }
        }
        return x;
    }
}
